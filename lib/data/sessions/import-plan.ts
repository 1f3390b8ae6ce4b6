import "server-only";
import { addDays, type CalendarDay } from "../../domain/calendar-day";
import { ValidationError } from "../../domain/errors";
import type { ImportPreviewSummary as ImportPreview } from "../../domain/import-summary";
import { checkDoseLimits, limitWindow, type DoseLimits } from "../../domain/limits";
import { duplicateKey, MAX_LISTED_PROBLEMS, type ImportProblem } from "../../domain/logbook-import";
import type { ProductionScope } from "../../domain/scope";
import type { JumpInput } from "../../schemas/jump";
import type { ImportQuery } from "../../schemas/logbook-import";
import { int, rows, type SqlBody } from "../../server/sql-steps";
import { COUNTING_SESSION_SQL } from "../sql-fragments";
import { limitsOf } from "./dose-limits";
import { usedJumpNumbers } from "./jumps";

// The part of an import's plan every file format shares: entries that are
// already known valid on their own (import-csv-plan.ts, import-protrack.ts)
// meet the performer's logbook, in order: duplicates, jump numbers, then the
// hard dose limits counting the logbook and the entries before. Reads only;
// the commit runs it again under the performer's lock.

export { MAX_LISTED_PROBLEMS };

export interface DisciplineRow {
  id: string;
  name: string;
  limits: DoseLimits;
  recordsJumps: boolean;
  /** No longer trained: nothing is imported into it. */
  archived: boolean;
}

export interface EntryFields {
  date: CalendarDay;
  count: number;
  durationMinutes?: number;
  location?: string;
  notes?: string;
}

/** One entry the file would add, before it meets the logbook. */
export interface Candidate {
  line: number;
  discipline: DisciplineRow;
  row: EntryFields;
  /** Its jump rows, each with the line that gave it (a Protrack jump's block). */
  jumps?: { line: number; jump: JumpInput }[];
  /** A CSV row is a duplicate of a logged entry of the same discipline, day and count; Protrack jumps are matched by number before. */
  entryDuplicates: boolean;
  /** What the preview counts it as: one row, or its jumps. */
  units: number;
}

/** What a format's reader decided before the logbook is consulted. */
export interface Start {
  unit: ImportPreview["unit"];
  total: number;
  valid: number;
  duplicates: number;
  notCounting: number;
  invalid: number;
  errors: ImportProblem[];
  candidates: Candidate[];
  /** How to explain a jump number the logbook already counts (it differs when `duplicates=add` was asked for Protrack jumps). */
  usedJumpMessage: (jumpNumber: number) => string;
}

export interface Plan extends ImportPreview {
  toWrite: { line: number; disciplineId: string; row: EntryFields; jumps?: JumpInput[] }[];
}

export interface PlanContext {
  scope: ProductionScope;
  query: ImportQuery;
  today: CalendarDay;
  byName: Map<string, DisciplineRow>;
  /** `disciplineId` of the query, when given: every entry goes there. */
  fixed: DisciplineRow | null;
}

export const nameKey = (name: string) => name.normalize("NFC").trim().toLowerCase();

