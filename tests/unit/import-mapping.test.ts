// Other CSV layouts and the export's jumps column, pure: the header mapped to
// the import's fields, dates in other formats, the jumps cell read back, and
// the query schema that takes the choices.

import { describe, expect, it } from "vitest";
import { defaultColumn, headerNames, readDateCell } from "@/lib/domain/import-mapping";
import { mapImportHeader } from "@/lib/domain/logbook-import";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { columnMapping, importQuerySchema, readImportRow } from "@/lib/schemas/logbook-import";

describe("mapImportHeader with a mapping", () => {
  it("a mapped field takes the column it names; the others keep matching by their own names", () => {
    const header = mapImportHeader(["Day", "Activity", "Jumps", "notes"], { mapping: { date: "day", discipline: "Activity", count: " JUMPS " } });
    expect(header.problems).toEqual([]);
    expect(header.unmatched).toEqual([]);
    expect(header.columns).toEqual({
      date: { index: 0, name: "Day" },
      discipline: { index: 1, name: "Activity" },
      count: { index: 2, name: "Jumps" },
      notes: { index: 3, name: "notes" },
    });
  });

  it("a mapping to a header the file does not have is reported apart (the query is wrong, not a row)", () => {
    const header = mapImportHeader(["Day", "discipline", "count"], { mapping: { date: "Datum" } });
    expect(header.unmatched).toEqual([{ field: "date", header: "Datum" }]);
  });

  it("a column a mapping took is not matched again by name, and a mapped field ignores its own name", () => {
    const header = mapImportHeader(["date", "when", "discipline", "count", "location"], { mapping: { date: "when", notes: "location" } });
    expect(header.columns.date).toEqual({ index: 1, name: "when" });
    expect(header.columns.notes).toEqual({ index: 4, name: "location" });
    expect(header.columns.location).toBeUndefined();
  });

  it("with one discipline for every row, no discipline column is needed or read", () => {
    const header = mapImportHeader(["date", "discipline", "count"], { fixedDiscipline: true });
    expect(header.problems).toEqual([]);
    expect(header.columns.discipline).toBeUndefined();
    expect(mapImportHeader(["date", "count"], { fixedDiscipline: true }).problems).toEqual([]);
    expect(mapImportHeader(["date", "count"]).problems.map((p) => p.column)).toEqual(["discipline"]);
  });

  it("a mapped header written twice in the file is a problem", () => {
    expect(mapImportHeader(["Day", "day", "discipline", "count"], { mapping: { date: "Day" } }).problems).toEqual([expect.objectContaining({ line: 1, column: "Day" })]);
  });
});

describe("readDateCell", () => {
  it("reads the four formats, with or without leading zeros", () => {
    expect(readDateCell("2026-03-07", "YYYY-MM-DD")).toEqual({ value: "2026-03-07" });
    expect(readDateCell("07/03/2026", "DD/MM/YYYY")).toEqual({ value: "2026-03-07" });
    expect(readDateCell("3/7/2026", "MM/DD/YYYY")).toEqual({ value: "2026-03-07" });
    expect(readDateCell(" 7.3.2026 ", "DD.MM.YYYY")).toEqual({ value: "2026-03-07" });
  });

  it("a date in another format, or not a real day, names the chosen format", () => {
    expect(readDateCell("2026-03-07", "DD/MM/YYYY")).toEqual({ problem: expect.stringMatching(/not written DD\/MM\/YYYY/) });
    expect(readDateCell("31/02/2026", "DD/MM/YYYY")).toEqual({ problem: expect.stringMatching(/not a real day/) });
    expect(readDateCell("13/25/2026", "MM/DD/YYYY")).toHaveProperty("problem");
    expect(readDateCell("07.03.26", "DD.MM.YYYY")).toHaveProperty("problem");
  });

  it("ISO and empty cells pass through for the date rule to judge", () => {
    expect(readDateCell("", "DD/MM/YYYY")).toEqual({ value: "" });
    expect(readDateCell("2026-13-01", "YYYY-MM-DD")).toEqual({ value: "2026-13-01" });
  });
});

