import { describe, expect, it } from "vitest";
import { sqlBoolean } from "@/lib/data/sql-fragments";

describe("sqlBoolean", () => {
  it("reads PostgreSQL booleans and SQLite's 0/1 alike", () => {
    expect(sqlBoolean(true)).toBe(true);
    expect(sqlBoolean(false)).toBe(false);
    expect(sqlBoolean(1)).toBe(true);
    expect(sqlBoolean(0)).toBe(false);
    expect(sqlBoolean(1n)).toBe(true);
    expect(sqlBoolean(0n)).toBe(false);
  });

  it("refuses anything else rather than guess", () => {
    expect(() => sqlBoolean(null)).toThrow(/boolean column/);
    expect(() => sqlBoolean("true")).toThrow(/boolean column/);
  });
});
