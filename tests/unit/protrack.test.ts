// The Protrack II jump-file reader: structure, numbers, units, and the
// problems a person can act on (with the line of the jump's block).

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_LISTED_PROBLEMS, STOP_AFTER_INVALID_ROWS } from "@/lib/domain/logbook-import";
import { parseProtrack, toFeet } from "@/lib/domain/protrack";

const FIXTURE = readFileSync(path.resolve(import.meta.dirname, "../fixtures/protrack-jump-1042.txt"), "utf8");

interface BlockValues {
  jumpNumber?: string;
  date?: string;
  time?: string;
  exit?: string;
  deployment?: string;
  freefall?: string;
}

/** One jump's file, as the device writes it (made-up readings), with an optional profile. */
function block(v: BlockValues = {}, options: { profile?: boolean; end?: boolean } = {}): string {
  const lines = ["JIB", "1.00", "1", "1.00", "01012026120000", v.jumpNumber ?? "500", v.date ?? "20260110", v.time ?? "120000", v.exit ?? "3900", v.deployment ?? "1100", v.freefall ?? "52", "180", "199", "38"];
  if (options.end !== false) lines.push("JIE");
  if (options.profile) lines.push("PIB", "3900", "3850", "1100", "0", "PIE");
  return `${lines.join("\n")}\n`;
}

