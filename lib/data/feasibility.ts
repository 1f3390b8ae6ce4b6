import "server-only";
import { addDays, type CalendarDay } from "../domain/calendar-day";
import { ConflictError, ForbiddenError, NotFoundError } from "../domain/errors";
import { goalFeasibility, type Feasibility, type HardLimits } from "../domain/feasibility";
import { canViewPerformer } from "../domain/permissions";
import type { ProductionScope } from "../domain/scope";
import { parseOrThrow } from "../schemas/parse";
import { asOfSchema } from "../schemas/progress-query";
import { getDb } from "../server/db";
import { bool, int, row, rows, type SqlBody } from "../server/sql-steps";
import { getSqlWriter } from "../server/sql-writer";
import { queryGoalCounts } from "./progress-queries";
import { COUNTING_SESSION_SQL } from "./sql-fragments";
import { unavailableSpansOf } from "./availability";

// Can a goal still be reached by its deadline within the discipline's hard
// dose limits (lib/domain/feasibility.ts)? The inputs as the rest of the app
// counts them: what remains is the goal's target minus its progress as of
// asOf (pending and verified reps from its start, lib/data/progress-queries);
// what is already logged is read as the dose limits read it
// (lib/data/sessions/dose-limits.ts: every counting session of the
// performer in the discipline, whatever goal it serves).

export interface GoalFeasibilityView extends Feasibility {
  goalId: string;
  performerId: string;
  disciplineId: string;
  discipline: string;
  asOf: CalendarDay;
  remaining: number;
  deadline: CalendarDay;
  /** The limits the answer respects: the discipline's when they are hard, all null when soft (a soft limit never stops a session). */
  limits: HardLimits;
}

interface GoalRow {
  id: string;
  performerId: string;
  disciplineId: string;
  discipline: string;
  target: number;
  startDate: CalendarDay;
  deadline: CalendarDay;
  /** Archived: no forecast (a performer's goals leave it out; asked for alone, it is a 409). */
  archived: boolean;
  limits: HardLimits;
}

const NO_LIMITS: HardLimits = { maxPerDay: null, maxPer7Days: null, minRestDays: null };
const optionalInt = (v: unknown) => (v === null || v === undefined ? null : int(v));

function* goalRows(productionId: string, filter: { goalId: string } | { performerId: string }): SqlBody<GoalRow[]> {
  const [column, value] = "goalId" in filter ? (["id", filter.goalId] as const) : (["performerId", filter.performerId] as const);
  const found = yield* rows<Record<string, unknown>>(
    `SELECT g."id" AS "id", g."performerId" AS "performerId", g."disciplineId" AS "disciplineId", d."name" AS "discipline",
            g."target" AS "target", g."startDate" AS "startDate", g."deadline" AS "deadline", g."archivedAt" AS "archivedAt",
            d."maxPerDay" AS "maxPerDay", d."maxPer7Days" AS "maxPer7Days", d."minRestDays" AS "minRestDays", d."limitsAreHard" AS "limitsAreHard"
       FROM "Goal" g JOIN "Discipline" d ON d."id" = g."disciplineId"
      WHERE g."productionId" = ? AND g."${column}" = ?${column === "performerId" ? ` AND g."archivedAt" IS NULL` : ""}
      ORDER BY d."createdAt", g."createdAt", g."id"`,
    productionId,
    value,
  );
  return found.map((g) => ({
    id: String(g.id),
    performerId: String(g.performerId),
    disciplineId: String(g.disciplineId),
    discipline: String(g.discipline),
    target: int(g.target),
    startDate: String(g.startDate),
    deadline: String(g.deadline),
    archived: g.archivedAt !== null && g.archivedAt !== undefined,
    limits: bool(g.limitsAreHard) ? { maxPerDay: optionalInt(g.maxPerDay), maxPer7Days: optionalInt(g.maxPer7Days), minRestDays: optionalInt(g.minRestDays) } : NO_LIMITS,
  }));
}

/**
 * What the limits need of the logbook as of asOf: the reps per day of the 7
 * days ending on asOf (the rolling window), and the last session's day (the
 * rest between sessions). The last session is the latest day on or before
 * asOf: nothing lies between it and the window, so one range holds both.
 */
