import { z } from "zod";
import { DATE_FORMATS, MAPPABLE_FIELDS, readDateCell, type ColumnMapping, type DateFormat } from "../domain/import-mapping";
import { readImportCell, type ImportColumn, type ImportHeader, type ImportProblem } from "../domain/logbook-import";
import { requiredId, text } from "./fields";
import { jumpsSchema, type JumpInput } from "./jump";
import { sessionFields } from "./training-session";

// An import of a logbook file: the query of `POST …/imports`, and one row of
// the file, checked by the same field rules as a logged entry (bounds, dates,
// free text). The CSV itself is read in lib/data/sessions/import.ts.

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

export const DUPLICATE_MODES = ["skip", "add"] as const;
export type DuplicateMode = (typeof DUPLICATE_MODES)[number];

export const IMPORT_FORMATS = ["csv", "protrack"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Optional columns a caller may leave unread (`ignore=notes,location`): "— none —" in the form. */
export const IGNORABLE_FIELDS = ["durationMinutes", "location", "notes", "jumps"] as const satisfies readonly ImportColumn[];
type IgnorableField = (typeof IGNORABLE_FIELDS)[number];

const mapKey = (field: string) => `map.${field}`;
const mapTo = (field: (typeof MAPPABLE_FIELDS)[number]) =>
  z.preprocess(blank, text(mapKey(field), 200).optional()).meta({ description: `The file's column holding ${field}, when it is not named "${field}"` });

const baseQuery = z.object({
  performerId: requiredId("Choose the performer whose logbook the file goes into"),
  dryRun: z.preprocess(blank, z.enum(["1", "true", "0", "false"], { error: "dryRun must be 1 or 0" }).optional()).transform((v) => v === "1" || v === "true"),
  duplicates: z.preprocess(blank, z.enum(DUPLICATE_MODES, { error: "duplicates must be skip or add" }).optional()).transform((v) => v ?? "skip"),
  /** The uploaded file's name, kept on every imported entry. */
  fileName: z.preprocess(blank, text("File name", 200).optional()),
  format: z
    .preprocess(blank, z.enum(IMPORT_FORMATS, { error: "format must be csv or protrack" }).optional())
    .transform((v) => v ?? "csv")
    .meta({ description: "csv (the default): a logbook CSV; protrack: one or more L&B Protrack II jump files (.txt) concatenated" }),
  disciplineId: z
    .preprocess(blank, requiredId("disciplineId must be the id of a discipline of this production").optional())
    .meta({ description: "Every row (every jump, for protrack) goes into this discipline; for CSV, when the file has no discipline column" }),
  dateFormat: z
    .preprocess(blank, z.enum(DATE_FORMATS, { error: `dateFormat must be one of ${DATE_FORMATS.join(", ")}` }).optional())
    .transform((v) => v ?? "YYYY-MM-DD")
    .meta({ description: "How the CSV's dates are written (default YYYY-MM-DD)" }),
  ignore: z
    .preprocess(blank, text("ignore", 200).optional())
    .transform((v, ctx) => {
      const fields = (v ?? "").split(",").map((f) => f.trim()).filter(Boolean);
      for (const field of fields) {
        if (!(IGNORABLE_FIELDS as readonly string[]).includes(field)) {
          ctx.addIssue({ code: "custom", message: `ignore takes the optional fields ${IGNORABLE_FIELDS.join(", ")}; "${field}" is not one` });
        }
      }
      return fields as IgnorableField[];
    })
    .meta({ description: "Optional fields not to read even from a column of their own name, comma-separated: durationMinutes, location, notes, jumps" }),
  "map.date": mapTo("date"),
  "map.discipline": mapTo("discipline"),
  "map.count": mapTo("count"),
  "map.durationMinutes": mapTo("durationMinutes"),
  "map.location": mapTo("location"),
  "map.notes": mapTo("notes"),
});

const KNOWN_KEYS = new Set(Object.keys(baseQuery.shape));

export const importQuerySchema = baseQuery.catchall(z.unknown()).superRefine((query, ctx) => {
  // A mistyped parameter (dryrun=1, map.Date=…) must not pass silently: it could commit what was meant as a preview.
  for (const key of Object.keys(query)) {
    if (KNOWN_KEYS.has(key)) continue;
    const hint = key.startsWith("map.") ? `: map.<field> takes the fields ${MAPPABLE_FIELDS.join(", ")}` : "";
    ctx.addIssue({ code: "custom", path: [key], message: `Unknown query parameter "${key}"${hint}` });
  }
  const mapped = MAPPABLE_FIELDS.filter((f) => query[mapKey(f) as keyof typeof query] !== undefined);
  if (query.format === "protrack") {
    if (!query.disciplineId) ctx.addIssue({ code: "custom", path: ["disciplineId"], message: "A Protrack import needs disciplineId: the jump discipline the jumps go into" });
    for (const field of mapped) ctx.addIssue({ code: "custom", path: [mapKey(field)], message: `${mapKey(field)} is for CSV files; a Protrack file has no columns to map` });
  }
  for (const field of query.ignore) {
    if ((mapped as readonly string[]).includes(field)) {
      ctx.addIssue({ code: "custom", path: ["ignore"], message: `${field} is both mapped (map.${field}) and ignored: choose one` });
    }
  }
  if (query.disciplineId && mapped.includes("discipline")) {
    ctx.addIssue({ code: "custom", path: ["map.discipline"], message: "Give either map.discipline (the file's discipline column) or disciplineId (one discipline for every row), not both" });
  }
});
export type ImportQuery = z.output<typeof baseQuery>;

/** The query's `map.<field>` parameters as a mapping of field to the file's header. */
export function columnMapping(query: ImportQuery): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of MAPPABLE_FIELDS) {
    const header = query[mapKey(field) as keyof ImportQuery];
    if (typeof header === "string") mapping[field] = header;
  }
  return mapping;
}

