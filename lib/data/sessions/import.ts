import "server-only";
import { snapshot } from "../../domain/audit-snapshot";
import { addDays, dayInTimeZone, formatDay, type CalendarDay } from "../../domain/calendar-day";
import { AppError, ForbiddenError } from "../../domain/errors";
import type { ImportPreviewSummary as ImportPreview, ImportResultSummary as ImportResult } from "../../domain/import-summary";
import { checkDoseLimits, limitWindow, type DoseLimits } from "../../domain/limits";
import { duplicateKey, notCountingReason, type ImportProblem } from "../../domain/logbook-import";
import { can, initialSessionStatus } from "../../domain/permissions";
import type { ProductionScope } from "../../domain/scope";
import { getSqlWriter } from "../../server/sql-writer";
import { int, rows, type SqlBody } from "../../server/sql-steps";
import { importQuerySchema, type ImportQuery } from "../../schemas/logbook-import";
import { parseOrThrow } from "../../schemas/parse";
import { forbiddenMessage } from "../access";
import { COUNTING_SESSION_SQL } from "../sql-fragments";
import { limitsOf } from "./dose-limits";
import { decodeImportFile, readImportFile, type FileRow } from "./import-file";
import { insertSessions, requirePerformer, type NewSession } from "./sql";
import { writeSessions } from "./transaction";

// Import of a logbook file (the export's CSV) into one performer's logbook.
// The preview and the commit run the same plan: every row validated by the
// logging rules, matched to a discipline by name, checked against what is
// already logged for duplicates and, in file order, against the hard dose
// limits (with the rows before it). The commit runs the plan again inside one
// session-writer transaction, under the performer's lock, and writes every
// row and its audit events there, or nothing: one bad row refuses the file.
// The running totals are refreshed once per discipline, by the writer, at the end.

/** The largest file taken (API and form): a 100,000-entry export with notes is about 20 MB. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** Problems listed in an answer; the count of invalid rows is always complete. */
export const MAX_LISTED_PROBLEMS = 200;

// The answers' shapes live with the pure summaries the form renders from them.
export type { ImportPreview, ImportResult };

interface Plan extends ImportPreview {
  toWrite: { line: number; disciplineId: string; row: FileRow["row"] }[];
}

/** The file has problems: the commit writes nothing and answers with them. */
export class ImportRefusedError extends AppError {
  constructor(readonly preview: ImportPreview) {
    super(`The file was not imported: ${preview.invalid} row(s) have problems. Nothing was written.`, 400);
  }
}

interface DisciplineRow {
  id: string;
  limits: DoseLimits;
}

const nameKey = (name: string) => name.normalize("NFC").trim().toLowerCase();

function* loadDisciplines(productionId: string): SqlBody<Map<string, DisciplineRow>> {
  const found = yield* rows<Record<string, unknown>>(
    `SELECT "id", "name", "maxPerDay", "maxPer7Days", "minRestDays", "limitsAreHard" FROM "Discipline" WHERE "productionId" = ?`,
    productionId,
  );
  const limit = (v: unknown) => (v === null || v === undefined ? null : int(v));
  const byName = new Map<string, DisciplineRow>();
  for (const d of found) {
    const limits = limitsOf({
      maxPerDay: limit(d.maxPerDay),
      maxPer7Days: limit(d.maxPer7Days),
      minRestDays: limit(d.minRestDays),
      limitsAreHard: d.limitsAreHard === true || d.limitsAreHard === 1 || d.limitsAreHard === 1n,
    });
    byName.set(nameKey(String(d.name)), { id: String(d.id), limits });
  }
  return byName;
}

