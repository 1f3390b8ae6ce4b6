// What each chart says in words: a chart is one image to a screen reader
// (role="img"), named by these summaries. Pure.

import { formatDay, fromEpochDay } from "./calendar-day";
import type { CumulativeChartPoint, ReadinessPoint, WeeklyVolume } from "./chart-data";
import { formatCount } from "./format";

const plural = (n: number, unit: string) => `${formatCount(n)} ${unit}${n === 1 ? "" : "s"}`;

/** The running total so far, where the projection ends, and the deadline. */
export function cumulativeChartSummary(title: string, points: readonly CumulativeChartPoint[], target: number, deadlineDay: number, unit: string): string {
  const done = points.filter((p) => p.cumulative !== undefined).at(-1);
  const projected = points.at(-1)?.projected === target && points.length > 1 ? points.at(-1) : undefined;
  const parts = [
    title,
    done ? `${plural(done.cumulative!, unit)} done by ${formatDay(fromEpochDay(done.day))}` : `no ${unit}s yet`,
    ...(projected ? [`projected to reach ${formatCount(target)} on ${formatDay(fromEpochDay(projected.day))}`] : []),
    `deadline ${formatDay(fromEpochDay(deadlineDay))}`,
  ];
  return `${parts.join("; ")}.`;
}

/** How many weeks, the busiest, and the latest. */
export function weeklyVolumeSummary(title: string, weeks: readonly WeeklyVolume[], unit: string): string {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return `${title}: no weeks yet.`;
  const busiest = weeks.reduce((top, w) => (w.count > top.count ? w : top), first);
  return (
    `${title}, ${plural(weeks.length, "week")} from ${formatDay(first.weekStart)}; ` +
    `the most ${plural(busiest.count, unit)} in the week of ${formatDay(busiest.weekStart)}; ` +
    `the latest week ${plural(last.count, unit)}.`
  );
}

/** Check-ins over the window, the latest and the average, next to the reps trained. */
export function readinessSummary(title: string, points: readonly ReadinessPoint[]): string {
  const checkIns = points.filter((p) => p.readiness !== undefined);
  const latest = checkIns.at(-1);
  const reps = points.reduce((sum, p) => sum + p.reps, 0);
  const trained = points.filter((p) => p.reps > 0).length;
  const readiness = latest
    ? `${plural(checkIns.length, "check-in")}, the latest ${latest.readiness!.toFixed(1)} on ${formatDay(latest.date)}, ` +
      `averaging ${(checkIns.reduce((sum, p) => sum + p.readiness!, 0) / checkIns.length).toFixed(1)}`
    : "no check-ins";
  return `${title}: ${readiness}; ${plural(reps, "rep")} over ${plural(trained, "training day")}.`;
}
