import { describe, expect, it } from "vitest";
import { missingMigrations } from "@/lib/server/db-migrations";

describe("missingMigrations", () => {
  const expected = ["20260101000000_init", "20260201000000_goals", "20260301000000_milestones"];

  it("is empty when every expected migration is applied", () => {
    expect(missingMigrations(expected, expected)).toEqual([]);
  });

  it("lists every migration when none is applied", () => {
    expect(missingMigrations(expected, [])).toEqual(expected);
  });

  it("lists the unapplied ones in the expected order", () => {
    expect(missingMigrations(expected, ["20260201000000_goals"])).toEqual(["20260101000000_init", "20260301000000_milestones"]);
  });

  it("ignores applied migrations the code does not know of, and applied order", () => {
    expect(missingMigrations(expected, ["20260301000000_milestones", "20991231000000_future", "20260101000000_init"])).toEqual([
      "20260201000000_goals",
    ]);
  });

  it("ignores duplicates in the applied list", () => {
    expect(missingMigrations(expected, ["20260101000000_init", "20260101000000_init"])).toEqual([
      "20260201000000_goals",
      "20260301000000_milestones",
    ]);
  });

  it("is empty when nothing is expected", () => {
    expect(missingMigrations([], ["20260101000000_init"])).toEqual([]);
  });
});
