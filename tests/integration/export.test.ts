// The logbook out: CSV that a spreadsheet opens cleanly and safely, JSON for
// tools, every entry the filters select, streamed in batches.

import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getExport } from "@/app/api/v1/productions/[productionId]/export/route";
import { logTrainingSession } from "@/lib/data/sessions";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;
const NOW = new Date("2026-06-30T12:00:00Z");
const MANY = 2100; // more than two of the export's batches of 1,000

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
  const coordinator = await scopeOf(w.coordinator, w.productionId);
  const log = (notes: string, date: string, count = 3) =>
    logTrainingSession(coordinator, { performerId: w.performer1.userId, disciplineId: w.skydive, date, count, notes, location: "Voss, Norway" }, NOW);
  await log('Windy; "second" load, 2 refusals\nthen clear', "2026-06-01");
  await log("=HYPERLINK(\"http://evil.example\",\"click\")", "2026-06-02");
  await log("+1 more jump than planned\nand a second line", "2026-06-03");
  await log("Jo Lindqvist — séance de saut, 降下", "2026-06-04");
  // Many plain rows for performer 2, written directly: this is about paging, not the writer.
  await db.trainingSession.createMany({
    data: Array.from({ length: MANY }, (_, i) => ({
      productionId: w.productionId,
      performerId: w.performer2.userId,
      disciplineId: w.motorbike,
      date: `2026-0${1 + Math.floor(i / 400)}-${String(1 + (i % 28)).padStart(2, "0")}`,
      count: 1 + (i % 9),
      status: "verified",
      loggedById: w.coordinator.userId,
      createdAt: new Date(Date.UTC(2026, 5, 1, 0, 0, i % 7)),
      updatedAt: NOW,
    })),
  });
});

/** The body as sent: Response.text() would drop a leading byte-order mark. */
const bodyOf = async (response: Response) => Buffer.from(await response.arrayBuffer()).toString("utf8");

async function exportAs(actor: Actor, query: Record<string, string>) {
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/export?${new URLSearchParams(query)}`, { actor });
  return callRoute(getExport, request, { productionId: w.productionId });
}

describe("exporting a logbook", () => {
  it("CSV: a byte-order mark, a header row, RFC 4180 quoting, formulas neutralised, oldest first", async () => {
    const response = await exportAs(w.coordinator, { format: "csv", performerId: w.performer1.userId });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="logbook-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await bodyOf(response);
    expect(text.startsWith("\uFEFFid,date,performer,discipline,")).toBe(true);
    expect(text).toContain("\r\n");
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    expect(rows.map((r) => r.date)).toEqual(["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04"]);
    expect(rows[0]).toMatchObject({ notes: 'Windy; "second" load, 2 refusals\nthen clear', location: "Voss, Norway", status: "verified", verifiedBy: "Coordinator", count: "3" });
    // A spreadsheet would run these as formulas: they are kept as text, prefixed.
    expect(rows[1]!.notes!.startsWith("'=HYPERLINK(")).toBe(true);
    expect(rows[2]!.notes).toBe("'+1 more jump than planned\nand a second line"); // multi-line cells too
    expect(rows[3]!.notes).toBe("Jo Lindqvist — séance de saut, 降下");
  });

  it("JSON: the same entries as objects, in one valid document", async () => {
    const response = await exportAs(w.coordinator, { format: "json", performerId: w.performer1.userId });
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const document = (await response.json()) as { production: { id: string }; entries: { date: string; notes: string; count: number }[] };
    expect(document.production.id).toBe(w.productionId);
    expect(document.entries.map((e) => e.date)).toEqual(["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04"]);
    expect(document.entries[1]!.notes.startsWith("=HYPERLINK")).toBe(true); // JSON carries the text as it is
    expect(document.entries[0]!.count).toBe(3);
  });

  it("streams past its batches: every entry once, in order", async () => {
    const csv = await bodyOf(await exportAs(w.viewer, { format: "csv", performerId: w.performer2.userId }));
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(MANY);
    expect(new Set(rows.map((r) => r.id)).size).toBe(MANY);
    const keys = rows.map((r) => `${r.date} ${r.loggedAt} ${r.id}`);
    expect(keys).toEqual([...keys].sort());
    const json = (await (await exportAs(w.viewer, { format: "json" })).json()) as { entries: unknown[] };
    expect(json.entries).toHaveLength(MANY + 4);
  });

  it("an empty selection is a header row, or an empty list", async () => {
    expect(await bodyOf(await exportAs(w.coordinator, { format: "csv", from: "2030-01-01" }))).toMatch(/^\uFEFFid,date,.*loggedAt,importSource,importedAt,jumps,equipment,rpe\r\n$/);
    expect(((await (await exportAs(w.coordinator, { format: "json", from: "2030-01-01" })).json()) as { entries: unknown[] }).entries).toEqual([]);
  });

  it("performers export their own logbook only; outsiders and bad requests are refused before any byte", async () => {
    const own = await exportAs(w.performer1, { format: "json" });
    expect(((await own.json()) as { entries: unknown[] }).entries).toHaveLength(4);
    expect((await exportAs(w.performer1, { format: "csv", performerId: w.performer2.userId })).status).toBe(403);
    expect((await exportAs(w.outsider, { format: "csv" })).status).toBe(404);
    const bad = await exportAs(w.coordinator, { format: "xlsx" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields).toHaveProperty("format");
  });
});
