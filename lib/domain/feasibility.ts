// Feasibility of a goal: can the reps that remain be done by the deadline
// without breaking a hard dose limit, and if not, why and by how much? Pure.
//
// As of `asOf`, what is logged is what is done: training days start on
// asOf + 1. Only hard limits are given (a soft limit warns, it never stops a
// session), with the meanings of limits.ts: at most maxPerDay reps a day, at
// most maxPer7Days in any 7 consecutive days (reps logged on asOf - 5..asOf
// count), and session dates at least minRestDays apart (1: one session day a
// day, 2: a rest day between), counting from the last session logged on or
// before asOf. Sessions logged after asOf are left out: they are not part of
// what was done as of asOf. Unavailable days have no session.
//
// earliestFinish is the first day the target can be reached within the
// limits. Taking as much as the limits allow on every allowed day is not
// always the earliest: when the 7-day window allows only a little, a session
// then holds the next minRestDays - 1 days, which might have taken a full
// session once older reps left the window (99 reps 5 days ago, 100 per 7
// days, 3 days' rest: 1 tomorrow then 99 three days later, or all 100 the
// day after tomorrow). So the simulation keeps both "train" and "wait" at
// those days, and drops the plans another plan beats on every count.
// Everywhere else taking the most is the earliest: a later session could
// always be moved to that day.

import { formatDay, fromEpochDay, toEpochDay, type CalendarDay } from "./calendar-day";

export interface HardLimits {
  maxPerDay: number | null;
  maxPer7Days: number | null;
  minRestDays: number | null;
}

export interface FeasibilityInput {
  asOf: CalendarDay;
  remaining: number;
  deadline: CalendarDay;
  limits: HardLimits;
  /** Sessions already logged in the discipline (several on a day may be given apart). */
  logged: readonly { date: CalendarDay; count: number }[];
  /** Inclusive spans of days without training. */
  unavailable: readonly { from: CalendarDay; to: CalendarDay }[];
}

export interface Feasibility {
  feasible: boolean;
  /** null when nothing remains, or when the limits never let the target be reached. */
  earliestFinish: CalendarDay | null;
  /** ⌈remaining ÷ sessionsNeeded⌉; null when reps remain but no session day is left. */
  evenDailyCount: number | null;
  /** Session days from asOf + 1 to the deadline, spaced as tightly as the rest allows. */
  sessionsNeeded: number;
  /** Why not, with figures; null when feasible. */
  reason: string | null;
}

/** How far ahead earliestFinish is looked for, beyond the deadline. */
export const HORIZON_DAYS = 3653;

interface Plan {
  first: number;
  perDay: number;
  per7Days: number;
  rest: number;
  lastSession: number | null;
  /** Reps on the 6 days before `first`, oldest first. */
  recent: number[];
  unavailable: { from: number; to: number }[];
}

/** One way of training so far: what is left, when the next session may be, the reps of the last 6 days. */
interface State {
  left: number;
  readyOn: number;
  recent: number[];
}

/** `feasible` is earliestFinish on or before the deadline, so the verdict and the simulation never disagree. */
export function goalFeasibility(input: FeasibilityInput): Feasibility {
  if (input.remaining <= 0) return { feasible: true, earliestFinish: null, evenDailyCount: 0, sessionsNeeded: 0, reason: null };
  const plan = toPlan(input);
  const deadline = toEpochDay(input.deadline);
  const sessionsNeeded = countSessionDays(plan, deadline);
  const evenDailyCount = sessionsNeeded === 0 ? null : Math.ceil(input.remaining / sessionsNeeded);
  const horizon = Math.max(deadline, plan.first + HORIZON_DAYS - 1);
  const finish = zeroLimit(plan) ? null : simulate(plan, input.remaining, horizon).finish;
  const earliestFinish = finish === null ? null : fromEpochDay(finish);
  if (finish !== null && finish <= deadline) return { feasible: true, earliestFinish, evenDailyCount, sessionsNeeded, reason: null };
  const why = cause(plan, input, deadline, sessionsNeeded, evenDailyCount, horizon);
  return { feasible: false, earliestFinish, evenDailyCount, sessionsNeeded, reason: `${why}; ${shortfall(plan, finish, deadline, horizon)}` };
}

function toPlan(input: FeasibilityInput): Plan {
  const asOf = toEpochDay(input.asOf);
  const logged = input.logged.map((l) => ({ day: toEpochDay(l.date), count: l.count })).filter((l) => l.day <= asOf);
  const recent = [5, 4, 3, 2, 1, 0].map((back) => logged.filter((l) => l.day === asOf - back).reduce((sum, l) => sum + l.count, 0));
  return {
    first: asOf + 1,
    perDay: input.limits.maxPerDay ?? Infinity,
    per7Days: input.limits.maxPer7Days ?? Infinity,
    rest: Math.max(1, input.limits.minRestDays ?? 1),
    lastSession: logged.reduce<number | null>((last, l) => (last === null || l.day > last ? l.day : last), null),
    recent,
    unavailable: input.unavailable.map((u) => ({ from: toEpochDay(u.from), to: toEpochDay(u.to) })),
  };
}

const zeroLimit = (plan: Plan) => plan.perDay <= 0 || plan.per7Days <= 0;
const isAvailable = (plan: Plan, day: number) => !plan.unavailable.some((u) => day >= u.from && day <= u.to);
const initialReadyOn = (plan: Plan) => (plan.lastSession === null ? -Infinity : plan.lastSession + plan.rest);

