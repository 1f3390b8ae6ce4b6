import { z } from "zod";
import { readImportCell, type ImportColumn, type ImportHeader, type ImportProblem } from "../domain/logbook-import";
import { requiredId, text } from "./fields";
import { sessionFields } from "./training-session";

// An import of a logbook file: the query of `POST …/imports`, and one row of
// the file, checked by the same field rules as a logged entry (bounds, dates,
// free text). The CSV itself is read in lib/data/sessions/import.ts.

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

export const DUPLICATE_MODES = ["skip", "add"] as const;
export type DuplicateMode = (typeof DUPLICATE_MODES)[number];

export const importQuerySchema = z.object({
  performerId: requiredId("Choose the performer whose logbook the file goes into"),
  dryRun: z.preprocess(blank, z.enum(["1", "true", "0", "false"], { error: "dryRun must be 1 or 0" }).optional()).transform((v) => v === "1" || v === "true"),
  duplicates: z.preprocess(blank, z.enum(DUPLICATE_MODES, { error: "duplicates must be skip or add" }).optional()).transform((v) => v ?? "skip"),
  /** The uploaded file's name, kept on every imported entry. */
  fileName: z.preprocess(blank, text("File name", 200).optional()),
});
export type ImportQuery = z.output<typeof importQuerySchema>;

/** One row's fields as logging takes them, the discipline by name. */
export const importRowSchema = sessionFields
  .pick({ date: true, count: true, durationMinutes: true, location: true, notes: true })
  .extend({ discipline: text("Discipline", 120) });
export type ImportRow = z.output<typeof importRowSchema>;

export type ReadRow = { row: ImportRow; status?: string; correctsId?: string } | { problems: ImportProblem[] };

const FIELDS = ["date", "discipline", "count", "durationMinutes", "location", "notes"] as const satisfies readonly ImportColumn[];

/** One data row of the file, validated: its fields, or every problem with its column. Pure. */
export function readImportRow(cells: readonly string[], header: ImportHeader, line: number): ReadRow {
  const problems: ImportProblem[] = [];
  const input: Record<string, string> = {};
  const columnName = (c: ImportColumn) => header.columns[c]?.name ?? c;
  for (const field of FIELDS) {
    const at = header.columns[field];
    if (!at) continue;
    const cell = readImportCell(cells[at.index] ?? "");
    if ("problem" in cell) problems.push({ line, column: at.name, message: `${at.name} ${cell.problem}` });
    else input[field] = cell.value;
  }
  const parsed = importRowSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "") as ImportColumn;
      if (problems.some((p) => p.column === columnName(field))) continue; // the formula message says it already
      problems.push({ line, column: field ? columnName(field) : null, message: issue.message });
    }
  }
  if (problems.length || !parsed.success) return { problems };
  const status = header.columns.status ? cells[header.columns.status.index] : undefined;
  const correctsId = header.columns.correctsId ? cells[header.columns.correctsId.index] : undefined;
  return { row: parsed.data, status, correctsId };
}