/** Reps per day of the performer's counting entries of one discipline, between two days. */
function* loadDayTotals(productionId: string, performerId: string, disciplineId: string, from: CalendarDay, to: CalendarDay) {
  const found = yield* rows<{ date: string; count: unknown }>(
    `SELECT s."date" AS "date", s."count" AS "count" FROM "TrainingSession" s
      WHERE s."productionId" = ? AND s."performerId" = ? AND s."disciplineId" = ? AND s."date" BETWEEN ? AND ? AND ${COUNTING_SESSION_SQL}`,
    productionId,
    performerId,
    disciplineId,
    from,
    to,
  );
  return found.map((f) => ({ date: f.date, count: int(f.count) }));
}

function hasLimits(limits: DoseLimits): boolean {
  return limits.maxPerDay !== null || limits.maxPer7Days !== null || !!limits.minRestDays;
}

/** Judge the read rows against the production and the performer's logbook. Reads only. */
function* planImport(scope: ProductionScope, query: ImportQuery, file: ReturnType<typeof readImportFile>, now: Date): SqlBody<Plan> {
  const productionId = scope.production.id;
  const today = dayInTimeZone(now, scope.production.timeZone);
  const disciplines = yield* loadDisciplines(productionId);
  const errors: ImportProblem[] = [...file.problems];
  const warnings: ImportProblem[] = [];
  let invalid = file.invalid;
  let notCounting = 0;

  // First pass: what each row is, before it meets the logbook.
  const candidates: { line: number; discipline: DisciplineRow; row: FileRow["row"] }[] = [];
  for (const { line, row, status, correctsId } of file.rows) {
    const discipline = disciplines.get(nameKey(row.discipline));
    const problems: ImportProblem[] = [];
    if (!discipline) problems.push({ line, column: "discipline", message: `No discipline named "${row.discipline}" in this production` });
    if (row.date > today) problems.push({ line, column: "date", message: `Date cannot be after today (${formatDay(today)} in ${scope.production.timeZone})` });
    if (problems.length) {
      invalid++;
      errors.push(...problems);
      continue;
    }
    if (notCountingReason(status, correctsId)) {
      notCounting++;
      continue;
    }
    candidates.push({ line, discipline: discipline!, row });
  }

  // What is already logged, per discipline: the days the file covers (for
  // duplicates), widened by the limits' reach (for the dose limits).
  const logged = new Map<string, { keys: Set<string>; days: Map<CalendarDay, number> }>();
  for (const c of candidates) {
    if (logged.has(c.discipline.id)) continue;
    const dates = candidates.filter((o) => o.discipline.id === c.discipline.id).map((o) => o.row.date);
    const first = dates.reduce((a, b) => (a < b ? a : b));
    const last = dates.reduce((a, b) => (a > b ? a : b));
    const reach = limitWindow(first, c.discipline.limits);
    const span = { from: reach.from, to: addDays(last, daysAfter(c.discipline.limits)) };
    const existing = yield* loadDayTotals(productionId, query.performerId, c.discipline.id, span.from, span.to);
    const keys = new Set(existing.map((e) => duplicateKey(c.discipline.id, e.date, e.count)));
    const days = new Map<CalendarDay, number>();
    for (const e of existing) days.set(e.date, (days.get(e.date) ?? 0) + e.count);
    logged.set(c.discipline.id, { keys, days });
  }

  // In file order: duplicates, then the dose limits against the logbook plus the rows before.
  let valid = 0;
  let duplicates = 0;
  const toWrite: Plan["toWrite"] = [];
  for (const { line, discipline, row } of candidates) {
    const book = logged.get(discipline.id)!;
    const key = duplicateKey(discipline.id, row.date, row.count);
    const duplicate = book.keys.has(key);
    if (duplicate) {
      duplicates++;
      if (query.duplicates === "skip") {
        valid++;
        continue;
      }
    }
    if (hasLimits(discipline.limits)) {
      const { from, to } = limitWindow(row.date, discipline.limits);
      const others: { date: CalendarDay; count: number }[] = [];
      for (let day = from; day <= to; day = addDays(day, 1)) {
        const count = book.days.get(day);
        if (count) others.push({ date: day, count });
      }
      const violations = checkDoseLimits(discipline.limits, row, others).map((v) => v.message);
      if (violations.length && discipline.limits.hard) {
        if (duplicate) duplicates--;
        invalid++;
        errors.push({ line, column: "count", message: `Over a hard dose limit: ${violations.join("; ")}` });
        continue;
      }
      if (violations.length) warnings.push({ line, column: "count", message: `Over a dose limit: ${violations.join("; ")}` });
    }
    valid++;
    book.keys.add(key);
    book.days.set(row.date, (book.days.get(row.date) ?? 0) + row.count);
    toWrite.push({ line, disciplineId: discipline.id, row });
  }

  return {
    total: file.total,
    valid,
    duplicates,
    notCounting,
    invalid,
    errors: errors.sort((a, b) => a.line - b.line).slice(0, MAX_LISTED_PROBLEMS),
    warnings: warnings.slice(0, MAX_LISTED_PROBLEMS),
    toWrite,
  };
}