export function* loadPlanContext(scope: ProductionScope, query: ImportQuery, today: CalendarDay): SqlBody<PlanContext> {
  const found = yield* rows<Record<string, unknown>>(
    `SELECT "id", "name", "maxPerDay", "maxPer7Days", "minRestDays", "limitsAreHard", "recordsJumps", "archivedAt" FROM "Discipline" WHERE "productionId" = ?`,
    scope.production.id,
  );
  const limit = (v: unknown) => (v === null || v === undefined ? null : int(v));
  const flag = (v: unknown) => v === true || v === 1 || v === 1n;
  const byName = new Map<string, DisciplineRow>();
  let fixed: DisciplineRow | null = null;
  for (const d of found) {
    const limits = limitsOf({ maxPerDay: limit(d.maxPerDay), maxPer7Days: limit(d.maxPer7Days), minRestDays: limit(d.minRestDays), limitsAreHard: flag(d.limitsAreHard) });
    const discipline = { id: String(d.id), name: String(d.name), limits, recordsJumps: flag(d.recordsJumps), archived: d.archivedAt !== null && d.archivedAt !== undefined };
    byName.set(nameKey(discipline.name), discipline);
    if (discipline.id === query.disciplineId) fixed = discipline;
  }
  if (query.disciplineId && !fixed) throw new ValidationError({ disciplineId: "disciplineId names no discipline of this production" });
  if (fixed?.archived) throw new ValidationError({ disciplineId: `${fixed.name} is archived: restore it in Settings to import into it` });
  if (fixed && query.format === "protrack" && !fixed.recordsJumps) {
    throw new ValidationError({ disciplineId: `${fixed.name} does not record jumps: choose a jump discipline for Protrack jumps` });
  }
  return { scope, query, today, byName, fixed };
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

/** How many days after an entry its limits look (the far end of limitWindow). */
function daysAfter(limits: DoseLimits): number {
  return Math.max(limits.maxPer7Days !== null ? 6 : 0, Math.max(0, (limits.minRestDays ?? 0) - 1));
}

/** The candidates against the logbook, in order. Reads only. */
export function* planEntries(ctx: PlanContext, start: Start): SqlBody<Plan> {
  const productionId = ctx.scope.production.id;
  const performerId = ctx.query.performerId;
  const { candidates } = start;
  const errors = [...start.errors];
  const warnings: ImportProblem[] = [];
  let { valid, duplicates, invalid } = start;

  // What is already logged, per discipline: the days the file covers (for
  // duplicates), widened by the limits' reach (for the dose limits).
  const logged = new Map<string, { keys: Set<string>; days: Map<CalendarDay, number> }>();
  for (const c of candidates) {
    if (logged.has(c.discipline.id)) continue;
    const dates = candidates.filter((o) => o.discipline.id === c.discipline.id).map((o) => o.row.date);
    const first = dates.reduce((a, b) => (a < b ? a : b));
    const last = dates.reduce((a, b) => (a > b ? a : b));
    const reach = limitWindow(first, c.discipline.limits);
    const existing = yield* loadDayTotals(productionId, performerId, c.discipline.id, reach.from, addDays(last, daysAfter(c.discipline.limits)));
    const keys = new Set(existing.map((e) => duplicateKey(c.discipline.id, e.date, e.count)));
    const days = new Map<CalendarDay, number>();
    for (const e of existing) days.set(e.date, (days.get(e.date) ?? 0) + e.count);
    logged.set(c.discipline.id, { keys, days });
  }
  // Jump numbers are the performer's own sequence: unique in the logbook and in the file.
  const used = yield* usedJumpNumbers(productionId, performerId, candidates.flatMap((c) => (c.jumps ?? []).map((j) => j.jump.jumpNumber)));
  const seen = new Map<number, number>();

  const toWrite: Plan["toWrite"] = [];
  for (const { line, discipline, row, jumps, entryDuplicates, units } of candidates) {
    const book = logged.get(discipline.id)!;
    const key = duplicateKey(discipline.id, row.date, row.count);
    const duplicate = entryDuplicates && book.keys.has(key);
    if (duplicate) {
      duplicates++;
      if (ctx.query.duplicates === "skip") {
        valid += units;
        continue;
      }
    }
    const jumpProblems: ImportProblem[] = [];
    for (const { line: at, jump } of jumps ?? []) {
      const earlier = seen.get(jump.jumpNumber);
      if (earlier !== undefined) {
        jumpProblems.push({ line: at, column: "jumps", message: `Jump number ${jump.jumpNumber} is also on line ${earlier} of the file: a jump number is logged once` });
      } else if (used.has(jump.jumpNumber)) jumpProblems.push({ line: at, column: "jumps", message: start.usedJumpMessage(jump.jumpNumber) });
      if (earlier === undefined) seen.set(jump.jumpNumber, at);
    }
    if (jumpProblems.length) {
      if (duplicate) duplicates--;
      const bad = units === 1 ? 1 : new Set(jumpProblems.map((p) => p.line)).size;
      invalid += bad;
      valid += units - bad;
      errors.push(...jumpProblems);
      continue;
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
        invalid += units;
        errors.push({ line, column: "count", message: `Over a hard dose limit: ${violations.join("; ")}` });
        continue;
      }
      if (violations.length) warnings.push({ line, column: "count", message: `Over a dose limit: ${violations.join("; ")}` });
    }
    valid += units;
    book.keys.add(key);
    book.days.set(row.date, (book.days.get(row.date) ?? 0) + row.count);
    toWrite.push({ line, disciplineId: discipline.id, row, ...(jumps?.length ? { jumps: jumps.map((j) => j.jump) } : {}) });
  }

  return {
    unit: start.unit,
    total: start.total,
    valid,
    duplicates,
    notCounting: start.notCounting,
    invalid,
    errors: errors.sort((a, b) => a.line - b.line).slice(0, MAX_LISTED_PROBLEMS),
    warnings: warnings.slice(0, MAX_LISTED_PROBLEMS),
    toWrite,
  };
}
