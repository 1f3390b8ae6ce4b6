// Dose limits per discipline: how much a body can take. Pure.

import { addDays, daysBetween, type CalendarDay } from "./calendar-day";

export interface DoseLimits {
  maxPerDay: number | null;
  maxPer7Days: number | null;
  minRestDays: number | null;
  hard: boolean;
}

export interface LimitViolation {
  kind: "per_day" | "per_7_days" | "rest";
  message: string;
}

/**
 * What logging `entry` would break, given the performer's other counting
 * sessions of the same discipline. Every rolling 7-day window that contains
 * the new date is checked, since a back-dated entry can overload a later week.
 */
export function checkDoseLimits(
  limits: DoseLimits,
  entry: { date: CalendarDay; count: number },
  others: readonly { date: CalendarDay; count: number }[],
): LimitViolation[] {
  const violations: LimitViolation[] = [];
  if (limits.maxPerDay !== null) {
    const sameDay = others.filter((o) => o.date === entry.date).reduce((sum, o) => sum + o.count, 0) + entry.count;
    if (sameDay > limits.maxPerDay) {
      violations.push({ kind: "per_day", message: `${sameDay} reps on ${entry.date} exceeds the limit of ${limits.maxPerDay} per day` });
    }
  }
  if (limits.maxPer7Days !== null) {
    for (let end = 0; end < 7; end++) {
      const windowEnd = addDays(entry.date, end);
      const windowStart = addDays(windowEnd, -6);
      const total = others.filter((o) => o.date >= windowStart && o.date <= windowEnd).reduce((sum, o) => sum + o.count, 0) + entry.count;
      if (total > limits.maxPer7Days) {
        violations.push({
          kind: "per_7_days",
          message: `${total} reps from ${windowStart} to ${windowEnd} exceeds the limit of ${limits.maxPer7Days} per 7 days`,
        });
        break;
      }
    }
  }
  if (limits.minRestDays !== null && limits.minRestDays > 0) {
    const tooClose = others.find((o) => Math.abs(daysBetween(o.date, entry.date)) < limits.minRestDays!);
    if (tooClose) {
      violations.push({
        kind: "rest",
        message: `A session on ${tooClose.date} is closer than the minimum of ${limits.minRestDays} day(s) between sessions`,
      });
    }
  }
  return violations;
}

/** The days of other sessions that can matter for an entry on `date`. */
export function limitWindow(date: CalendarDay, limits: DoseLimits): { from: CalendarDay; to: CalendarDay } {
  const reach = Math.max(limits.maxPer7Days !== null ? 6 : 0, Math.max(0, (limits.minRestDays ?? 0) - 1));
  return { from: addDays(date, -reach), to: addDays(date, reach) };
}
