import type { Db } from "../server/db-client";
import { rows, run, type SqlBody } from "../server/sql-steps";
import { prismaDialect, runStepsWithPrisma } from "./prisma-steps";
import { COUNTING_JOIN_SQL } from "./sql-fragments";

// The GoalReach table holds, per goal and threshold (target or milestone
// count), the first day its running total reached it over all counting
// sessions. Finding that day means replaying a goal's sessions in date order;
// doing it at write time for the one performer x discipline that changed is
// cheap, doing it at read time for a whole production is not (2 s at 10 M reps).
//
// The GoalTotal table holds, per goal, the reps of all its counting sessions
// (no end day), so that progress as of today need not re-sum them; see
// queryGoalCounts.
//
// Every write that changes which sessions count, or a goal's thresholds or
// start, must run these steps in the same transaction, after taking the
// performer's write lock (production-lock.ts): two refreshes of the same goals
// at once on PostgreSQL would each delete, then insert rows the other also inserts.
// The session writer (lib/data/sessions/transaction.ts) does both for every
// session write; goals and the seeds run them through Prisma (prisma-steps.ts).
// Not marked server-only: the demo seed (a plain Node script) uses it too.

export interface ReachScope {
  productionId: string;
  performerId?: string;
  disciplineId?: string;
}

function scopeFilter(scope: ReachScope): { where: string; params: unknown[] } {
  let where = `g."productionId" = ?`;
  const params: unknown[] = [scope.productionId];
  if (scope.performerId) {
    where += ` AND g."performerId" = ?`;
    params.push(scope.performerId);
  }
  if (scope.disciplineId) {
    where += ` AND g."disciplineId" = ?`;
    params.push(scope.disciplineId);
  }
  return { where, params };
}

/** Recompute the reach days and running totals of every goal in scope. */
export function* refreshGoalReaches(scope: ReachScope): SqlBody<void> {
  const { where, params } = scopeFilter(scope);
  yield* run(`DELETE FROM "GoalTotal" WHERE "goalId" IN (SELECT g."id" FROM "Goal" g WHERE ${where})`, ...params);
  yield* run(
    `INSERT INTO "GoalTotal" ("goalId", "done", "verified")
     SELECT g."id",
            COALESCE(SUM(s."count"), 0),
            COALESCE(SUM(CASE WHEN s."status" = 'verified' THEN s."count" ELSE 0 END), 0)
       FROM "Goal" g
       LEFT JOIN ${COUNTING_JOIN_SQL}
      WHERE ${where}
      GROUP BY g."id"`,
    ...params,
  );
  yield* run(`DELETE FROM "GoalReach" WHERE "goalId" IN (SELECT g."id" FROM "Goal" g WHERE ${where})`, ...params);
  yield* run(
    `INSERT INTO "GoalReach" ("goalId", "count", "reachedOn")
     WITH daily AS (
       SELECT g."id" AS "goalId", s."date" AS "date",
              SUM(SUM(s."count")) OVER (PARTITION BY g."id" ORDER BY s."date") AS "cumulative"
         FROM "Goal" g
         JOIN ${COUNTING_JOIN_SQL}
        WHERE ${where}
        GROUP BY g."id", s."date"
     ),
     thresholds AS (
       SELECT g."id" AS "goalId", g."target" AS "count" FROM "Goal" g WHERE ${where}
       UNION
       SELECT m."goalId" AS "goalId", m."count" AS "count"
         FROM "GoalMilestone" m JOIN "Goal" g ON g."id" = m."goalId"
        WHERE ${where}
     )
     SELECT t."goalId", t."count", MIN(d."date")
       FROM thresholds t
       JOIN daily d ON d."goalId" = t."goalId" AND d."cumulative" >= t."count"
      GROUP BY t."goalId", t."count"`,
    ...params,
    ...params,
    ...params,
  );
}

/** The same, inside a Prisma transaction (goals, the seeds). */
export async function refreshGoalReachesWithPrisma(db: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">, scope: ReachScope): Promise<void> {
  await runStepsWithPrisma(db, prismaDialect(db), refreshGoalReaches(scope));
}

/** A counting entry a write added: all the fast path below needs to know of it. */
export interface AddedReps {
  date: string;
  count: number;
  verified: boolean;
}

/**
 * The common write — one new counting entry — without the full recompute.
 * For every goal of the performer × discipline: entries before the goal's
 * start do not count; otherwise the running totals grow by the entry's count,
 * and the reach days cannot change when no threshold was reached on or after
 * the entry's day and the new total stays below every threshold not yet
 * reached (a reach day before it stays, an unreached threshold stays
 * unreached). When that does not hold for some goal, returns false and
 * changes nothing: the caller refreshes fully. Saves the window over the
 * goal's whole history on most logs (0.4 ms of 2 ms on SQLite).
 */
export function* addToGoalTotals(scope: Required<ReachScope>, added: AddedReps): SqlBody<boolean> {
  const { where, params } = scopeFilter(scope);
  const goals = yield* rows<{ id: string; startDate: string; target: unknown; done: unknown; hasTotal: unknown }>(
    `SELECT g."id" AS "id", g."startDate" AS "startDate", g."target" AS "target", t."done" AS "done",
            CASE WHEN t."goalId" IS NULL THEN 0 ELSE 1 END AS "hasTotal"
       FROM "Goal" g LEFT JOIN "GoalTotal" t ON t."goalId" = g."id"
      WHERE ${where}`,
    ...params,
  );
  const counting = goals.filter((g) => g.startDate <= added.date);
  if (counting.length === 0) return true;
  if (counting.some((g) => Number(g.hasTotal) !== 1)) return false;
  const ids = counting.map((g) => g.id);
  const marks = ids.map(() => "?").join(", ");
  const milestones = yield* rows<{ goalId: string; count: unknown }>(`SELECT "goalId", "count" FROM "GoalMilestone" WHERE "goalId" IN (${marks})`, ...ids);
  const reaches = yield* rows<{ goalId: string; count: unknown; reachedOn: string }>(
    `SELECT "goalId", "count", "reachedOn" FROM "GoalReach" WHERE "goalId" IN (${marks})`,
    ...ids,
  );
  for (const goal of counting) {
    const own = reaches.filter((r) => r.goalId === goal.id);
    if (own.some((r) => r.reachedOn >= added.date)) return false;
    const reached = new Set(own.map((r) => Number(r.count)));
    const thresholds = [Number(goal.target), ...milestones.filter((m) => m.goalId === goal.id).map((m) => Number(m.count))];
    const unreached = thresholds.filter((t) => !reached.has(t));
    if (unreached.some((t) => Number(goal.done) + added.count >= t)) return false;
  }
  yield* run(
    `UPDATE "GoalTotal" SET "done" = "done" + ?, "verified" = "verified" + ? WHERE "goalId" IN (${marks})`,
    added.count,
    added.verified ? added.count : 0,
    ...ids,
  );
  return true;
}
