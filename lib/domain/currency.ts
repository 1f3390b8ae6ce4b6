// Currency: whether a performer has trained a discipline recently enough to be
// trusted with it today, as pilots are (3 landings in 90 days) and skydivers
// (USPA recurrency). Pure: the data layer feeds it the counting sessions' days.
//
// A discipline's rule is "at least `count` reps within `days` days". As of a
// calendar day asOf: take the performer's counting sessions of the discipline
// dated on or before asOf, newest first, adding their counts until the sum
// reaches `count`; the day of the session where it does is d. The performer
// is current when d exists and d >= asOf - (days - 1); currentUntil = d +
// (days - 1), the last day the rule holds without more training (in the past
// once lapsed). No d: not current, currentUntil null.

import { addDays, daysBetween, type CalendarDay } from "./calendar-day";

export interface CurrencyRule {
  count: number;
  days: number;
}

/** Counting reps on one day (several sessions of a day may be given apart or summed). */
export interface CurrencyDay {
  date: CalendarDay;
  count: number;
}

export interface Currency {
  current: boolean;
  currentUntil: CalendarDay | null;
  /** The newest counting session on or before asOf, or null. */
  lastSession: CalendarDay | null;
}

/** How far ahead a lapse is announced (dashboard, performer page). */
export const LAPSING_WITHIN_DAYS = 7;

export type CurrencyStatus = "current" | "lapsing" | "lapsed";

export const MAX_CURRENCY_COUNT = 100_000;
export const MAX_CURRENCY_DAYS = 3_650;

export function computeCurrency(rule: CurrencyRule, days: readonly CurrencyDay[], asOf: CalendarDay): Currency {
  const upToAsOf = days.filter((d) => d.date <= asOf && d.count > 0).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  let sum = 0;
  let reachedOn: CalendarDay | null = null;
  for (const day of upToAsOf) {
    sum += day.count;
    if (sum >= rule.count) {
      reachedOn = day.date;
      break;
    }
  }
  const lastSession = upToAsOf[0]?.date ?? null;
  if (reachedOn === null) return { current: false, currentUntil: null, lastSession };
  const currentUntil = addDays(reachedOn, rule.days - 1);
  return { current: currentUntil >= asOf, currentUntil, lastSession };
}

/** Current, lapsing (current, but not for the next LAPSING_WITHIN_DAYS days), or lapsed. */
export function currencyStatus(currency: Pick<Currency, "current" | "currentUntil">, asOf: CalendarDay): CurrencyStatus {
  if (!currency.current || currency.currentUntil === null) return "lapsed";
  return daysBetween(asOf, currency.currentUntil) < LAPSING_WITHIN_DAYS ? "lapsing" : "current";
}

/** The earliest day a performer's sessions can matter to the rule as of asOf when only "current or not" is asked (the dashboard). */
export function currencyWindowStart(rule: CurrencyRule, asOf: CalendarDay): CalendarDay {
  return addDays(asOf, -(rule.days - 1));
}