describe("parseProtrack", () => {
  it("reads a device file: the fields up to JIE, altitudes from metres to feet, the profile skipped", () => {
    const file = parseProtrack(FIXTURE);
    expect(file.problems).toEqual([]);
    expect(file).toMatchObject({ total: 1, invalid: 0 });
    expect(file.jumps).toEqual([{ line: 1, jumpNumber: 1042, date: "2026-02-14", exitAltitudeFt: 13_501, deploymentAltitudeFt: 3346, freefallSeconds: 58 }]);
  });

  it("converts metres to whole feet", () => {
    expect(toFeet(4230)).toBe(13_878);
    expect(toFeet(720)).toBe(2362);
    expect(toFeet(0)).toBe(0);
  });

  it("reads several files concatenated, each jump with the line its block starts on", () => {
    const text = block({ jumpNumber: "501" }, { profile: true }) + block({ jumpNumber: "502", date: "20260111" }) + block({ jumpNumber: "503" }, { profile: true });
    const file = parseProtrack(text);
    expect(file.problems).toEqual([]);
    expect(file.jumps.map((j) => [j.jumpNumber, j.line, j.date])).toEqual([
      [501, 1, "2026-01-10"],
      [502, 22, "2026-01-11"],
      [503, 37, "2026-01-10"],
    ]);
  });

  it("takes CRLF, a byte-order mark and blank lines between files", () => {
    const text = `\uFEFF${block({ jumpNumber: "7" }).replaceAll("\n", "\r\n")}\r\n\r\n${block({ jumpNumber: "8" })}`;
    expect(parseProtrack(text).jumps.map((j) => j.jumpNumber)).toEqual([7, 8]);
  });

  it("a block cut short (no JIE before the next JIB, or at the end) is a problem at its own line", () => {
    const text = block({ jumpNumber: "1" }, { end: false }) + block({ jumpNumber: "2" }) + block({ jumpNumber: "3" }, { end: false });
    const file = parseProtrack(text);
    expect(file.jumps.map((j) => j.jumpNumber)).toEqual([2]);
    expect(file).toMatchObject({ total: 3, invalid: 2 });
    expect(file.problems.map((p) => p.line)).toEqual([1, 30]);
    expect(file.problems[0]!.message).toMatch(/no JIE/);
  });

  it("a block that ends before its freefall line names the first missing field", () => {
    const file = parseProtrack("JIB\n1.00\n1\n1.00\n01012026120000\n77\n20260110\n120000\n3900\nJIE\n");
    expect(file.jumps).toEqual([]);
    expect(file.problems).toEqual([expect.objectContaining({ line: 1, column: "deployment altitude" })]);
  });

  it("a field that is not a number names the field and the value", () => {
    const file = parseProtrack(block({ exit: "4k" }) + block({ jumpNumber: "x1", freefall: "-3" }));
    expect(file.jumps).toEqual([]);
    expect(file.invalid).toBe(2);
    expect(file.problems.map((p) => [p.line, p.column])).toEqual([
      [1, "exit altitude"],
      [16, "jump number"],
      [16, "freefall"],
    ]);
    expect(file.problems[0]!.message).toMatch(/"4k" is not a number of m/);
  });

  it("a date or time that is not one is refused; a date in the future is read (the planner judges it)", () => {
    const file = parseProtrack(block({ date: "20260230" }) + block({ time: "25h" }) + block({ date: "20991231" }));
    expect(file.problems.map((p) => [p.line, p.column])).toEqual([
      [1, "date"],
      [16, "time"],
    ]);
    expect(file.jumps).toEqual([expect.objectContaining({ line: 31, date: "2099-12-31" })]);
  });

  it("a deployment at or above the exit altitude is refused", () => {
    const file = parseProtrack(block({ exit: "1000", deployment: "1200" }) + block({ exit: "1000", deployment: "1000" }));
    expect(file.jumps).toEqual([]);
    expect(file.problems.map((p) => p.column)).toEqual(["deployment altitude", "deployment altitude"]);
    expect(file.problems[0]!.message).toMatch(/1200 m\) is not below the exit altitude \(1000 m/);
  });

  it("numbers outside the logbook's bounds are refused (an altitude past 40,000 ft, freefall past 600 s, jump 0)", () => {
    const file = parseProtrack(block({ exit: "13000" }) + block({ freefall: "601" }) + block({ jumpNumber: "0" }));
    expect(file.problems.map((p) => p.column)).toEqual(["exit altitude", "freefall", "jump number"]);
  });

  it("a jump number with a decimal is refused, not rounded to another jump's number (altitudes and freefall may be rounded)", () => {
    const file = parseProtrack(block({ jumpNumber: "1042.6" }) + block({ jumpNumber: "1043", exit: "3900.4", freefall: "51.6" }));
    expect(file.jumps.map((j) => [j.jumpNumber, j.exitAltitudeFt, j.freefallSeconds])).toEqual([[1043, 12_795, 52]]);
    expect(file.problems).toEqual([expect.objectContaining({ line: 1, column: "jump number", message: expect.stringMatching(/"1042.6" is not a whole number/) })]);
  });

  it("a file that is not a Protrack file is refused whole at its first line", () => {
    for (const text of ["date,discipline,count\n2026-01-01,Skydive,3\n", "\n\nhello\nJIB\n", "", "   \n"]) {
      const file = parseProtrack(text);
      expect(file.jumps).toEqual([]);
      expect(file.invalid).toBe(1);
      expect(file.problems).toHaveLength(1);
      expect(file.problems[0]!.message).toMatch(/not an L&B Protrack II jump file/);
    }
    expect(parseProtrack("\n\nhello\n").problems[0]!.line).toBe(3);
  });

  it("stray text between two jumps is a problem at its line, the jumps around it are read", () => {
    const file = parseProtrack(`${block({ jumpNumber: "1" })}oops\n${block({ jumpNumber: "2" })}`);
    expect(file.jumps.map((j) => j.jumpNumber)).toEqual([1, 2]);
    expect(file.problems).toEqual([expect.objectContaining({ line: 16, column: null, message: expect.stringMatching(/"oops" is outside any jump block/) })]);
  });

  it("keeps the first problems of a file full of junk, and stops reading it, saying where", () => {
    // 20,000 stray lines after one good jump (a jump file chosen with a large log file).
    const file = parseProtrack(`${block({ jumpNumber: "1" })}${"x\n".repeat(20_000)}`);
    expect(file.jumps).toHaveLength(1);
    expect(file.invalid).toBe(STOP_AFTER_INVALID_ROWS);
    expect(file.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(file.problems[0]!.line).toBe(16);
    expect(file.problems.at(-1)!.message).toMatch(/^Reading stopped at line 1,016: 1,000 rows have problems/);
  });
});
