// SQL shared by the progress queries and the goal-reach upkeep. No
// "server-only" marker: the seed scripts (plain Node) write reach days too.

import { Prisma } from "@/generated/prisma/client";
import type { CalendarDay } from "../domain/calendar-day";

const SAME_GOAL = `s."productionId" = g."productionId" AND s."performerId" = g."performerId" AND s."disciplineId" = g."disciplineId"`;
const COUNTS = `(s."status" = 'verified' OR (s."status" = 'pending' AND s."correctsId" IS NULL))`;

/** The join over a goal's whole history, as plain SQL (the session writer's upkeep of totals). */
export const COUNTING_JOIN_SQL = `"TrainingSession" s ON ${SAME_GOAL} AND s."date" >= g."startDate" AND ${COUNTS}`;

/**
 * Sessions that count toward a goal: same performer and discipline, from its
 * start (to asOf when given), verified or pending. Never rejected or
 * superseded; and a correction counts only once verified, since until then
 * the entry it corrects still does (the two must never count together).
 *
 * `from` narrows the start to a later day. It is folded into one lower bound
 * (the later of the two) rather than added as a second condition: given two,
 * SQLite ranges the index on one of them, the goal's start, and reads the
 * whole year instead of the last two weeks (200 ms instead of 24 at 10 M reps).
 */
export const countingJoin = (asOf?: CalendarDay, from?: CalendarDay) => Prisma.sql`
  "TrainingSession" s
    ON ${Prisma.raw(SAME_GOAL)}
   AND s."date" >= ${from ? Prisma.sql`CASE WHEN g."startDate" > ${from} THEN g."startDate" ELSE ${from} END` : Prisma.sql`g."startDate"`}
   ${asOf ? Prisma.sql`AND s."date" <= ${asOf}` : Prisma.empty}
   AND ${Prisma.raw(COUNTS)}`;

/**
 * The same join as plain SQL with `?` placeholders, for queries on the driver
 * (lib/server/sql-steps.ts); the parameters come back in placeholder order.
 */
export function countingJoinSql(asOf?: CalendarDay, from?: CalendarDay): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  let start = `g."startDate"`;
  if (from) {
    start = `CASE WHEN g."startDate" > ? THEN g."startDate" ELSE ? END`;
    params.push(from, from);
  }
  let sql = `"TrainingSession" s ON ${SAME_GOAL} AND s."date" >= ${start}`;
  if (asOf) {
    sql += ` AND s."date" <= ?`;
    params.push(asOf);
  }
  return { sql: `${sql} AND ${COUNTS}`, params };
}

/** The counting rule alone, for SQL over "TrainingSession" s (dose limits, a stunt's preparation). */
export const COUNTING_SESSION_SQL = COUNTS;

/** A boolean column read by a raw query: SQLite returns 0 or 1, PostgreSQL true or false. */
export function sqlBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number" || typeof value === "bigint") return Number(value) !== 0;
  throw new Error(`Expected a boolean column, got ${JSON.stringify(value)}`);
}
