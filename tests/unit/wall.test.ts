import { describe, expect, it } from "vitest";
import { nextWallPage, rowsPerPage, upcomingStunts, wallPage, WALL_PAGE_SECONDS } from "@/lib/domain/wall";
import { wallQuerySchema } from "@/lib/schemas/wall";

describe("rowsPerPage", () => {
  it("fits whole rows with the gaps between them, per column", () => {
    // 5 rows of 64 px and 4 gaps of 16 px: 384 px.
    expect(rowsPerPage({ available: 384, rowHeight: 64, rowGap: 16, columns: 1 })).toBe(5);
    expect(rowsPerPage({ available: 383.6, rowHeight: 64, rowGap: 16, columns: 1 })).toBe(5); // a fraction of a pixel short: rounding
    expect(rowsPerPage({ available: 380, rowHeight: 64, rowGap: 16, columns: 1 })).toBe(4);
    expect(rowsPerPage({ available: 384, rowHeight: 64, rowGap: 16, columns: 2 })).toBe(10);
  });

  it("shows at least one row per column on a screen too small, and never divides by nothing", () => {
    expect(rowsPerPage({ available: 30, rowHeight: 64, rowGap: 16, columns: 2 })).toBe(2);
    expect(rowsPerPage({ available: 500, rowHeight: 0, rowGap: 16, columns: 1 })).toBe(1);
    expect(rowsPerPage({ available: 500, rowHeight: 64, rowGap: Number.NaN, columns: 0 })).toBe(7);
  });
});

describe("wallPage and nextWallPage", () => {
  const rows = Array.from({ length: 17 }, (_, i) => i);

  it("splits the rows into pages of the size that fits", () => {
    expect(wallPage(rows, 8, 1)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7], page: 1, pageCount: 3, total: 17 });
    expect(wallPage(rows, 8, 3).items).toEqual([16]);
    // After a live refresh removed rows, a page past the end shows the last.
    expect(wallPage(rows.slice(0, 9), 8, 3)).toMatchObject({ page: 2, pageCount: 2, items: [8] });
    expect(wallPage(rows, 0, 1).items).toEqual([0]);
  });

  it("cycles back to the first page after the last", () => {
    expect([1, 2, 3].map((p) => nextWallPage(p, 3))).toEqual([2, 3, 1]);
    expect(nextWallPage(1, 1)).toBe(1);
  });
});

describe("upcomingStunts", () => {
  const stunt = (name: string, plannedDate: string | null) => ({ name, plannedDate });

  it("keeps those planned today or later, nearest first, then those with no date, up to the limit", () => {
    const stunts = [stunt("later", "2026-12-01"), stunt("undated", null), stunt("past", "2026-11-29"), stunt("today", "2026-11-30"), stunt("soon", "2026-11-30")];
    const { shown, more } = upcomingStunts(stunts, "2026-11-30", 3);
    expect(shown.map((s) => s.name)).toEqual(["today", "soon", "later"]);
    expect(more).toBe(1);
    expect(upcomingStunts(stunts, "2026-11-30", 10).shown.map((s) => s.name)).toEqual(["today", "soon", "later", "undated"]);
  });
});

describe("wallQuerySchema", () => {
  it("takes seconds between pages from ?every=, else the default", () => {
    expect(wallQuerySchema.parse({ every: "2" })).toEqual({ every: 2 });
    expect(wallQuerySchema.parse({})).toEqual({ every: WALL_PAGE_SECONDS });
    for (const every of ["0", "1", "2.5", "abc", "100000", ["2", "3"]]) expect(wallQuerySchema.parse({ every }).every).toBe(WALL_PAGE_SECONDS);
  });
});
