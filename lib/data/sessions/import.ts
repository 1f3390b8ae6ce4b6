import "server-only";
import { snapshot } from "../../domain/audit-snapshot";
import { dayInTimeZone } from "../../domain/calendar-day";
import { AppError, ForbiddenError } from "../../domain/errors";
import type { ImportPreviewSummary as ImportPreview, ImportResultSummary as ImportResult } from "../../domain/import-summary";
import { can } from "../../domain/permissions";
import { parseProtrack, type ProtrackFile } from "../../domain/protrack";
import type { ProductionScope } from "../../domain/scope";
import { getSqlWriter } from "../../server/sql-writer";
import type { SqlBody } from "../../server/sql-steps";
import { columnMapping, importQuerySchema, type ImportQuery } from "../../schemas/logbook-import";
import { parseOrThrow } from "../../schemas/parse";
import { forbiddenMessage } from "../access";
import { csvStart } from "./import-csv-plan";
import { decodeImportFile, readImportFile, type ReadFile } from "./import-file";
import { loadPlanContext, planEntries, type Plan } from "./import-plan";
import { protrackStart } from "./import-protrack";
import { insertJumpsOfEntries } from "./jumps";
import { insertSessions, requirePerformer, type NewSession } from "./sql";
import { writeSessions } from "./transaction";
import { initialStatusUnderRule } from "./verifier-credential";

// Import of a logbook file into one performer's logbook: the export's CSV (or
// another CSV layout mapped onto it), or L&B Protrack II jump files. The
// preview and the commit run the same plan (import-plan.ts): every row
// validated by the logging rules, matched to a discipline, checked against
// what is already logged for duplicates and jump numbers and, in order,
// against the hard dose limits (with the rows before it). The commit runs the
// plan again inside one session-writer transaction, under the performer's
// lock, and writes every entry, its jump rows and its audit events there, or
// nothing: one bad row refuses the file. The running totals are refreshed
// once per discipline, by the writer, at the end.

/** The largest file taken (API and form): a 100,000-entry export with notes is about 20 MB. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export { MAX_LISTED_PROBLEMS } from "./import-plan";

// The answers' shapes live with the pure summaries the form renders from them.
export type { ImportPreview, ImportResult };

/** The file has problems: the commit writes nothing and answers with them. */
export class ImportRefusedError extends AppError {
  constructor(readonly preview: ImportPreview) {
    super(`The file was not imported: ${preview.invalid} ${preview.unit === "jump" ? "jump(s)" : "row(s)"} have problems. Nothing was written.`, 400);
  }
}

type Source = { format: "csv"; file: ReadFile } | { format: "protrack"; file: ProtrackFile };

/** Read once, before any transaction: the file's own problems do not depend on the logbook. */
function readSource(query: ImportQuery, text: string): Source {
  if (query.format === "protrack") return { format: "protrack", file: parseProtrack(text) };
  return {
    format: "csv",
    file: readImportFile(text, { mapping: columnMapping(query), fixedDiscipline: Boolean(query.disciplineId), ignore: query.ignore, dateFormat: query.dateFormat }),
  };
}

/** Judge the read file against the production and the performer's logbook. Reads only. */
function* planImport(scope: ProductionScope, query: ImportQuery, source: Source, now: Date): SqlBody<Plan> {
  const ctx = yield* loadPlanContext(scope, query, dayInTimeZone(now, scope.production.timeZone));
  const start = source.format === "protrack" ? yield* protrackStart(ctx, source.file) : csvStart(ctx, source.file);
  return yield* planEntries(ctx, start);
}

function previewOf(plan: Plan): ImportPreview {
  const { toWrite: _, ...preview } = plan;
  return preview;
}

function requireImporter(scope: ProductionScope): void {
  if (!can(scope.role, "session.import")) throw new ForbiddenError(forbiddenMessage("session.import", scope.role));
}

/**
 * `dryRun`: what an import of the file would do, writing nothing. Otherwise the
 * import itself: every valid row in one transaction, or nothing (a file with
 * any problem is refused with `ImportRefusedError`).
 */
export async function importLogbook(
  scope: ProductionScope,
  queryInput: unknown,
  /** The file's bytes, read once the caller may import and the query is valid. */
  readFile: () => Promise<Uint8Array>,
  now = new Date(),
): Promise<{ dryRun: true; preview: ImportPreview } | { dryRun: false; result: ImportResult }> {
  requireImporter(scope);
  const query = parseOrThrow(importQuerySchema, queryInput);
  const productionId = scope.production.id;
  const source = readSource(query, decodeImportFile(await readFile()));

  if (query.dryRun) {
    const plan = await getSqlWriter().read(function* () {
      yield* requirePerformer(productionId, query.performerId);
      return yield* planImport(scope, query, source, now);
    });
    return { dryRun: true, preview: previewOf(plan) };
  }

  const fileName = query.fileName ?? (query.format === "protrack" ? "protrack.txt" : "logbook.csv");
  const result = await writeSessions(scope, "session-logged", now, function* ({ lock, auditMany, touch }) {
    yield* lock([query.performerId]);
    yield* requirePerformer(productionId, query.performerId);
    // Planned again under the lock: the logbook may have changed since any preview.
    const plan = yield* planImport(scope, query, source, now);
    // Any problem refuses the file, a whole-file one (no date column, not a Protrack file) too.
    if (plan.invalid > 0 || plan.errors.length > 0) throw new ImportRefusedError(previewOf(plan));

    const { actor } = scope;
    const status = yield* initialStatusUnderRule(scope, query.performerId, now);
    const entries: NewSession[] = plan.toWrite.map(({ disciplineId, row }) => ({
      productionId,
      performerId: query.performerId,
      disciplineId,
      date: row.date,
      count: row.count,
      durationMinutes: row.durationMinutes ?? null,
      // Logbook files carry no effort rating (an export's rpe column is not read back).
      rpe: null,
      location: row.location ?? null,
      notes: row.notes ?? null,
      status,
      loggedById: actor.userId,
      verifiedById: status === "verified" ? actor.userId : null,
      verifiedAt: status === "verified" ? now : null,
      correctsId: null,
      correctionReason: null,
      limitOverrideReason: null,
      import: { source: fileName, at: now, byId: actor.userId },
    }));
    const ids = yield* insertSessions(entries, now);
    const withJumps = plan.toWrite.flatMap(({ jumps }, i) => (jumps ? [{ sessionId: ids[i]!, jumps }] : []));
    yield* insertJumpsOfEntries(productionId, query.performerId, withJumps, now);
    const reason = `Imported from ${fileName}`;
    yield* auditMany(
      entries.flatMap((entry, i) => {
        const create = { sessionId: ids[i]!, action: "create" as const, after: snapshot({ ...entry, correctsId: null }), reason };
        return status === "verified" ? [create, { sessionId: ids[i]!, action: "verify" as const, reason: "imported by a coordinator" }] : [create];
      }),
    );
    for (const disciplineId of new Set(entries.map((e) => e.disciplineId))) touch(query.performerId, disciplineId);
    return {
      imported: entries.length,
      jumps: withJumps.reduce((n, e) => n + e.jumps.length, 0),
      skippedDuplicates: query.duplicates === "skip" ? plan.duplicates : 0,
      skippedNotCounting: plan.notCounting,
      warnings: plan.warnings,
    };
  });
  return { dryRun: false, result };
}
