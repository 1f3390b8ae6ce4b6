import "server-only";
import { addDays, type CalendarDay } from "../domain/calendar-day";
import { RECENT_WINDOW_DAYS, type DailyFreefall, type DailyTotal, type GoalCounts, type MilestoneDefinition } from "../domain/progress";
import { bool, int, rows, type SqlBody } from "../server/sql-steps";
import { getSqlWriter } from "../server/sql-writer";
import { countingJoinSql } from "./sql-fragments";

// Progress comes from SQL aggregates: the database sums the reps, JS never
// loads sessions one by one. Written in SQL that SQLite (>= 3.25, window
// functions) and PostgreSQL both run; identifiers are quoted because the
// columns are camelCase. Run on the driver (lib/server/sql-writer.ts): every
// dashboard, wall screen and progress request reads through here, and
// Prisma's per-query cost was most of their data time (docs/decisions/0002).

/** The active goals of a production or one performer: archived goals are on no progress view. */
function goalFilter(productionId: string, performerId?: string): { where: string; params: unknown[] } {
  return performerId
    ? { where: `g."productionId" = ? AND g."performerId" = ? AND g."archivedAt" IS NULL`, params: [productionId, performerId] }
    : { where: `g."productionId" = ? AND g."archivedAt" IS NULL`, params: [productionId] };
}

const read = <T>(body: () => SqlBody<T>) => getSqlWriter().read(body);

/** done, verified, recent and the reach day of every threshold, per goal of a production (or one performer), as of asOf. */
export async function queryGoalCounts(asOf: CalendarDay, productionId: string, performerId?: string): Promise<Map<string, GoalCounts>> {
  const recentFrom = addDays(asOf, -(RECENT_WINDOW_DAYS - 1));
  const { where, params } = goalFilter(productionId, performerId);
  const join = countingJoinSql(undefined, recentFrom);

  return read(function* () {
    // done and verified come from the running totals (GoalTotal, every counting
    // session of the goal) minus the sessions dated after asOf; recent sums the
    // 14 days ending on asOf. Both read only sessions dated from recentFrom on:
    // as of today that is two weeks of sessions, however long the history. An
    // asOf further back reads more (everything after it), never more than a
    // plain sum over the whole history would.
    const sums = yield* rows<{ goalId: string; totalDone: unknown; totalVerified: unknown; laterDone: unknown; laterVerified: unknown; recent: unknown }>(
      `SELECT g."id" AS "goalId",
              COALESCE(MAX(t."done"), 0) AS "totalDone",
              COALESCE(MAX(t."verified"), 0) AS "totalVerified",
              COALESCE(SUM(CASE WHEN s."date" > ? THEN s."count" ELSE 0 END), 0) AS "laterDone",
              COALESCE(SUM(CASE WHEN s."date" > ? AND s."status" = 'verified' THEN s."count" ELSE 0 END), 0) AS "laterVerified",
              COALESCE(SUM(CASE WHEN s."date" <= ? THEN s."count" ELSE 0 END), 0) AS "recent"
         FROM "Goal" g
         LEFT JOIN "GoalTotal" t ON t."goalId" = g."id"
         LEFT JOIN ${join.sql}
        WHERE ${where}
        GROUP BY g."id"`,
      asOf,
      asOf,
      asOf,
      ...join.params,
      ...params,
    );
    // The first day the running total reached each threshold, from the
    // GoalReach table (kept current on every write, see goal-reaches.ts): a
    // threshold is reached as of asOf iff its first day is on or before asOf.
    const reached = yield* rows<{ goalId: string; count: unknown; reachedOn: string }>(
      `SELECT r."goalId" AS "goalId", r."count" AS "count", r."reachedOn" AS "reachedOn"
         FROM "GoalReach" r
         JOIN "Goal" g ON g."id" = r."goalId"
        WHERE ${where} AND r."reachedOn" <= ?`,
      ...params,
      asOf,
    );
    const counts = new Map<string, GoalCounts>();
    for (const row of sums) {
      counts.set(row.goalId, {
        done: int(row.totalDone) - int(row.laterDone),
        verified: int(row.totalVerified) - int(row.laterVerified),
        recent: int(row.recent),
        reachedOn: new Map(),
      });
    }
    for (const row of reached) {
      (counts.get(row.goalId)?.reachedOn as Map<number, CalendarDay> | undefined)?.set(int(row.count), row.reachedOn);
    }
    return counts;
  });
}

