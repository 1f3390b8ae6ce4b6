// An L&B Protrack II altimeter's per-jump text file, read. One value per
// line: a jump block `JIB` … `JIE` (format markers, a serial stamp, then jump
// number, date YYYYMMDD, time HHMMSS, exit and deployment altitude in metres,
// freefall seconds, then speeds we do not use), optionally followed by the
// altitude profile `PIB` … `PIE`, which we skip. Several files may be
// concatenated (the form sends every chosen file in one body). Pure: whether a
// jump is in the future or already logged is the planner's question.

import { isCalendarDay } from "./calendar-day";
import { addStopProblem, keepProblems, STOP_AFTER_INVALID_ROWS, type ImportProblem } from "./logbook-import";
import { MAX_ALTITUDE_FT, MAX_FREEFALL_SECONDS, MAX_JUMP_NUMBER } from "./jumps";

export const FEET_PER_METRE = 3.28084;

export interface ProtrackJump {
  /** The line of the file (of all files sent) where the jump's block starts: its `JIB`. */
  line: number;
  jumpNumber: number;
  /** YYYY-MM-DD as the device wrote it. */
  date: string;
  exitAltitudeFt: number;
  deploymentAltitudeFt: number;
  freefallSeconds: number;
}

export interface ProtrackFile {
  /** Jump blocks found, readable or not. */
  total: number;
  jumps: ProtrackJump[];
  problems: ImportProblem[];
  /** Blocks (and stray text) that could not be read. */
  invalid: number;
}

// Lines after JIB, by position: 0-2 are format markers, 3 the device stamp.
const FIELDS = ["jump number", "date", "time", "exit altitude", "deployment altitude", "freefall"] as const;
type Field = (typeof FIELDS)[number];
const FIRST_FIELD = 4;

const NOT_PROTRACK =
  "This is not an L&B Protrack II jump file: each jump's file starts with a line JIB. Choose the .txt files the device's jump folder holds, or the CSV format for a logbook";

export function parseProtrack(text: string): ProtrackFile {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const out: ProtrackFile = { total: 0, jumps: [], problems: [], invalid: 0 };
  let block: { line: number; values: string[] } | null = null;
  let inProfile = false;

  const cutShort = (b: { line: number }) => {
    out.invalid++;
    keepProblems(out.problems, [{ line: b.line, column: null, message: `The jump's block (JIB on line ${b.line}) has no JIE: the file is cut short or two files ran together` }]);
  };

  for (let i = 0; i < lines.length; i++) {
    const value = lines[i]!.trim();
    const line = i + 1;
    if (out.invalid >= STOP_AFTER_INVALID_ROWS) {
      // A file this broken needs fixing whatever the rest holds (see STOP_AFTER_INVALID_ROWS).
      addStopProblem(out.problems, line);
      return out;
    }
    if (block) {
      if (value === "JIE") {
        readBlock(block, out);
        block = null;
      } else if (value === "JIB" || value === "PIB") {
        cutShort(block);
        block = value === "JIB" ? newBlock(line, out) : null;
        inProfile = value === "PIB";
      } else block.values.push(value);
      continue;
    }
    if (value === "JIB") {
      block = newBlock(line, out);
      inProfile = false;
    } else if (value === "PIB") inProfile = true;
    else if (value === "PIE") inProfile = false;
    else if (inProfile || value === "") continue;
    else if (out.total === 0) {
      // Text before any jump: not a device file at all (a CSV, a note).
      keepProblems(out.problems, [{ line, column: null, message: NOT_PROTRACK }]);
      out.invalid++;
      return out;
    } else {
      out.invalid++;
      keepProblems(out.problems, [{ line, column: null, message: `"${value.slice(0, 40)}" is outside any jump block (JIB … JIE, or a profile PIB … PIE)` }]);
    }
  }
  if (block) cutShort(block);
  if (out.total === 0 && out.problems.length === 0) {
    keepProblems(out.problems, [{ line: 1, column: null, message: NOT_PROTRACK }]);
    out.invalid++;
  }
  return out;
}

function newBlock(line: number, out: ProtrackFile) {
  out.total++;
  return { line, values: [] as string[] };
}

function readBlock(block: { line: number; values: string[] }, out: ProtrackFile): void {
  const problems: ImportProblem[] = [];
  const problem = (column: Field, message: string) => problems.push({ line: block.line, column, message });
  const raw = (field: Field) => block.values[FIRST_FIELD + FIELDS.indexOf(field)];

  const missing = FIELDS.find((f) => raw(f) === undefined);
  if (missing) {
    out.invalid++;
    keepProblems(out.problems, [{
      line: block.line,
      column: missing,
      message: `The jump's block ends (JIE) before its ${missing} line: a Protrack II block holds the jump number, date, time, exit altitude, deployment altitude and freefall time`,
    }]);
    return;
  }
  const whole = (field: Field, unit: string, min: number, max: number): number | null => {
    const text = raw(field)!;
    // The device writes whole numbers; a decimal reading is taken and rounded, anything else is not a reading.
    // A jump number is not a reading but a name: 1042.6 rounded is jump 1043, another jump.
    if (field === "jump number" && /^\d+\.\d+$/.test(text)) {
      problem(field, `The ${field} "${text.slice(0, 20)}" is not a whole number`);
      return null;
    }
    if (!/^\d+(\.\d+)?$/.test(text)) {
      problem(field, `The ${field} "${text.slice(0, 20)}" is not a number${unit ? ` of ${unit}` : ""}`);
      return null;
    }
    const n = Math.round(Number(text));
    if (n < min || n > max) {
      problem(field, `The ${field} ${n.toLocaleString("en-US")}${unit ? ` ${unit}` : ""} is outside ${min.toLocaleString("en-US")}–${max.toLocaleString("en-US")}`);
      return null;
    }
    return n;
  };
  const maxMetres = Math.floor(MAX_ALTITUDE_FT / FEET_PER_METRE);
  const jumpNumber = whole("jump number", "", 1, MAX_JUMP_NUMBER);
  const exit = whole("exit altitude", "m", 0, maxMetres);
  const deployment = whole("deployment altitude", "m", 0, maxMetres);
  const freefallSeconds = whole("freefall", "s", 0, MAX_FREEFALL_SECONDS);
  const date = readDate(raw("date")!);
  if (typeof date !== "string") problem("date", date.problem);
  if (!/^\d{6}$/.test(raw("time")!)) problem("time", `The time "${raw("time")!.slice(0, 20)}" is not written HHMMSS`);
  if (exit !== null && deployment !== null && deployment >= exit) {
    problem("deployment altitude", `The deployment altitude (${deployment} m) is not below the exit altitude (${exit} m)`);
  }
  if (problems.length || jumpNumber === null || exit === null || deployment === null || freefallSeconds === null || typeof date !== "string") {
    out.invalid++;
    keepProblems(out.problems, problems);
    return;
  }
  out.jumps.push({
    line: block.line,
    jumpNumber,
    date,
    exitAltitudeFt: toFeet(exit),
    deploymentAltitudeFt: toFeet(deployment),
    freefallSeconds,
  });
}

export function toFeet(metres: number): number {
  return Math.round(metres * FEET_PER_METRE);
}

function readDate(text: string): string | { problem: string } {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const iso = match ? `${match[1]}-${match[2]}-${match[3]}` : "";
  if (!match || !isCalendarDay(iso)) return { problem: `The date "${text.slice(0, 20)}" is not a real day written YYYYMMDD` };
  return iso;
}
