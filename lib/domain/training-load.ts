// Training load: how hard a performer has worked lately against what their
// body has got used to. Pure: the data layer feeds it every session of the
// performer, over all disciplines, since load is carried by one body.
//
// A session's load is its effort rating (RPE, 0-10) times its minutes
// (session-RPE). Daily loads feed two exponentially weighted moving averages
// (Williams et al., BJSM 2017): EWMA_t = λ·load_t + (1 − λ)·EWMA_(t−1), with
// λ = 2 / (N + 1), N = 7 for the acute and 28 for the chronic average. Both
// start from 0 on the day before the first day with a load (day index 0);
// a day without training has load 0. The ratio acute ÷ chronic is null on
// day indexes 0..27 — the first load day and the 27 after it, while the
// chronic average is still mostly its zero start — so the first ratio is on
// the first load day + 28. It is null too while the chronic average is 0.
//
// Figures are left at full precision; whoever shows them rounds.

import { daysBetween, fromEpochDay, toEpochDay, type CalendarDay } from "./calendar-day";

export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;

/** Bands of the ratio. They warn; they never block a session. */
export const LOW_BELOW = 0.8;
export const SWEET_SPOT_UP_TO = 1.3;
export const CAUTION_UP_TO = 1.5;

export type LoadBand = "low" | "sweet-spot" | "caution" | "high";

export interface LoadSession {
  date: CalendarDay;
  rpe: number | null;
  durationMinutes: number | null;
}

export interface LoadDay {
  date: CalendarDay;
  /** The day's summed session loads (0 without one). */
  load: number;
  acute: number;
  chronic: number;
  ratio: number | null;
}

const smoothing = (days: number) => 2 / (days + 1);
const ACUTE_LAMBDA = smoothing(ACUTE_DAYS);
const CHRONIC_LAMBDA = smoothing(CHRONIC_DAYS);

/**
 * RPE × minutes, or null when either is missing. A rating of 0 is a load of
 * 0, not a missing one: the session was rated, so it starts the averages.
 * The session schema bounds both figures; nothing is checked again here.
 */
export function sessionLoad(rpe: number | null, durationMinutes: number | null): number | null {
  if (rpe === null || durationMinutes === null) return null;
  return rpe * durationMinutes;
}

/**
 * One row per day from `from` to `to` (none when `to` is before `from`). The
 * averages run from the first load day even when it is before `from`, so the
 * figures of `from` are those of the whole history; sessions after `to`
 * cannot change them and are left out.
 */
export function dailyLoadSeries(sessions: readonly LoadSession[], from: CalendarDay, to: CalendarDay): LoadDay[] {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  if (end < start) return [];
  const loads = loadsByEpochDay(sessions, end);
  const first = [...loads.keys()].reduce<number | null>((min, day) => (min === null || day < min ? day : min), null);
  const days: LoadDay[] = [];
  for (let day = start; day <= end && (first === null || day < first); day++) {
    days.push({ date: fromEpochDay(day), load: 0, acute: 0, chronic: 0, ratio: null });
  }
  if (first === null) return days;
  let acute = 0;
  let chronic = 0;
  for (let day = first; day <= end; day++) {
    const load = loads.get(day) ?? 0;
    acute = ACUTE_LAMBDA * load + (1 - ACUTE_LAMBDA) * acute;
    chronic = CHRONIC_LAMBDA * load + (1 - CHRONIC_LAMBDA) * chronic;
    if (day >= start) days.push({ date: fromEpochDay(day), load, acute, chronic, ratio: ratioOn(day - first, acute, chronic) });
  }
  return days;
}

/** Summed loads per epoch day up to `end`; sessions without a load are absent. */
function loadsByEpochDay(sessions: readonly LoadSession[], end: number): Map<number, number> {
  const loads = new Map<number, number>();
  for (const session of sessions) {
    const load = sessionLoad(session.rpe, session.durationMinutes);
    const day = toEpochDay(session.date);
    if (load === null || day > end) continue;
    loads.set(day, (loads.get(day) ?? 0) + load);
  }
  return loads;
}

function ratioOn(index: number, acute: number, chronic: number): number | null {
  if (index < CHRONIC_DAYS || chronic === 0) return null;
  return acute / chronic;
}

/** 0.8 and 1.3 are sweet-spot, 1.5 is caution: a band's upper figure belongs to it. */
export function loadBand(ratio: number | null): LoadBand | null {
  if (ratio === null) return null;
  if (ratio < LOW_BELOW) return "low";
  if (ratio <= SWEET_SPOT_UP_TO) return "sweet-spot";
  if (ratio <= CAUTION_UP_TO) return "caution";
  return "high";
}

/**
 * The days in the `window` days before the stunt day, and the stunt day
 * itself, whose ratio is "high". The stunt day counts when it is in `days`:
 * a rehearsal logged on the day is load the performer carries into the stunt.
 */
export function highLoadBefore(days: readonly LoadDay[], stuntDay: CalendarDay, window = 7): LoadDay[] {
  return days.filter((day) => {
    const before = daysBetween(day.date, stuntDay);
    return before >= 0 && before <= window && loadBand(day.ratio) === "high";
  });
}