/** Per goal of one performer, the counting and verified reps of each day with any (for charts). */
export async function queryDailyTotals(asOf: CalendarDay, productionId: string, performerId: string): Promise<Map<string, DailyTotal[]>> {
  const join = countingJoinSql(asOf);
  const { where, params } = goalFilter(productionId, performerId);
  const found = await read(() =>
    rows<{ goalId: string; date: string; count: unknown; verified: unknown }>(
      `SELECT g."id" AS "goalId", s."date" AS "date",
              SUM(s."count") AS "count",
              SUM(CASE WHEN s."status" = 'verified' THEN s."count" ELSE 0 END) AS "verified"
         FROM "Goal" g
         JOIN ${join.sql}
        WHERE ${where}
        GROUP BY g."id", s."date"
        ORDER BY g."id", s."date"`,
      ...join.params,
      ...params,
    ),
  );
  const byGoal = new Map<string, DailyTotal[]>();
  for (const row of found) {
    const list = byGoal.get(row.goalId) ?? [];
    list.push({ date: row.date, count: int(row.count), verified: int(row.verified) });
    byGoal.set(row.goalId, list);
  }
  return byGoal;
}

/**
 * Counting reps per goal in each of the `weeks` 7-day windows ending on asOf
 * (oldest first), for the dashboard's sparklines. The windows are passed as
 * day bounds so that SQLite and PostgreSQL bucket the same way.
 */
export async function queryWeeklyTotals(asOf: CalendarDay, productionId: string, weeks: number): Promise<Map<string, number[]>> {
  const from = addDays(asOf, -(7 * weeks - 1));
  // bucket = number of whole windows between the session and asOf, 0 = the latest.
  const bounds = Array.from({ length: weeks - 1 }, (_, i) => addDays(asOf, -(7 * (i + 1) - 1)));
  const bucket = bounds.map((_, i) => `WHEN s."date" >= ? THEN ${i}`).join(" ");
  const join = countingJoinSql(asOf, from);
  // GROUP BY position, not expression: PostgreSQL would take the CASE's bound
  // parameters in GROUP BY for new expressions, unrelated to the SELECT's.
  const found = await read(() =>
    rows<{ goalId: string; bucket: unknown; total: unknown }>(
      `SELECT g."id" AS "goalId",
              CASE ${bucket} ELSE ${weeks - 1} END AS "bucket",
              SUM(s."count") AS "total"
         FROM "Goal" g
         JOIN ${join.sql}
        WHERE g."productionId" = ? AND g."archivedAt" IS NULL
        GROUP BY 1, 2`,
      ...bounds,
      ...join.params,
      productionId,
    ),
  );
  const result = new Map<string, number[]>();
  for (const row of found) {
    const list = result.get(row.goalId) ?? new Array<number>(weeks).fill(0);
    list[weeks - 1 - int(row.bucket)] = int(row.total);
    result.set(row.goalId, list);
  }
  return result;
}

/**
 * Freefall seconds per day, per goal of a discipline that records jumps, as
 * of asOf: the per-jump rows of the sessions that count toward the goal (the
 * counting rule of sql-fragments.ts: never rejected, superseded or a pending
 * correction). Days without any freefall are absent. A jump logbook has at
 * most a few hundred jump days a year, so this stays small.
 */
