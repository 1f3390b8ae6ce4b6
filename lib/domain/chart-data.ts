// Shapes the charts draw, derived from progress results. Pure.

import { fromEpochDay, startOfWeek, toEpochDay, type CalendarDay } from "./calendar-day";
import type { GoalProgress, SeriesPoint } from "./progress";

export interface CumulativeChartPoint {
  day: number; // epoch day, for a numeric time axis
  cumulative?: number;
  projected?: number;
}

/**
 * The running total per day, then a straight projection from asOf to the
 * projected finish (when there is one and the goal is not done yet).
 */
export function cumulativeChartData(progress: GoalProgress, series: readonly SeriesPoint[], asOf: CalendarDay) {
  const points: CumulativeChartPoint[] = series.map((p) => ({ day: toEpochDay(p.date), cumulative: p.cumulative }));
  const showProjection = progress.status !== "done" && progress.projectedFinish !== null && progress.done > 0;
  if (showProjection && progress.projectedFinish) {
    const last = points[points.length - 1];
    if (last) last.projected = progress.done;
    points.push({ day: toEpochDay(progress.projectedFinish), projected: progress.target });
  }
  const days = points.map((p) => p.day);
  const domain: [number, number] = [
    Math.min(toEpochDay(progress.startDate), ...days),
    Math.max(toEpochDay(progress.deadline), toEpochDay(asOf), ...days),
  ];
  return { points, domain, deadlineDay: toEpochDay(progress.deadline) };
}

export interface WeeklyVolume {
  weekStart: CalendarDay;
  count: number;
}

/** Reps per ISO week (Monday start) over the series. */
export function weeklyVolume(series: readonly SeriesPoint[]): WeeklyVolume[] {
  const weeks = new Map<CalendarDay, number>();
  for (const p of series) {
    const week = startOfWeek(p.date);
    weeks.set(week, (weeks.get(week) ?? 0) + p.count);
  }
  return [...weeks.entries()].map(([weekStart, count]) => ({ weekStart, count }));
}

export interface ReadinessPoint {
  date: CalendarDay;
  reps: number;
  readiness?: number;
}

/** Training volume (all goals' reps) and the readiness average, per day over [from, to]. */
export function readinessTrend(
  checkIns: readonly { date: CalendarDay; average: number }[],
  seriesByGoal: readonly (readonly SeriesPoint[])[],
  from: CalendarDay,
  to: CalendarDay,
): ReadinessPoint[] {
  const reps = new Map<CalendarDay, number>();
  for (const series of seriesByGoal) for (const p of series) if (p.date >= from && p.date <= to) reps.set(p.date, (reps.get(p.date) ?? 0) + p.count);
  const readiness = new Map(checkIns.map((c) => [c.date, c.average]));
  const points: ReadinessPoint[] = [];
  for (let day = toEpochDay(from); day <= toEpochDay(to); day++) {
    const date = fromEpochDay(day);
    points.push({ date, reps: reps.get(date) ?? 0, ...(readiness.has(date) ? { readiness: readiness.get(date) } : {}) });
  }
  return points;
}