/** How many days after an entry its limits look (the far end of limitWindow). */
function daysAfter(limits: DoseLimits): number {
  return Math.max(limits.maxPer7Days !== null ? 6 : 0, Math.max(0, (limits.minRestDays ?? 0) - 1));
}

function previewOf(plan: Plan): ImportPreview {
  const { toWrite: _, ...preview } = plan;
  return preview;
}

function requireImporter(scope: ProductionScope): void {
  if (!can(scope.role, "session.import")) throw new ForbiddenError(forbiddenMessage("session.import"));
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
  const file = readImportFile(decodeImportFile(await readFile()));

  if (query.dryRun) {
    const plan = await getSqlWriter().read(function* () {
      yield* requirePerformer(productionId, query.performerId);
      return yield* planImport(scope, query, file, now);
    });
    return { dryRun: true, preview: previewOf(plan) };
  }

  const source = query.fileName ?? "logbook.csv";
  const result = await writeSessions(scope, "session-logged", now, function* ({ lock, auditMany, touch }) {
    yield* lock([query.performerId]);
    yield* requirePerformer(productionId, query.performerId);
    // Planned again under the lock: the logbook may have changed since any preview.
    const plan = yield* planImport(scope, query, file, now);
    if (plan.invalid > 0) throw new ImportRefusedError(previewOf(plan));

    const { actor, role, production } = scope;
    const status = initialSessionStatus(role, actor.userId, query.performerId, production.coordinatorLogsAreVerified);
    const entries: NewSession[] = plan.toWrite.map(({ disciplineId, row }) => ({
      productionId,
      performerId: query.performerId,
      disciplineId,
      date: row.date,
      count: row.count,
      durationMinutes: row.durationMinutes ?? null,
      location: row.location ?? null,
      notes: row.notes ?? null,
      status,
      loggedById: actor.userId,
      verifiedById: status === "verified" ? actor.userId : null,
      verifiedAt: status === "verified" ? now : null,
      correctsId: null,
      correctionReason: null,
      limitOverrideReason: null,
      import: { source, at: now, byId: actor.userId },
    }));
    const ids = yield* insertSessions(entries, now);
    const reason = `Imported from ${source}`;
    yield* auditMany(
      entries.flatMap((entry, i) => {
        const create = { sessionId: ids[i]!, action: "create" as const, after: snapshot({ ...entry, correctsId: null }), reason };
        return status === "verified" ? [create, { sessionId: ids[i]!, action: "verify" as const, reason: "imported by a coordinator" }] : [create];
      }),
    );
    for (const disciplineId of new Set(entries.map((e) => e.disciplineId))) touch(query.performerId, disciplineId);
    return {
      imported: entries.length,
      skippedDuplicates: query.duplicates === "skip" ? plan.duplicates : 0,
      skippedNotCounting: plan.notCounting,
      warnings: plan.warnings,
    };
  });
  return { dryRun: false, result };
}