function countSessionDays(plan: Plan, lastDay: number): number {
  let readyOn = initialReadyOn(plan);
  let count = 0;
  for (let day = plan.first; day <= lastDay; day++) {
    if (day < readyOn || !isAvailable(plan, day)) continue;
    count++;
    readyOn = day + plan.rest;
  }
  return count;
}

/** The first day `remaining` can be done by, up to `lastDay`, and the most that can be done by `lastDay`. */
function simulate(plan: Plan, remaining: number, lastDay: number): { finish: number | null; done: number } {
  let front: State[] = [{ left: remaining, readyOn: initialReadyOn(plan), recent: plan.recent }];
  for (let day = plan.first; day <= lastDay; day++) {
    front = paretoFront(front.flatMap((state) => successors(plan, state, day)), day + 1);
    if (front.some((state) => state.left <= 0)) return { finish: day, done: remaining };
  }
  return { finish: null, done: remaining - Math.min(...front.map((state) => state.left)) };
}

function successors(plan: Plan, state: State, day: number): State[] {
  const idle = { left: state.left, readyOn: state.readyOn, recent: [...state.recent.slice(1), 0] };
  if (day < state.readyOn || !isAvailable(plan, day)) return [idle];
  const full = Math.min(plan.perDay, state.left);
  const take = Math.min(full, plan.per7Days - sum(state.recent));
  if (take <= 0) return [idle];
  const trained = { left: state.left - take, readyOn: day + plan.rest, recent: [...state.recent.slice(1), take] };
  // Only a session the 7-day window cut short, held by rest, can be worth waiting out.
  return take < full && plan.rest > 1 ? [trained, idle] : [trained];
}

/** The states no other state beats on what is left, on when it may train next and on the reps that will stay in the window. */
function paretoFront(states: State[], nextDay: number): State[] {
  if (states.length === 1) return states;
  const kept: State[] = [];
  states.forEach((state, i) => {
    const beaten = states.some((other, j) => j !== i && dominates(other, state, nextDay) && (j < i || !dominates(state, other, nextDay)));
    if (!beaten) kept.push(state);
  });
  return kept;
}

function dominates(a: State, b: State, nextDay: number): boolean {
  if (a.left > b.left || Math.max(a.readyOn, nextDay) > Math.max(b.readyOn, nextDay)) return false;
  let tailA = 0;
  let tailB = 0;
  for (let i = a.recent.length - 1; i >= 0; i--) {
    tailA += a.recent[i]!;
    tailB += b.recent[i]!;
    if (tailA > tailB) return false;
  }
  return true;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function cause(plan: Plan, input: FeasibilityInput, deadline: number, sessionDays: number, even: number | null, horizon: number): string {
  if (deadline < plan.first) {
    return deadline === plan.first - 1 ? "the deadline is today: no training days are left" : `the deadline ${formatDay(input.deadline)} has passed: no training days are left`;
  }
  if (even === null) return noSessionDay(plan, deadline, horizon);
  if (even > plan.perDay) {
    if (plan.rest < 2) return `needs ${even} a day; the hard limit allows ${plan.perDay}`;
    return `${sessionDaysLeft(sessionDays, plan.rest)}: needs ${even} a session; the hard limit allows ${plan.perDay} a day`;
  }
  const per7Days = neededPer7Days(plan, input.remaining, deadline);
  if (per7Days > plan.per7Days) return `needs ${per7Days} in 7 days; the hard limit allows ${plan.per7Days}`;
  const done = simulate(plan, input.remaining, deadline).done;
  return `the hard limits together allow ${done} of the ${input.remaining} remaining by the deadline`;
}

function sessionDaysLeft(count: number, rest: number): string {
  const days = count === 1 ? "1 session day is" : `${count} session days are`;
  return `only ${days} left before the deadline with ${rest} days between sessions`;
}

function noSessionDay(plan: Plan, deadline: number, horizon: number): string {
  let available = plan.first;
  while (available <= horizon && !isAvailable(plan, available)) available++;
  if (available > deadline) {
    return available > horizon ? `unavailable beyond ${formatDay(fromEpochDay(horizon))}` : `unavailable until ${formatDay(fromEpochDay(available - 1))}`;
  }
  return `no session day is left before the deadline: the last session was on ${formatDay(fromEpochDay(plan.lastSession!))} and ${plan.rest} days must be between sessions`;
}

/** The smallest 7-day limit that alone (with rest and availability, without the per-day limit) reaches the target by the deadline. */
function neededPer7Days(plan: Plan, remaining: number, deadline: number): number {
  const reaches = (per7Days: number) => simulate({ ...plan, perDay: Infinity, per7Days }, remaining, deadline).finish !== null;
  if (reaches(plan.per7Days)) return plan.per7Days;
  // With every logged rep in the window and the whole target on one session day, no window can hold more.
  let low = Math.max(1, plan.per7Days + 1);
  let high = Math.max(low, Math.ceil(remaining + sum(plan.recent)));
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (reaches(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function shortfall(plan: Plan, finish: number | null, deadline: number, horizon: number): string {
  if (finish !== null) {
    const late = finish - deadline;
    return `the earliest finish is ${formatDay(fromEpochDay(finish))}, ${late} day${late === 1 ? "" : "s"} after the deadline`;
  }
  if (zeroLimit(plan)) return "a hard limit of 0 means it can never be reached";
  return `it cannot be reached by ${formatDay(fromEpochDay(horizon))}`;
}