/** One row's fields as logging takes them, the discipline by name (absent when the caller chose one for every row). */
export const importRowSchema = sessionFields
  .pick({ date: true, count: true, durationMinutes: true, location: true, notes: true })
  .extend({ discipline: text("Discipline", 120).optional() });
export type ImportRow = z.output<typeof importRowSchema>;

export type ReadRow = { row: ImportRow; status?: string; correctsId?: string; jumps?: JumpInput[] } | { problems: ImportProblem[] };

const FIELDS = ["date", "discipline", "count", "durationMinutes", "location", "notes"] as const satisfies readonly ImportColumn[];

/** One data row of the file, validated: its fields, or every problem with its column. Pure. */
export function readImportRow(cells: readonly string[], header: ImportHeader, line: number, dateFormat: DateFormat = "YYYY-MM-DD"): ReadRow {
  const problems: ImportProblem[] = [];
  const input: Record<string, string> = {};
  const columnName = (c: ImportColumn) => header.columns[c]?.name ?? c;
  for (const field of FIELDS) {
    const at = header.columns[field];
    if (!at) continue;
    const cell = readImportCell(cells[at.index] ?? "");
    if ("problem" in cell) {
      problems.push({ line, column: at.name, message: `${at.name} ${cell.problem}` });
      continue;
    }
    const value = field === "date" ? readDateCell(cell.value, dateFormat) : cell;
    if ("problem" in value) problems.push({ line, column: at.name, message: value.problem });
    else input[field] = value.value;
  }
  const parsed = importRowSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "") as ImportColumn;
      if (problems.some((p) => p.column === columnName(field))) continue; // the formula message says it already
      problems.push({ line, column: field ? columnName(field) : null, message: issue.message });
    }
  }
  const jumps = header.columns.jumps ? readJumpsCell(cells[header.columns.jumps.index] ?? "", header.columns.jumps.name, line) : { rows: undefined };
  if ("problems" in jumps) problems.push(...jumps.problems);
  else if (jumps.rows && parsed.success && jumps.rows.length !== parsed.data.count) {
    problems.push({
      line,
      column: header.columns.jumps!.name,
      message: `${jumps.rows.length} jump rows for a count of ${parsed.data.count}: give one row per jump, or leave the cell empty`,
    });
  }
  if (problems.length || !parsed.success) return { problems };
  const status = header.columns.status ? cells[header.columns.status.index] : undefined;
  const correctsId = header.columns.correctsId ? cells[header.columns.correctsId.index] : undefined;
  return { row: parsed.data, status, correctsId, ...("rows" in jumps && jumps.rows?.length ? { jumps: jumps.rows } : {}) };
}

/** The export's `jumps` cell (the entry's jump rows as JSON) read back by the rules of a logged entry's rows. */
function readJumpsCell(raw: string, column: string, line: number): { rows: JumpInput[] | undefined } | { problems: ImportProblem[] } {
  if (raw.trim() === "") return { rows: undefined };
  try {
    JSON.parse(raw);
  } catch {
    return { problems: [{ line, column, message: `${column} is not the export's list of jump rows (JSON such as [{"jumpNumber":12,"freefallSeconds":55}])` }] };
  }
  const parsed = jumpsSchema.safeParse(raw);
  if (parsed.success) return { rows: parsed.data };
  return {
    problems: parsed.error.issues.map((issue) => {
      const at = typeof issue.path[0] === "number" ? `jump row ${issue.path[0] + 1}: ` : "";
      return { line, column, message: `${at}${issue.message}` };
    }),
  };
}
