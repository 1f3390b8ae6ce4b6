// Progress maths: how far a performer is from a goal, and whether they will
// get there by the deadline. Pure functions over plain data; the data layer
// feeds them SQL aggregates, the pages and charts draw what they return.
//
// Definitions (as of a calendar day `asOf`):
// - done: reps from the goal's start date up to and including asOf, from
//   sessions that are pending or verified (rejected reps never count);
//   verified: the same, verified sessions only.
// - recentPerDay: the counting reps of the 14 days ending on asOf, / 14.
// - projectedFinish: the day the running total first reached the target, or
//   asOf + ceil(remaining / recentPerDay) days; null if recentPerDay is 0.
// - a milestone that also requires freefall (jump disciplines: the USPA B
//   licence is 50 jumps and 30 min) is reached on the later of the day the
//   count was reached and the day the cumulative freefall was; it is
//   projected the same way, freefall at its own recent pace.

import { addDays, daysBetween, type CalendarDay } from "./calendar-day";

export const RECENT_WINDOW_DAYS = 14;

export type GoalStatus = "done" | "no_data" | "on_track" | "behind";

export interface MilestoneDefinition {
  name: string;
  count: number;
  /** Also required: this much cumulative freefall, in minutes (null or absent: none). */
  freefallMinutes?: number | null;
}

export interface GoalDefinition {
  target: number;
  startDate: CalendarDay;
  deadline: CalendarDay;
  milestones?: readonly MilestoneDefinition[];
}

/** The sums progress needs; see `countsFromDailyTotals` and lib/data/progress.ts. */
export interface GoalCounts {
  /** Counting reps (pending + verified) in [startDate, asOf]. */
  done: number;
  /** Verified reps in [startDate, asOf]. */
  verified: number;
  /** Counting reps in [asOf - 13, asOf] and on or after startDate. */
  recent: number;
  /**
   * For each threshold (target and milestone counts) that `done` has reached,
   * the first day on which the running total reached it.
   */
  reachedOn: ReadonlyMap<number, CalendarDay>;
  /** A discipline that records jumps: the same sums over freefall seconds. */
  freefall?: FreefallCounts;
}

/** Freefall seconds of the goal's counting jumps, as `GoalCounts` sums reps. */
export interface FreefallCounts {
  /** In [startDate, asOf]. */
  total: number;
  /** In the 14 days ending on asOf. */
  recent: number;
  /** For each milestone's freefall (in seconds) that `total` has reached, the first day it was. */
  reachedOn: ReadonlyMap<number, CalendarDay>;
}

/** One day's freefall seconds, from the per-jump rows of that day's counting entries. */
export interface DailyFreefall {
  date: CalendarDay;
  seconds: number;
}

export interface MilestoneProgress {
  name: string;
  count: number;
  /** The freefall it also requires, in minutes; null when none. */
  freefallMinutes: number | null;
  /** The day both its count and its freefall were reached. */
  reachedOn: CalendarDay | null;
  projectedOn: CalendarDay | null;
}

export interface GoalProgress {
  target: number;
  done: number;
  verified: number;
  remaining: number;
  percent: number;
  startDate: CalendarDay;
  deadline: CalendarDay;
  daysLeft: number;
  recentPerDay: number;
  requiredPerDay: number | null;
  projectedFinish: CalendarDay | null;
  status: GoalStatus;
  milestones: MilestoneProgress[];
}

/** One day's reps: `count` from counting sessions, `verified` from verified ones. */
export interface DailyTotal {
  date: CalendarDay;
  count: number;
  verified: number;
}

/** Every count a goal's progress must know the reach date of. */
export function goalThresholds(goal: GoalDefinition): number[] {
  const all = [goal.target, ...(goal.milestones ?? []).map((m) => m.count)];
  return [...new Set(all)].sort((a, b) => a - b);
}

/**
 * Reduce per-day totals (any order, any range) to the counts a goal needs.
 * Used for the performer page, where the daily series is loaded anyway, and as
 * the reference the SQL aggregates are tested against.
 */