function* loggedBefore(productionId: string, performerId: string, disciplineId: string, asOf: CalendarDay): SqlBody<{ date: CalendarDay; count: number }[]> {
  const where = `s."productionId" = ? AND s."performerId" = ? AND s."disciplineId" = ? AND ${COUNTING_SESSION_SQL}`;
  const last = yield* row<{ last: string | null }>(`SELECT MAX(s."date") AS "last" FROM "TrainingSession" s WHERE ${where} AND s."date" <= ?`, productionId, performerId, disciplineId, asOf);
  if (!last?.last) return [];
  const windowStart = addDays(asOf, -6);
  const from = last.last < windowStart ? last.last : windowStart;
  const days = yield* rows<{ date: string; count: unknown }>(
    `SELECT s."date" AS "date", SUM(s."count") AS "count" FROM "TrainingSession" s WHERE ${where} AND s."date" BETWEEN ? AND ? GROUP BY s."date"`,
    productionId,
    performerId,
    disciplineId,
    from,
    asOf,
  );
  return days.map((d) => ({ date: d.date, count: int(d.count) }));
}

/** Days the performer cannot train, as inclusive spans: a lost-time incident's (lib/data/availability.ts). */
function* unavailableSpans(productionId: string, performerId: string, from: CalendarDay): SqlBody<{ from: CalendarDay; to: CalendarDay }[]> {
  return (yield* unavailableSpansOf(productionId, [performerId], from)).map((s) => ({ from: s.from, to: s.to }));
}

async function feasibilityOf(productionId: string, goals: GoalRow[], asOf: CalendarDay): Promise<GoalFeasibilityView[]> {
  if (goals.length === 0) return [];
  const performers = [...new Set(goals.map((g) => g.performerId))];
  const counts = new Map((await Promise.all(performers.map((p) => queryGoalCounts(asOf, productionId, p)))).flatMap((m) => [...m]));
  return getSqlWriter().read(function* () {
    const views: GoalFeasibilityView[] = [];
    for (const goal of goals) {
      const remaining = Math.max(0, goal.target - (counts.get(goal.id)?.done ?? 0));
      const logged = yield* loggedBefore(productionId, goal.performerId, goal.disciplineId, asOf);
      const unavailable = [...(yield* unavailableSpans(productionId, goal.performerId, addDays(asOf, 1)))];
      // Reps before the goal's start never count toward it: those days are no training days for it.
      if (goal.startDate > addDays(asOf, 1)) unavailable.push({ from: addDays(asOf, 1), to: addDays(goal.startDate, -1) });
      const verdict = goalFeasibility({ asOf, remaining, deadline: goal.deadline, limits: goal.limits, logged, unavailable });
      views.push({ goalId: goal.id, performerId: goal.performerId, disciplineId: goal.disciplineId, discipline: goal.discipline, asOf, remaining, deadline: goal.deadline, limits: goal.limits, ...verdict });
    }
    return views;
  });
}

/** One goal's feasibility as of asOf, without a permission check (go / no-go checks its own); undefined for a goal not in the production. */
export async function goalFeasibilityFor(productionId: string, goalId: string, asOf: CalendarDay): Promise<GoalFeasibilityView | undefined> {
  await getDb();
  const goals = await getSqlWriter().read(() => goalRows(productionId, { goalId }));
  return (await feasibilityOf(productionId, goals, asOf))[0];
}

/** Every goal of a performer, in the order screens list goals, without a permission check. */
export async function performerGoalFeasibility(productionId: string, performerId: string, asOf: CalendarDay): Promise<GoalFeasibilityView[]> {
  await getDb();
  const goals = await getSqlWriter().read(() => goalRows(productionId, { performerId }));
  return feasibilityOf(productionId, goals, asOf);
}

function resolveAsOf(scope: ProductionScope, asOf: unknown): CalendarDay {
  return asOf === undefined || asOf === null || asOf === "" ? scope.today : parseOrThrow(asOfSchema, { asOf }).asOf;
}

/** `?asOf=` (today by default): can the goal still be reached? Who may see the goal's performer may ask. */
export async function getGoalFeasibility(scope: ProductionScope, goalId: string, asOfInput?: unknown): Promise<GoalFeasibilityView> {
  await getDb();
  const goal = (await getSqlWriter().read(() => goalRows(scope.production.id, { goalId })))[0];
  if (!goal) throw new NotFoundError("No such goal in this production");
  if (!canViewPerformer(scope.role, scope.actor.userId, goal.performerId)) throw new ForbiddenError("Performers see their own goals only");
  if (goal.archived) throw new ConflictError("This goal is archived: restore it to forecast it");
  const asOf = resolveAsOf(scope, asOfInput);
  return (await feasibilityOf(scope.production.id, [goal], asOf))[0]!;
}

/** Every goal of a performer as of today, for their page (who may see the performer). */
export async function getPerformerGoalFeasibility(scope: ProductionScope, performerId: string): Promise<GoalFeasibilityView[]> {
  if (!canViewPerformer(scope.role, scope.actor.userId, performerId)) throw new ForbiddenError("Performers see their own goals only");
  return performerGoalFeasibility(scope.production.id, performerId, scope.today);
}
