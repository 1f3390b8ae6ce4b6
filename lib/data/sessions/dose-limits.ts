import "server-only";
import type { CalendarDay } from "../../domain/calendar-day";
import { LimitExceededError, ForbiddenError } from "../../domain/errors";
import { checkDoseLimits, limitWindow, type DoseLimits } from "../../domain/limits";
import { can, type Role } from "../../domain/permissions";
import { COUNTING_SESSION } from "../sql-fragments";
import type { Tx } from "./transaction";

export function limitsOf(d: { maxPerDay: number | null; maxPer7Days: number | null; minRestDays: number | null; limitsAreHard: boolean }): DoseLimits {
  return { maxPerDay: d.maxPerDay, maxPer7Days: d.maxPer7Days, minRestDays: d.minRestDays, hard: d.limitsAreHard };
}

/**
 * Which of a discipline's limits an entry would break, against the
 * performer's other counting sessions. Runs inside the session writer's
 * transaction, after the production lock: concurrent entries are judged one
 * after another, never against the same stale total.
 */
export async function evaluateDoseLimits(
  tx: Tx,
  where: { productionId: string; performerId: string; disciplineId: string },
  limits: DoseLimits,
  entry: { date: CalendarDay; count: number },
  /** Entries the new one replaces: the entry being edited, or the one a correction corrects. */
  excludeIds: string[] = [],
): Promise<string[]> {
  if (limits.maxPerDay === null && limits.maxPer7Days === null && !limits.minRestDays) return [];
  const { from, to } = limitWindow(entry.date, limits);
  const others = await tx.trainingSession.findMany({
    where: { ...where, id: { notIn: excludeIds }, date: { gte: from, lte: to }, ...COUNTING_SESSION },
    select: { date: true, count: true },
  });
  return checkDoseLimits(limits, entry, others).map((v) => v.message);
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
