// Reading a logbook file in the export's own format (lib/data/sessions/export.ts),
// or another layout mapped onto it (lib/domain/import-mapping.ts): which
// columns it has, what a cell means. Pure: the CSV parsing and the database
// live in lib/data/sessions/import*.ts.

import type { ColumnMapping } from "./import-mapping";

/** Columns the import reads, by their export names; any other column is ignored. */
export const IMPORT_COLUMNS = ["date", "discipline", "count", "durationMinutes", "location", "notes", "status", "correctsId", "jumps"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_IMPORT_COLUMNS = ["date", "discipline", "count"] as const satisfies readonly ImportColumn[];

/**
 * Problems listed in an answer; the count of invalid rows is always complete.
 * The readers keep no more than this either: a 32 MB file of two-byte junk
 * lines is 16 million problems, gigabytes of objects nobody is shown.
 */
export const MAX_LISTED_PROBLEMS = 200;

/**
 * Reading stops after this many rows with problems: such a file needs fixing
 * whatever the rest holds, and checking millions of junk rows one by one
 * would hold a node for minutes (the import runs in one turn of the event
 * loop on SQLite, decision 0011). The answer then says where it stopped.
 */
export const STOP_AFTER_INVALID_ROWS = 1_000;

/** The most rows one file may hold (a 100,000-row history imports in about 4 s; this bounds a single import near 25 s). */
export const MAX_IMPORT_ROWS = 500_000;

export function stoppedReadingProblem(line: number): ImportProblem {
  return {
    line,
    column: null,
    message: `Reading stopped at line ${line.toLocaleString("en-US")}: ${STOP_AFTER_INVALID_ROWS.toLocaleString("en-US")} rows have problems. Fix the file (is it the right file, with the right columns and date format?) and try again`,
  };
}

/** Add problems to a list that keeps the first MAX_LISTED_PROBLEMS (readers add them in line order). */
export function keepProblems(list: ImportProblem[], problems: readonly ImportProblem[]): void {
  for (const problem of problems) {
    if (list.length >= MAX_LISTED_PROBLEMS) return;
    list.push(problem);
  }
}

/** The reason a stopped reading gives is listed even when the list is full: it is the one that explains the rest. */
export function addStopProblem(list: ImportProblem[], line: number): void {
  if (list.length >= MAX_LISTED_PROBLEMS) list.pop();
  list.push(stoppedReadingProblem(line));
}

export interface ImportProblem {
  /** The file's line the row starts on (the header is line 1). */
  line: number;
  /** The column as the file names it; null for a problem of the whole row or file. */
  column: string | null;
  message: string;
}

export interface ImportHeader {
  /** Where each known column is in a row (its index), and its name as written in the file. */
  columns: Partial<Record<ImportColumn, { index: number; name: string }>>;
  problems: ImportProblem[];
  /** Mappings that name a header the file does not have: the query is wrong, not the file (a 400). */
  unmatched: { field: keyof ColumnMapping; header: string }[];
}

export interface HeaderOptions {
  /** Fields read from a column of another name. */
  mapping?: ColumnMapping;
  /** Every row goes into one discipline chosen by the caller: no discipline column is read. */
  fixedDiscipline?: boolean;
  /** Optional fields the caller chose not to read, even from a column of their own name. */
  ignore?: readonly ImportColumn[];
}

const normalizeName = (name: string) => name.trim().toLowerCase();

/**
 * Match the header row to the import's columns: a mapped field takes the
 * column it names, every other field the column of its own name (case and
 * surrounding spaces do not matter, and a column a mapping took is not matched
 * again). A missing required column or a repeated one is a problem.
 */
export function mapImportHeader(header: readonly string[], options: HeaderOptions = {}): ImportHeader {
  const mapping = options.mapping ?? {};
  const columns: ImportHeader["columns"] = {};
  const problems: ImportProblem[] = [];
  const unmatched: ImportHeader["unmatched"] = [];
  const claimed = new Set<number>();
  const mapped = (column: ImportColumn) => (mapping as Partial<Record<ImportColumn, string>>)[column] !== undefined;
  for (const [field, wanted] of Object.entries(mapping) as [keyof ColumnMapping, string | undefined][]) {
    if (wanted === undefined) continue;
    const found = header.flatMap((raw, index) => (normalizeName(raw) === normalizeName(wanted) ? [index] : []));
    if (found.length === 0) unmatched.push({ field, header: wanted });
    else if (found.length > 1) problems.push({ line: 1, column: wanted.trim(), message: `The column "${wanted.trim()}" (mapped to ${field}) appears twice` });
    else {
      columns[field] = { index: found[0]!, name: header[found[0]!]!.trim() };
      claimed.add(found[0]!);
    }
  }
  header.forEach((raw, index) => {
    if (claimed.has(index)) return;
    const known = IMPORT_COLUMNS.find((c) => normalizeName(c) === normalizeName(raw));
    if (!known || mapped(known) || (known === "discipline" && options.fixedDiscipline) || options.ignore?.includes(known)) return;
    if (columns[known]) problems.push({ line: 1, column: raw.trim(), message: `The column "${known}" appears twice` });
    else columns[known] = { index, name: raw.trim() };
  });
  for (const required of REQUIRED_IMPORT_COLUMNS) {
    if (columns[required] || (required === "discipline" && options.fixedDiscipline) || mapped(required)) continue;
    problems.push({
      line: 1,
      column: required,
      message: `The file has no "${required}" column: the first row must name the columns, with at least date, discipline and count (as in the logbook's CSV export), or map them to the file's own columns`,
    });
  }
  return { columns, problems, unmatched };
}

// The export prefixes a cell a spreadsheet would run as a formula with an
// apostrophe (papaparse's escapeFormulae: =, +, -, @, tab, CR). Read back, the
// apostrophe goes and the text is what was logged.
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;
// Unescaped, a leading "=" or "@" is a spreadsheet formula or function, not
// training data: refused with a clear message rather than stored. A leading
// "+" or "-" is ordinary text ("+1 more jump") and stays.
const FORMULA = /^[=@]/;

export type CellValue = { value: string } | { problem: string };

/** One cell as text: an escaped formula read back, a raw formula refused. */
export function readImportCell(raw: string): CellValue {
  if (ESCAPED_FORMULA.test(raw)) return { value: raw.slice(1) };
  if (FORMULA.test(raw.trimStart())) {
    return { problem: "looks like a spreadsheet formula; write it as text (start the cell with an apostrophe) or remove it" };
  }
  return { value: raw };
}

/**
 * Rows that never count toward progress are not imported: a rejected or
 * superseded entry, and a correction still waiting for sign-off (the entry it
 * corrects counts until then). Files without a status column import every row.
 */
export function notCountingReason(status: string | undefined, correctsId: string | undefined): string | null {
  const s = (status ?? "").trim().toLowerCase();
  if (s === "rejected" || s === "superseded") return `a ${s} entry does not count`;
  if (s === "pending" && (correctsId ?? "").trim() !== "") return "a correction waiting for sign-off does not count";
  return null;
}

/** Same performer, discipline, day and count: what makes an entry a duplicate of another. */
export function duplicateKey(disciplineId: string, date: string, count: number): string {
  return `${disciplineId}\u0000${date}\u0000${count}`;
}
