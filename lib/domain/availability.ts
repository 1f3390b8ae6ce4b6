// When a performer cannot train: spans from a lost-time incident's day to its
// "unavailable until" day, inclusive (lib/data/availability.ts reads them). Pure.

import type { CalendarDay } from "./calendar-day";

export interface UnavailableSpan {
  performerId: string;
  from: CalendarDay;
  to: CalendarDay;
  incidentId: string;
  description: string;
}

/** The span covering `day` for a performer, if any: the one that lasts longest. */
export function spanCovering(spans: readonly UnavailableSpan[], performerId: string, day: CalendarDay): UnavailableSpan | undefined {
  return spans.filter((s) => s.performerId === performerId && s.from <= day && day <= s.to).sort((a, b) => (a.to < b.to ? 1 : a.to > b.to ? -1 : 0))[0];
}
