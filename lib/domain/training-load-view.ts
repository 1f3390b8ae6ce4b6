// How training load reads on screen and to a screen reader. Pure: the data
// layer rounds the figures (lib/data/training-load.ts), this says them.

import { formatDay, type CalendarDay } from "./calendar-day";
import { formatCount } from "./format";
import { CAUTION_UP_TO, LOW_BELOW, SWEET_SPOT_UP_TO, type LoadBand } from "./training-load";

/** A day as the API and the performer page show it: averages and ratio to 2 decimals, the band of the unrounded ratio. */
export interface LoadDayView {
  date: CalendarDay;
  load: number;
  acute: number;
  chronic: number;
  ratio: number | null;
  band: LoadBand | null;
}

export const BAND_LABEL: Record<LoadBand, string> = { low: "low", "sweet-spot": "sweet spot", caution: "caution", high: "high" };

/** One line for the bands and what they are worth. */
export const BANDS_EXPLAINED =
  `Bands: under ${LOW_BELOW} low, ${LOW_BELOW}–${SWEET_SPOT_UP_TO} sweet spot, ${SWEET_SPOT_UP_TO}–${CAUTION_UP_TO} caution, over ${CAUTION_UP_TO} high. ` +
  "The research behind these thresholds is disputed: they are warnings to look at, never a reason on their own to stop training.";

/** Nothing to draw: no day of the range carries a load or an average (no rated session with a duration up to its end). */
export function hasNoLoad(days: readonly LoadDayView[]): boolean {
  return days.every((d) => d.load === 0 && d.acute === 0 && d.chronic === 0);
}

/** "Acute:chronic 1.42 — caution" for the last day, or why there is no ratio yet. */
export function latestRatioText(days: readonly LoadDayView[]): string {
  const last = days.at(-1);
  if (!last) return "Acute:chronic —";
  if (last.ratio === null || last.band === null) {
    return last.chronic === 0 ? "Acute:chronic — no training load yet" : "Acute:chronic — not yet: the ratio needs 28 days after the first rated session";
  }
  return `Acute:chronic ${last.ratio.toFixed(2)} — ${BAND_LABEL[last.band]}`;
}

/** The chart in words, for its one accessible name: what it shows, the busiest day, and where the averages end. */
export function loadChartSummary(days: readonly LoadDayView[]): string {
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return "Training load: no days";
  const trained = days.filter((d) => d.load > 0);
  const busiest = trained.reduce<LoadDayView | null>((top, d) => (top === null || d.load > top.load ? d : top), null);
  const parts = [
    `Training load per day (RPE × minutes, bars) with the 7-day acute and 28-day chronic averages (lines), ${formatDay(first.date)} to ${formatDay(last.date)}`,
    trained.length === 0
      ? "no day with a load"
      : `${trained.length} ${trained.length === 1 ? "day" : "days"} with a load, the highest ${formatCount(busiest!.load)} on ${formatDay(busiest!.date)}`,
    `on ${formatDay(last.date)} acute ${last.acute.toFixed(2)}, chronic ${last.chronic.toFixed(2)}, ${latestRatioText(days).replace(/^Acute:chronic/, "ratio")}`,
  ];
  return `${parts.join("; ")}.`;
}