export async function queryDailyFreefall(asOf: CalendarDay, productionId: string, performerId?: string): Promise<Map<string, DailyFreefall[]>> {
  const join = countingJoinSql(asOf);
  const { where, params } = goalFilter(productionId, performerId);
  const found = await read(() =>
    rows<{ goalId: string; date: string; seconds: unknown }>(
      `SELECT g."id" AS "goalId", s."date" AS "date", SUM(j."freefallSeconds") AS "seconds"
         FROM "Goal" g
         JOIN "Discipline" d ON d."id" = g."disciplineId" AND d."recordsJumps" = ?
         JOIN ${join.sql}
         JOIN "Jump" j ON j."sessionId" = s."id"
        WHERE ${where} AND j."freefallSeconds" IS NOT NULL
        GROUP BY g."id", s."date"`,
      true,
      ...join.params,
      ...params,
    ),
  );
  const byGoal = new Map<string, DailyFreefall[]>();
  for (const row of found) {
    const list = byGoal.get(row.goalId) ?? [];
    list.push({ date: row.date, seconds: int(row.seconds) });
    byGoal.set(row.goalId, list);
  }
  return byGoal;
}

export interface GoalDefinitionRow {
  id: string;
  performerId: string;
  target: number;
  startDate: CalendarDay;
  deadline: CalendarDay;
  discipline: { name: string; unit: string; recordsJumps: boolean };
  milestones: MilestoneDefinition[];
}

/** The goals of a production (or one performer) with their discipline and milestones, in the order screens list them. */
export async function queryGoals(productionId: string, performerId?: string): Promise<GoalDefinitionRow[]> {
  const { where, params } = goalFilter(productionId, performerId);
  return read(function* () {
    const goals = yield* rows<{ id: string; performerId: string; target: unknown; startDate: string; deadline: string; name: string; unit: string; recordsJumps: unknown }>(
      `SELECT g."id" AS "id", g."performerId" AS "performerId", g."target" AS "target", g."startDate" AS "startDate",
              g."deadline" AS "deadline", d."name" AS "name", d."unit" AS "unit", d."recordsJumps" AS "recordsJumps"
         FROM "Goal" g JOIN "Discipline" d ON d."id" = g."disciplineId"
        WHERE ${where}
        ORDER BY d."createdAt", g."createdAt", g."id"`,
      ...params,
    );
    const milestones = yield* rows<{ goalId: string; name: string; count: unknown; freefallMinutes: unknown }>(
      `SELECT m."goalId" AS "goalId", m."name" AS "name", m."count" AS "count", m."freefallMinutes" AS "freefallMinutes"
         FROM "GoalMilestone" m JOIN "Goal" g ON g."id" = m."goalId"
        WHERE ${where}
        ORDER BY m."count", m."id"`,
      ...params,
    );
    const byGoal = new Map<string, MilestoneDefinition[]>();
    for (const m of milestones) {
      const list = byGoal.get(m.goalId) ?? [];
      list.push({ name: m.name, count: int(m.count), freefallMinutes: m.freefallMinutes === null || m.freefallMinutes === undefined ? null : int(m.freefallMinutes) });
      byGoal.set(m.goalId, list);
    }
    return goals.map((g) => ({
      id: g.id,
      performerId: g.performerId,
      target: int(g.target),
      startDate: g.startDate,
      deadline: g.deadline,
      discipline: { name: g.name, unit: g.unit, recordsJumps: bool(g.recordsJumps) },
      milestones: byGoal.get(g.id) ?? [],
    }));
  });
}

/** Members who train (performers, and coordinators who also perform), by name. */
export async function queryPerformers(productionId: string): Promise<{ id: string; name: string }[]> {
  return read(() =>
    rows<{ id: string; name: string }>(
      `SELECT u."id" AS "id", u."name" AS "name"
         FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
        WHERE m."productionId" = ? AND (m."role" = 'performer' OR m."performs" = ?)
        ORDER BY u."name", u."id"`,
      productionId,
      true,
    ),
  );
}
