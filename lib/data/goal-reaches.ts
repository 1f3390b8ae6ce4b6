import { Prisma } from "@/generated/prisma/client";
import type { Db } from "../server/db-client";
import { countingJoin } from "./sql-fragments";

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
// start, must call refreshGoalReaches in the same transaction, after taking
// the production's lock (lockProduction): two refreshes of the same goals at
// once on PostgreSQL would each delete, then insert rows the other also
// inserts. Session writes do both in lib/data/sessions/transaction.ts. Not marked
// server-only: the demo seed (a plain Node script) calls it too.

type SqlClient = Pick<Db, "$executeRaw">;

export interface ReachScope {
  productionId: string;
  performerId?: string;
  disciplineId?: string;
}

function scopeFilter(scope: ReachScope) {
  return Prisma.sql`g."productionId" = ${scope.productionId}
    ${scope.performerId ? Prisma.sql`AND g."performerId" = ${scope.performerId}` : Prisma.empty}
    ${scope.disciplineId ? Prisma.sql`AND g."disciplineId" = ${scope.disciplineId}` : Prisma.empty}`;
}

/** Recompute the reach days and running totals of every goal in scope. */
export async function refreshGoalReaches(db: SqlClient, scope: ReachScope): Promise<void> {
  const where = scopeFilter(scope);
  await db.$executeRaw`
    DELETE FROM "GoalTotal" WHERE "goalId" IN (SELECT g."id" FROM "Goal" g WHERE ${where})`;
  await db.$executeRaw`
    INSERT INTO "GoalTotal" ("goalId", "done", "verified")
    SELECT g."id",
           COALESCE(SUM(s."count"), 0),
           COALESCE(SUM(CASE WHEN s."status" = 'verified' THEN s."count" ELSE 0 END), 0)
      FROM "Goal" g
      LEFT JOIN ${countingJoin()}
     WHERE ${where}
     GROUP BY g."id"`;
  await db.$executeRaw`
    DELETE FROM "GoalReach" WHERE "goalId" IN (SELECT g."id" FROM "Goal" g WHERE ${where})`;
  await db.$executeRaw`
    INSERT INTO "GoalReach" ("goalId", "count", "reachedOn")
    WITH daily AS (
      SELECT g."id" AS "goalId", s."date" AS "date",
             SUM(SUM(s."count")) OVER (PARTITION BY g."id" ORDER BY s."date") AS "cumulative"
        FROM "Goal" g
        JOIN ${countingJoin()}
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
     GROUP BY t."goalId", t."count"`;
}