describe("readImportRow with a date format and the jumps column", () => {
  const header = mapImportHeader(["date", "discipline", "count", "jumps"]);
  const jumps = (rows: object[]) => JSON.stringify(rows);

  it("converts the date, and reads the export's jump rows (nulls as not given)", () => {
    const cell = jumps([
      { jumpNumber: 12, exitAltitudeFt: 13500, deploymentAltitudeFt: null, freefallSeconds: 55, jumpType: null, aircraft: null, dropzone: null, equipment: null, landingDistanceM: null, notes: null },
      { jumpNumber: 13, freefallSeconds: 50 },
    ]);
    const read = readImportRow(["03/02/2026", "Skydive", "2", cell], header, 4, "DD/MM/YYYY");
    expect(read).toMatchObject({ row: { date: "2026-02-03", count: 2 }, jumps: [{ jumpNumber: 12, exitAltitudeFt: 13500, freefallSeconds: 55 }, { jumpNumber: 13, freefallSeconds: 50 }] });
    expect(readImportRow(["2026-02-03", "Skydive", "2", ""], header, 4)).not.toHaveProperty("jumps");
  });

  it("every problem of the jumps cell names the line and the jumps column, and says why", () => {
    const problem = (cells: string[]) => {
      const read = readImportRow(cells, header, 5);
      return "problems" in read ? read.problems.map((p) => [p.line, p.column, p.message]) : [];
    };
    expect(problem(["2026-02-03", "Skydive", "2", "not json"])).toEqual([[5, "jumps", expect.stringMatching(/not the export's list of jump rows/)]]);
    expect(problem(["2026-02-03", "Skydive", "3", jumps([{ jumpNumber: 1 }, { jumpNumber: 2 }])])).toEqual([[5, "jumps", expect.stringMatching(/2 jump rows for a count of 3/)]]);
    expect(problem(["2026-02-03", "Skydive", "2", jumps([{ jumpNumber: 4 }, { jumpNumber: 4 }])])).toEqual([[5, "jumps", expect.stringMatching(/jump row 2: Jump number 4 is used twice/)]]);
    expect(problem(["2026-02-03", "Skydive", "1", jumps([{ jumpNumber: 4, exitAltitudeFt: 3000, deploymentAltitudeFt: 5000 }])])).toEqual([
      [5, "jumps", expect.stringMatching(/jump row 1: Deployment altitude \(ft\) must be below/)],
    ]);
    expect(problem(["2026-02-03", "Skydive", "1", jumps([{ freefallSeconds: 10 }])])).toEqual([[5, "jumps", expect.stringMatching(/jump row 1: Jump number/)]]);
  });
});

describe("importQuerySchema", () => {
  const base = { performerId: "p1" };
  const errors = (input: object) => {
    const parsed = importQuerySchema.safeParse(input);
    return parsed.success ? {} : fieldErrors(parsed.error);
  };

  it("takes mappings, one discipline, a date format and the Protrack format; defaults to CSV and ISO dates", () => {
    const query = importQuerySchema.parse({ ...base, "map.date": "Day", "map.count": "Jumps", disciplineId: "d1", dateFormat: "DD.MM.YYYY" });
    expect(query).toMatchObject({ format: "csv", disciplineId: "d1", dateFormat: "DD.MM.YYYY" });
    expect(columnMapping(query)).toEqual({ date: "Day", count: "Jumps" });
    expect(importQuerySchema.parse(base)).toMatchObject({ format: "csv", dateFormat: "YYYY-MM-DD", duplicates: "skip", dryRun: false });
    expect(columnMapping(importQuerySchema.parse({ ...base, "map.notes": "" }))).toEqual({});
  });

  it("refuses unknown parameters by name, a mistyped dryRun included", () => {
    expect(errors({ ...base, dryrun: "1" })).toEqual({ dryrun: expect.stringMatching(/Unknown query parameter "dryrun"/) });
    expect(errors({ ...base, "map.jumps": "J" })).toEqual({ "map.jumps": expect.stringMatching(/map.<field> takes the fields date, discipline/) });
  });

  it("refuses a date format it does not know, a discipline both mapped and fixed, and Protrack without a discipline or with mappings", () => {
    expect(errors({ ...base, dateFormat: "YY/MM/DD" })).toHaveProperty("dateFormat");
    expect(errors({ ...base, disciplineId: "d1", "map.discipline": "Activity" })).toHaveProperty("map.discipline");
    expect(errors({ ...base, format: "protrack" })).toEqual({ disciplineId: expect.stringMatching(/needs disciplineId/) });
    expect(errors({ ...base, format: "protrack", disciplineId: "d1", "map.date": "x" })).toHaveProperty("map.date");
    expect(errors({ ...base, format: "gpx" })).toHaveProperty("format");
  });
});

describe("the form's starting choices", () => {
  it("maps a field to the column of its own name, or to none", () => {
    const headers = headerNames(["\uFEFFDate", " COUNT ", "", "Activity"]);
    expect(headers).toEqual(["Date", "COUNT", "Activity"]);
    expect(defaultColumn("date", headers)).toBe("Date");
    expect(defaultColumn("count", headers)).toBe("COUNT");
    expect(defaultColumn("discipline", headers)).toBe("");
  });
});
