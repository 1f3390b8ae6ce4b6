// The pure part of importing a logbook file: the header, one cell, one row.

import { describe, expect, it } from "vitest";
import { duplicateKey, mapImportHeader, MAX_IMPORT_ROWS, MAX_LISTED_PROBLEMS, notCountingReason, readImportCell, STOP_AFTER_INVALID_ROWS } from "@/lib/domain/logbook-import";
import { readImportFile } from "@/lib/data/sessions/import-file";
import { readImportRow } from "@/lib/schemas/logbook-import";
import { EXPORT_COLUMNS } from "@/lib/data/sessions/export";

describe("mapImportHeader", () => {
  it("finds the columns of the export's header, ignoring the others", () => {
    const header = mapImportHeader([...EXPORT_COLUMNS]);
    expect(header.problems).toEqual([]);
    expect(header.columns.date).toEqual({ index: 1, name: "date" });
    expect(header.columns.discipline).toEqual({ index: 3, name: "discipline" });
    expect(header.columns.count).toEqual({ index: 5, name: "count" });
    expect(header.columns.status).toEqual({ index: 9, name: "status" });
  });

  it("ignores case and spaces; names every missing required column and a repeated one", () => {
    expect(mapImportHeader([" Date ", "DISCIPLINE", "Count"]).problems).toEqual([]);
    const bad = mapImportHeader(["date", "Date", "notes"]);
    expect(bad.problems.map((p) => [p.line, p.column])).toEqual([
      [1, "Date"],
      [1, "discipline"],
      [1, "count"],
    ]);
  });
});

describe("readImportCell", () => {
  it("reads a cell our export escaped back as the text that was logged", () => {
    expect(readImportCell("'=SUM(A1)")).toEqual({ value: "=SUM(A1)" });
    expect(readImportCell("'+1 more")).toEqual({ value: "+1 more" });
    expect(readImportCell("'-x")).toEqual({ value: "-x" });
    expect(readImportCell("'@home")).toEqual({ value: "@home" });
    expect(readImportCell("'quoted")).toEqual({ value: "'quoted" });
  });

  it("refuses a live formula; a leading + or - is ordinary text", () => {
    expect(readImportCell("=HYPERLINK(1)")).toHaveProperty("problem");
    expect(readImportCell("  =1+1")).toHaveProperty("problem");
    expect(readImportCell("@SUM(A1)")).toHaveProperty("problem");
    expect(readImportCell("+1 more jump")).toEqual({ value: "+1 more jump" });
    expect(readImportCell("")).toEqual({ value: "" });
  });
});

describe("notCountingReason and duplicateKey", () => {
  it("skips what does not count toward progress", () => {
    expect(notCountingReason("rejected", "")).toMatch(/rejected/);
    expect(notCountingReason("superseded", undefined)).toMatch(/superseded/);
    expect(notCountingReason("pending", "c123")).toMatch(/correction/);
    expect(notCountingReason("pending", "")).toBeNull();
    expect(notCountingReason("verified", "c123")).toBeNull();
    expect(notCountingReason(undefined, undefined)).toBeNull();
  });

  it("keys on discipline, day and count", () => {
    expect(duplicateKey("d", "2026-01-01", 3)).toBe(duplicateKey("d", "2026-01-01", 3));
    expect(duplicateKey("d", "2026-01-01", 3)).not.toBe(duplicateKey("d", "2026-01-01", 4));
  });
});

describe("readImportRow", () => {
  const header = mapImportHeader(["date", "discipline", "count", "durationMinutes", "location", "notes", "status"]);

  it("validates with the logging rules and names the column of each problem", () => {
    const ok = readImportRow(["2026-05-01", "Skydive", "3", "45", "Voss", "a\r\nb", "verified"], header, 2);
    expect(ok).toEqual({ row: { date: "2026-05-01", discipline: "Skydive", count: 3, durationMinutes: 45, location: "Voss", notes: "a\nb" }, status: "verified", correctsId: undefined });
    const bad = readImportRow(["2026-13-01", "", "0", "-5", "a\u202Eb", "", ""], header, 7);
    expect("problems" in bad && bad.problems.map((p) => [p.line, p.column])).toEqual([
      [7, "date"],
      [7, "count"],
      [7, "durationMinutes"],
      [7, "location"],
      [7, "discipline"],
    ]);
  });

  it("empty optional cells are not given; missing trailing cells are empty", () => {
    expect(readImportRow(["2026-05-01", "Skydive", "1"], header, 2)).toMatchObject({ row: { date: "2026-05-01", count: 1 } });
    expect(readImportRow(["2026-05-01", "Skydive"], header, 2)).toEqual({ problems: [expect.objectContaining({ column: "count" })] });
  });

  it("a formula cell is one problem, in its column", () => {
    const read = readImportRow(["2026-05-01", "Skydive", "=1+1"], header, 3);
    expect(read).toEqual({ problems: [expect.objectContaining({ line: 3, column: "count", message: expect.stringMatching(/formula/) })] });
  });
});

describe("readImportFile", () => {
  it("keeps only the first problems, and stops reading a file full of junk, saying where: a 32 MB upload of two-byte rows would hold a node for minutes", () => {
    const file = readImportFile(`date,discipline,count\n${"x\n".repeat(5_000)}`);
    expect(file.invalid).toBe(STOP_AFTER_INVALID_ROWS);
    expect(file.total).toBe(STOP_AFTER_INVALID_ROWS);
    expect(file.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(file.problems[0]!.line).toBe(2);
    expect(file.problems.every((p, i) => i === 0 || p.line >= file.problems[i - 1]!.line)).toBe(true);
    // The last one listed explains why there are no more.
    expect(file.problems.at(-1)).toEqual({ line: STOP_AFTER_INVALID_ROWS + 1, column: null, message: expect.stringMatching(/^Reading stopped at line 1,001: 1,000 rows have problems/) });
  });

  it("reads a file with fewer bad rows to the end, counting each", () => {
    const file = readImportFile(`date,discipline,count\n${"x\n".repeat(STOP_AFTER_INVALID_ROWS - 1)}2026-01-01,Skydive,1\n`);
    expect(file.invalid).toBe(STOP_AFTER_INVALID_ROWS - 1);
    expect(file.rows).toHaveLength(1);
    expect(file.problems.some((p) => /Reading stopped/.test(p.message))).toBe(false);
  });

  it("refuses a file of more rows than one import takes, as a whole", () => {
    const text = `date,discipline,count\n${"2026-01-01,Skydive,1\n".repeat(MAX_IMPORT_ROWS + 1)}`;
    expect(() => readImportFile(text)).toThrow(/more than 500,000 rows: split it/);
  });
});
