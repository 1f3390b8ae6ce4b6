import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { addDays, type CalendarDay } from "../domain/calendar-day";
import type { Db } from "../server/db";
import { RECENT_WINDOW_DAYS, type DailyTotal, type GoalCounts } from "../domain/progress";
import { countingJoin } from "./sql-fragments";

// Progress comes from SQL aggregates: the database sums the reps, JS never
// loads sessions one by one. Written in SQL that SQLite (>= 3.25, window
// functions) and PostgreSQL both run; identifiers are quoted because the
// columns are camelCase.

const goalFilter = (productionId: string, performerId?: string) =>
  performerId
    ? Prisma.sql`g."productionId" = ${productionId} AND g."performerId" = ${performerId}`
    : Prisma.sql`g."productionId" = ${productionId}`;

/** done, verified, recent and the reach day of every threshold, per goal of a production (or one performer), as of asOf. */
export async function queryGoalCounts(
  db: Db,
  asOf: CalendarDay,
  productionId: string,
  performerId?: string,
): Promise<Map<string, GoalCounts>> {
  const recentFrom = addDays(asOf, -(RECENT_WINDOW_DAYS - 1));
  const where = goalFilter(productionId, performerId);

  // done and verified come from the running totals (GoalTotal, every counting
  // session of the goal) minus the sessions dated after asOf; recent sums the
  // 14 days ending on asOf. Both read only sessions dated from recentFrom on:
  // as of today that is two weeks of sessions, however long the history. An
  // asOf further back reads more (everything after it), never more than a
  // plain sum over the whole history would.
  const sums = await db.$queryRaw<
    { goalId: string; totalDone: unknown; totalVerified: unknown; laterDone: unknown; laterVerified: unknown; recent: unknown }[]
  >`
    SELECT g."id" AS "goalId",
           COALESCE(MAX(t."done"), 0) AS "totalDone",
           COALESCE(MAX(t."verified"), 0) AS "totalVerified",
           COALESCE(SUM(CASE WHEN s."date" > ${asOf} THEN s."count" ELSE 0 END), 0) AS "laterDone",
           COALESCE(SUM(CASE WHEN s."date" > ${asOf} AND s."status" = 'verified' THEN s."count" ELSE 0 END), 0) AS "laterVerified",
           COALESCE(SUM(CASE WHEN s."date" <= ${asOf} THEN s."count" ELSE 0 END), 0) AS "recent"
      FROM "Goal" g
      LEFT JOIN "GoalTotal" t ON t."goalId" = g."id"
      LEFT JOIN ${countingJoin(undefined, recentFrom)}
     WHERE ${where}
     GROUP BY g."id"`;

  // The first day the running total reached each threshold, from the
  // GoalReach table (kept current on every write, see goal-reaches.ts): a
  // threshold is reached as of asOf iff its first day is on or before asOf.
  const reached = await db.$queryRaw<{ goalId: string; count: unknown; reachedOn: string }[]>`
    SELECT r."goalId" AS "goalId", r."count" AS "count", r."reachedOn" AS "reachedOn"
      FROM "GoalReach" r
      JOIN "Goal" g ON g."id" = r."goalId"
     WHERE ${where} AND r."reachedOn" <= ${asOf}`;

  const counts = new Map<string, GoalCounts>();
  for (const row of sums) {
    counts.set(row.goalId, {
      done: Number(row.totalDone) - Number(row.laterDone),
      verified: Number(row.totalVerified) - Number(row.laterVerified),
      recent: Number(row.recent),
      reachedOn: new Map(),
    });
  }
  for (const row of reached) {
    (counts.get(row.goalId)?.reachedOn as Map<number, CalendarDay> | undefined)?.set(Number(row.count), row.reachedOn);
  }
  return counts;
}

/** Per goal of one performer, the counting and verified reps of each day with any (for charts). */
export async function queryDailyTotals(
  db: Db,
  asOf: CalendarDay,
  productionId: string,
  performerId: string,
): Promise<Map<string, DailyTotal[]>> {
  const rows = await db.$queryRaw<{ goalId: string; date: string; count: unknown; verified: unknown }[]>`
    SELECT g."id" AS "goalId", s."date" AS "date",
           SUM(s."count") AS "count",
           SUM(CASE WHEN s."status" = 'verified' THEN s."count" ELSE 0 END) AS "verified"
      FROM "Goal" g
      JOIN ${countingJoin(asOf)}
     WHERE ${goalFilter(productionId, performerId)}
     GROUP BY g."id", s."date"
     ORDER BY g."id", s."date"`;
  const byGoal = new Map<string, DailyTotal[]>();
  for (const row of rows) {
    const list = byGoal.get(row.goalId) ?? [];
    list.push({ date: row.date, count: Number(row.count), verified: Number(row.verified) });
    byGoal.set(row.goalId, list);
  }
  return byGoal;
}

/**
 * Counting reps per goal in each of the `weeks` 7-day windows ending on asOf
 * (oldest first), for the dashboard's sparklines. The windows are passed as
 * day bounds so that SQLite and PostgreSQL bucket the same way.
 */
export async function queryWeeklyTotals(
  db: Db,
  asOf: CalendarDay,
  productionId: string,
  weeks: number,
): Promise<Map<string, number[]>> {
  const from = addDays(asOf, -(7 * weeks - 1));
  // bucket = number of whole windows between the session and asOf, 0 = the latest.
  const bucket = Prisma.join(
    Array.from({ length: weeks - 1 }, (_, i) => Prisma.sql`WHEN s."date" >= ${addDays(asOf, -(7 * (i + 1) - 1))} THEN ${i}`),
    " ",
  );
  // GROUP BY position, not expression: PostgreSQL would take the CASE's bound
  // parameters in GROUP BY for new expressions, unrelated to the SELECT's.
  const rows = await db.$queryRaw<{ goalId: string; bucket: unknown; total: unknown }[]>`
    SELECT g."id" AS "goalId",
           CASE ${bucket} ELSE ${weeks - 1} END AS "bucket",
           SUM(s."count") AS "total"
      FROM "Goal" g
      JOIN ${countingJoin(asOf, from)}
     WHERE g."productionId" = ${productionId}
     GROUP BY 1, 2`;
  const result = new Map<string, number[]>();
  for (const row of rows) {
    const list = result.get(row.goalId) ?? new Array<number>(weeks).fill(0);
    list[weeks - 1 - Number(row.bucket)] = Number(row.total);
    result.set(row.goalId, list);
  }
  return result;
}
