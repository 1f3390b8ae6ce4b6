import "server-only";
import type { CalendarDay } from "../domain/calendar-day";
import { ForbiddenError } from "../domain/errors";
import { canViewPerformer } from "../domain/permissions";
import type { ProductionScope } from "../domain/scope";
import { dailyLoadSeries, loadBand, type LoadDay, type LoadSession } from "../domain/training-load";
import type { LoadDayView } from "../domain/training-load-view";
import { parseOrThrow } from "../schemas/parse";
import { loadRangeSchema } from "../schemas/training-load";
import { getDb } from "../server/db";
import { int, rows } from "../server/sql-steps";
import { getSqlWriter } from "../server/sql-writer";
import { findPerformer } from "./access";
import { COUNTING_SESSION_SQL } from "./sql-fragments";

// A performer's training load (session-RPE and the acute:chronic ratio,
// lib/domain/training-load.ts), over every discipline: one body carries it.
// The sessions are those that count toward progress (never rejected,
// superseded or a pending correction, whose original still counts), so a
// corrected entry is never counted twice.

/**
 * Every day from `from` to `to` at full precision, for whoever checks its own
 * permission first (go / no-go). Reads the performer's rated sessions up to
 * `to`, from the first: the averages start on the first day with a load.
 */
export async function performerLoad(productionId: string, performerId: string, from: CalendarDay, to: CalendarDay): Promise<LoadDay[]> {
  await getDb(); // migrated before anything reads
  const sessions = await getSqlWriter().read(() =>
    rows<{ date: string; rpe: unknown; durationMinutes: unknown }>(
      `SELECT s."date" AS "date", s."rpe" AS "rpe", s."durationMinutes" AS "durationMinutes"
         FROM "TrainingSession" s
        WHERE s."productionId" = ? AND s."performerId" = ? AND s."date" <= ?
          AND s."rpe" IS NOT NULL AND s."durationMinutes" IS NOT NULL AND ${COUNTING_SESSION_SQL}`,
      productionId,
      performerId,
      to,
    ),
  );
  const loadSessions: LoadSession[] = sessions.map((s) => ({ date: s.date, rpe: int(s.rpe), durationMinutes: int(s.durationMinutes) }));
  return dailyLoadSeries(loadSessions, from, to);
}

const twoDecimals = (x: number) => Math.round(x * 100) / 100;

/** A day as the API and the page show it: the averages and the ratio to 2 decimals, the band judged before rounding. */
export function toLoadDayView(day: LoadDay): LoadDayView {
  return {
    date: day.date,
    // RPE and minutes are whole numbers: so is the load; rounding only guards the sum's type.
    load: Math.round(day.load),
    acute: twoDecimals(day.acute),
    chronic: twoDecimals(day.chronic),
    ratio: day.ratio === null ? null : twoDecimals(day.ratio),
    band: loadBand(day.ratio),
  };
}

/**
 * `?from=&to=` (the last 42 days to today by default, at most 366 days): one
 * row per day. Who may see the performer's page may see it.
 */
export async function getPerformerLoad(scope: ProductionScope, performerId: string, query: unknown = {}) {
  const productionId = scope.production.id;
  const performer = await findPerformer(await getDb(), productionId, performerId);
  if (!canViewPerformer(scope.role, scope.actor.userId, performerId)) throw new ForbiddenError("Performers see their own training load only");
  const { from, to } = parseOrThrow(loadRangeSchema(scope.today), query ?? {});
  const days = await performerLoad(productionId, performerId, from, to);
  return { performerId: performer.id, from, to, days: days.map(toLoadDayView) };
}