export function countsFromDailyTotals(
  goal: GoalDefinition,
  days: readonly DailyTotal[],
  asOf: CalendarDay,
): GoalCounts {
  const recentFrom = addDays(asOf, -(RECENT_WINDOW_DAYS - 1));
  const inRange = days
    .filter((d) => d.date >= goal.startDate && d.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const thresholds = goalThresholds(goal);
  const reachedOn = new Map<number, CalendarDay>();
  let done = 0;
  let verified = 0;
  let recent = 0;
  for (const day of inRange) {
    done += day.count;
    verified += day.verified;
    if (day.date >= recentFrom) recent += day.count;
    for (const threshold of thresholds) {
      if (done >= threshold && !reachedOn.has(threshold)) reachedOn.set(threshold, day.date);
    }
  }
  return { done, verified, recent, reachedOn };
}

/** Freefall thresholds of a goal's milestones, in seconds. */
export function freefallThresholds(goal: GoalDefinition): number[] {
  const all = (goal.milestones ?? []).flatMap((m) => (m.freefallMinutes ? [m.freefallMinutes * 60] : []));
  return [...new Set(all)].sort((a, b) => a - b);
}

/** Reduce a goal's per-day freefall (any order) to the sums its milestones need, as of asOf. */
export function freefallCountsFromDaily(goal: GoalDefinition, days: readonly DailyFreefall[], asOf: CalendarDay): FreefallCounts {
  const recentFrom = addDays(asOf, -(RECENT_WINDOW_DAYS - 1));
  const inRange = days.filter((d) => d.date >= goal.startDate && d.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const thresholds = freefallThresholds(goal);
  const reachedOn = new Map<number, CalendarDay>();
  let total = 0;
  let recent = 0;
  for (const day of inRange) {
    total += day.seconds;
    if (day.date >= recentFrom) recent += day.seconds;
    for (const threshold of thresholds) {
      if (total >= threshold && !reachedOn.has(threshold)) reachedOn.set(threshold, day.date);
    }
  }
  return { total, recent, reachedOn };
}

const laterOf = (a: CalendarDay | null, b: CalendarDay | null): CalendarDay | null => (a === null || b === null ? null : a > b ? a : b);

/** A milestone's freefall part: the day it was reached, or when it is projected to be at the recent freefall pace. */
function freefallDay(seconds: number, freefall: FreefallCounts | undefined, asOf: CalendarDay): { reachedOn: CalendarDay | null; projectedOn: CalendarDay | null } {
  const f = freefall ?? { total: 0, recent: 0, reachedOn: new Map<number, CalendarDay>() };
  if (f.total >= seconds) return { reachedOn: f.reachedOn.get(seconds) ?? null, projectedOn: null };
  if (f.recent <= 0) return { reachedOn: null, projectedOn: null };
  return { reachedOn: null, projectedOn: addDays(asOf, Math.ceil(((seconds - f.total) * RECENT_WINDOW_DAYS) / f.recent)) };
}

function milestoneProgress(m: MilestoneDefinition, counts: GoalCounts, recentPerDay: number, asOf: CalendarDay): MilestoneProgress {
  const countReached = counts.done >= m.count ? (counts.reachedOn.get(m.count) ?? null) : null;
  const countProjected = countReached ? null : projectDay(m.count, counts, recentPerDay, asOf);
  const freefallMinutes = m.freefallMinutes ?? null;
  if (!freefallMinutes) return { name: m.name, count: m.count, freefallMinutes, reachedOn: countReached, projectedOn: countProjected };
  const freefall = freefallDay(freefallMinutes * 60, counts.freefall, asOf);
  const reachedOn = laterOf(countReached, freefall.reachedOn);
  // Not reached: it will be once both parts are, each on its own projected (or past) day.
  const projectedOn = reachedOn ? null : laterOf(countReached ?? countProjected, freefall.reachedOn ?? freefall.projectedOn);
  return { name: m.name, count: m.count, freefallMinutes, reachedOn, projectedOn };
}

function roundTo1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The day the running total is projected to reach `count`, at the recent rate. */
function projectDay(
  count: number,
  counts: GoalCounts,
  recentPerDay: number,
  asOf: CalendarDay,
): CalendarDay | null {
  if (counts.done >= count) return counts.reachedOn.get(count) ?? null;
  if (recentPerDay <= 0) return null;
  // ceil(remaining / (recent / 14)) in integers: the float form can land a day
  // late (15 / (15 / 14) is 14.000000000000002 in doubles).
  return addDays(asOf, Math.ceil(((count - counts.done) * RECENT_WINDOW_DAYS) / counts.recent));
}

export function computeGoalProgress(
  goal: GoalDefinition,
  counts: GoalCounts,
  asOf: CalendarDay,
): GoalProgress {
  const { target } = goal;
  const remaining = Math.max(0, target - counts.done);
  const percent = roundTo1((100 * Math.min(counts.done, target)) / target);
  const daysLeft = Math.max(0, daysBetween(asOf, goal.deadline));
  const recentPerDay = counts.recent / RECENT_WINDOW_DAYS;
  const requiredPerDay = remaining === 0 || daysLeft === 0 ? null : remaining / daysLeft;
  const projectedFinish = projectDay(target, counts, recentPerDay, asOf);

  let status: GoalStatus;
  if (remaining === 0) status = "done";
  else if (counts.done === 0) status = "no_data";
  else if (projectedFinish !== null && projectedFinish <= goal.deadline) status = "on_track";
  else status = "behind";

  const milestones = [...(goal.milestones ?? [])]
    .sort((a, b) => a.count - b.count || (a.freefallMinutes ?? 0) - (b.freefallMinutes ?? 0))
    .map((m) => milestoneProgress(m, counts, recentPerDay, asOf));

  return {
    target,
    done: counts.done,
    verified: counts.verified,
    remaining,
    percent,
    startDate: goal.startDate,
    deadline: goal.deadline,
    daysLeft,
    recentPerDay,
    requiredPerDay,
    projectedFinish,
    status,
    milestones,
  };
}

export interface SeriesPoint {
  date: CalendarDay;
  count: number;
  cumulative: number;
}

/** Every day from the goal's start to asOf, with that day's counting reps and the running total. */
export function dailySeries(
  goal: GoalDefinition,
  days: readonly DailyTotal[],
  asOf: CalendarDay,
): SeriesPoint[] {
  const byDate = new Map<CalendarDay, number>();
  for (const d of days) byDate.set(d.date, (byDate.get(d.date) ?? 0) + d.count);
  const points: SeriesPoint[] = [];
  let cumulative = 0;
  const length = daysBetween(goal.startDate, asOf);
  for (let i = 0; i <= length; i++) {
    const date = addDays(goal.startDate, i);
    const count = byDate.get(date) ?? 0;
    cumulative += count;
    points.push({ date, count, cumulative });
  }
  return points;
}

/** Behind-schedule goals first, then the least complete; used by dashboards and alerts. */
const STATUS_URGENCY: Record<GoalStatus, number> = { behind: 0, no_data: 1, on_track: 2, done: 3 };

export function compareByUrgency(a: GoalProgress, b: GoalProgress): number {
  return STATUS_URGENCY[a.status] - STATUS_URGENCY[b.status] || a.percent - b.percent;
}

/**
 * The mean of the goals' percentages: a single readiness figure. A mean of
 * percentages, not of reps, so that 13,000 motorbike jumps do not drown out
 * 100 HALO jumps.
 */
export function overallReadiness(goals: readonly Pick<GoalProgress, "percent">[]): number {
  if (goals.length === 0) return 0;
  return roundTo1(goals.reduce((sum, g) => sum + g.percent, 0) / goals.length);
}

/** A goal's progress as screens and the API show it. */
export interface GoalProgressView extends GoalProgress {
  goalId: string;
  discipline: string;
  unit: string;
  /**
   * A discipline that records jumps: the cumulative freefall of the goal's
   * counting sessions (the same rule as the count) up to asOf, in seconds,
   * from their per-jump rows. Absent for other disciplines.
   */
  freefallSeconds?: number;
}

/** With its per-day series, for a performer's charts. */
export interface GoalProgressWithSeries extends GoalProgressView {
  series: SeriesPoint[];
}
