import "server-only";
import type { CalendarDay } from "../../domain/calendar-day";
import { ForbiddenError, LimitExceededError } from "../../domain/errors";
import { checkDoseLimits, limitWindow, type DoseLimits } from "../../domain/limits";
import { can, type Role } from "../../domain/permissions";
import { int, rows, type SqlBody } from "../../server/sql-steps";
import { COUNTING_SESSION_SQL } from "../sql-fragments";

export function limitsOf(d: { maxPerDay: number | null; maxPer7Days: number | null; minRestDays: number | null; limitsAreHard: boolean }): DoseLimits {
  return { maxPerDay: d.maxPerDay, maxPer7Days: d.maxPer7Days, minRestDays: d.minRestDays, hard: d.limitsAreHard };
}

/**
 * Which of a discipline's limits an entry would break, against the
 * performer's other counting sessions. Runs inside the session writer's
 * transaction, after the production lock: concurrent entries are judged one
 * after another, never against the same stale total.
 */
export function* evaluateDoseLimits(
  where: { productionId: string; performerId: string; disciplineId: string },
  limits: DoseLimits,
  entry: { date: CalendarDay; count: number },
  /** Entries the new one replaces: the one being edited, and the one a correction corrects (at most two). */
  excludeIds: readonly (string | null)[] = [],
): SqlBody<string[]> {
  if (limits.maxPerDay === null && limits.maxPer7Days === null && !limits.minRestDays) return [];
  const { from, to } = limitWindow(entry.date, limits);
  const others = yield* rows<{ date: string; count: unknown }>(
    `SELECT s."date" AS "date", s."count" AS "count" FROM "TrainingSession" s
      WHERE s."productionId" = ? AND s."performerId" = ? AND s."disciplineId" = ? AND s."date" BETWEEN ? AND ?
        AND s."id" <> ? AND s."id" <> ? AND ${COUNTING_SESSION_SQL}`,
    where.productionId,
    where.performerId,
    where.disciplineId,
    from,
    to,
    excludeIds[0] ?? "",
    excludeIds[1] ?? "",
  );
  return checkDoseLimits(limits, entry, others.map((o) => ({ date: o.date, count: int(o.count) }))).map((v) => v.message);
}

/**
 * Soft limits warn; a hard one refuses (422) unless a coordinator overrides it
 * with a reason. Returns the override reason to store, if one was used.
 */
export function enforceHardLimits(role: Role, limits: DoseLimits, violations: string[], overrideReason: string | undefined): string | null {
  if (!violations.length || !limits.hard) return null;
  if (!overrideReason) throw new LimitExceededError(violations);
  if (!can(role, "limits.override")) throw new ForbiddenError("Only a coordinator may override a hard dose limit");
  return overrideReason;
}
