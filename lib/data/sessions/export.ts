import "server-only";
import Papa from "papaparse";
import type { LogbookEntry } from "../../domain/logbook";
import { signerOf } from "../../domain/witness";
import type { ProductionScope } from "../../domain/scope";
import { getDb } from "../../server/db";
import { exportQuerySchema } from "../../schemas/logbook";
import { parseOrThrow } from "../../schemas/parse";
import { logbookWhere } from "./read";
import { sessionSelect } from "./select";
import { withJumps } from "./jump-rows";
import { withEquipment } from "./session-equipment";

// The logbook out, as CSV (for a spreadsheet or an insurer) or JSON (for
// another tool): every entry the filters select, oldest first, with its
// verifier and correction links. Streamed in batches, so a production of
// 700,000 sessions never sits in memory.

const BATCH = 1000;

export const EXPORT_COLUMNS = [
  "id",
  "date",
  "performer",
  "discipline",
  "unit",
  "count",
  "durationMinutes",
  "location",
  "notes",
  "status",
  "loggedBy",
  "verifiedBy",
  "verifierCredential",
  "verifiedAt",
  "rejectionReason",
  "correctsId",
  "correctionReason",
  "limitOverrideReason",
  "loggedAt",
  "importSource",
  "importedAt",
  // The entry's per-jump rows as compact JSON (empty when none): altitudes in
  // feet, landingDistanceM in metres, freefallSeconds in seconds.
  "jumps",
  // The equipment used, by name, "; " between them (empty when none).
  "equipment",
  // Effort rating, 0-10 (empty when not rated); last, so the older columns keep their places. The import does not read it back.
  "rpe",
] as const;

type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

function toExportRow(entry: LogbookEntry): ExportRow {
  const signed = entry.status === "verified" || entry.status === "superseded";
  const signer = signerOf(entry);
  return {
    id: entry.id,
    date: entry.date,
    performer: entry.performer.name,
    discipline: entry.discipline.name,
    unit: entry.discipline.unit,
    count: entry.count,
    durationMinutes: entry.durationMinutes,
    location: entry.location,
    notes: entry.notes,
    status: entry.status,
    loggedBy: entry.loggedBy.name,
    // The signer, a member or an outside witness (name and the licence number they gave).
    verifiedBy: signed ? (signer?.name ?? null) : null,
    verifierCredential: signed ? (signer?.credential ?? null) : null,
    verifiedAt: signed ? (entry.verifiedAt?.toISOString() ?? null) : null,
    rejectionReason: entry.rejectionReason,
    correctsId: entry.correctsId,
    correctionReason: entry.correctionReason,
    limitOverrideReason: entry.limitOverrideReason,
    loggedAt: entry.createdAt.toISOString(),
    importSource: entry.importSource,
    importedAt: entry.importedAt?.toISOString() ?? null,
    jumps: entry.jumps && entry.jumps.length > 0 ? JSON.stringify(entry.jumps) : null,
    equipment: entry.equipment && entry.equipment.length > 0 ? entry.equipment.map((e) => e.name).join("; ") : null,
    rpe: entry.rpe,
  };
}

// papaparse's own `escapeFormulae: true` is /^[=+\-@\t\r].*$/, which never
// matches a cell with a line break in it ("." stops at "\n"): a multi-line
// note starting with "=" went out as a live formula. Only the first character matters.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 rows (CRLF, quoted where needed) with every cell a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or CR) neutralised.
 */
export function csvRows(rows: ExportRow[], withHeader: boolean): string {
  if (rows.length === 0) return withHeader ? `${EXPORT_COLUMNS.join(",")}\r\n` : "";
  return `${Papa.unparse({ fields: [...EXPORT_COLUMNS], data: rows }, { header: withHeader, newline: "\r\n", escapeFormulae: FORMULA_START })}\r\n`;
}

/** The entries a filter selects, oldest first, a batch at a time (keyset on date, time, id): the export and the PDF read them. */
export async function* entryBatches(where: Awaited<ReturnType<typeof logbookWhere>>): AsyncGenerator<LogbookEntry[]> {
  const db = await getDb();
  let after: { date: string; createdAt: Date; id: string } | null = null;
  for (;;) {
    const later: object = after
      ? {
          OR: [
            { date: { gt: after.date } },
            { date: after.date, createdAt: { gt: after.createdAt } },
            { date: after.date, createdAt: after.createdAt, id: { gt: after.id } },
          ],
        }
      : {};
    const rows = await db.trainingSession.findMany({
      where: { AND: [where, later] },
      select: sessionSelect,
      orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: BATCH,
    });
    if (rows.length === 0) return;
    yield await withEquipment(db, await withJumps(db, rows));
    const last = rows.at(-1)!;
    after = { date: last.date, createdAt: last.createdAt, id: last.id };
    if (rows.length < BATCH) return;
  }
}

async function* batches(where: Awaited<ReturnType<typeof logbookWhere>>): AsyncGenerator<ExportRow[]> {
  for await (const entries of entryBatches(where)) yield entries.map(toExportRow);
}

/**
 * The export as a stream, once the caller may see what the filters select
 * (checked before the first byte, so a refusal is a proper 4xx).
 */
export async function exportLogbook(scope: ProductionScope, input: unknown, now = new Date()) {
  const { format, ...filter } = parseOrThrow(exportQuerySchema, input);
  const where = await logbookWhere(scope, filter);
  const encoder = new TextEncoder();
  const source = batches(where);
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await source.next();
      if (format === "csv") {
        // A byte-order mark: spreadsheets then read the file as UTF-8 (names with accents, notes in any script).
        if (first) controller.enqueue(encoder.encode(`\uFEFF${csvRows(next.done ? [] : next.value, true)}`));
        else if (!next.done) controller.enqueue(encoder.encode(csvRows(next.value, false)));
      } else {
        const head = first ? `{"production":${JSON.stringify({ id: scope.production.id, name: scope.production.name })},"exportedAt":"${now.toISOString()}","entries":[` : "";
        const body = next.done ? "" : next.value.map((row, i) => (first && i === 0 ? "" : ",") + JSON.stringify(row)).join("");
        controller.enqueue(encoder.encode(head + body + (next.done ? "]}" : "")));
      }
      first = false;
      if (next.done) controller.close();
    },
    async cancel() {
      await source.return(undefined);
    },
  });
  const stamp = now.toISOString().slice(0, 10);
  return {
    stream,
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    filename: `logbook-${stamp}.${format}`,
  };
}
