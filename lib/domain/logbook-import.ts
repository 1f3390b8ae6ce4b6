// Reading a logbook file in the export's own format (lib/data/sessions/export.ts):
// which columns it has, what a cell means. Pure: the CSV parsing and the
// database live in lib/data/sessions/import.ts.

/** Columns the import reads, by their export names; any other column is ignored. */
export const IMPORT_COLUMNS = ["date", "discipline", "count", "durationMinutes", "location", "notes", "status", "correctsId"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_IMPORT_COLUMNS = ["date", "discipline", "count"] as const satisfies readonly ImportColumn[];

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
}

const normalizeName = (name: string) => name.trim().toLowerCase();

/** Match the header row to the import's columns: case and surrounding spaces do not matter; a missing required column or a repeated one is a problem. */
export function mapImportHeader(header: readonly string[]): ImportHeader {
  const columns: ImportHeader["columns"] = {};
  const problems: ImportProblem[] = [];
  header.forEach((raw, index) => {
    const known = IMPORT_COLUMNS.find((c) => normalizeName(c) === normalizeName(raw));
    if (!known) return;
    if (columns[known]) problems.push({ line: 1, column: raw.trim(), message: `The column "${known}" appears twice` });
    else columns[known] = { index, name: raw.trim() };
  });
  for (const required of REQUIRED_IMPORT_COLUMNS) {
    if (!columns[required]) {
      problems.push({
        line: 1,
        column: required,
        message: `The file has no "${required}" column: the first row must name the columns, with at least date, discipline and count (as in the logbook's CSV export)`,
      });
    }
  }
  return { columns, problems };
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
