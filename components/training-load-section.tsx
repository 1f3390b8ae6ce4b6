import { TrainingLoadChart } from "./charts/training-load-chart";
import { formatDay } from "@/lib/domain/calendar-day";
import { BANDS_EXPLAINED, hasNoLoad, latestRatioText, loadChartSummary, type LoadDayView } from "@/lib/domain/training-load-view";

/** The performer page's training load: the chart of the last weeks, the latest ratio and its band, what the bands mean. */
export function TrainingLoadSection({ days, own, name }: { days: LoadDayView[]; own: boolean; name: string }) {
  const last = days.at(-1);
  const warn = last?.band === "caution" || last?.band === "high";
  return (
    <section id="training-load" className="card space-y-3" aria-labelledby="training-load-heading">
      <h2 id="training-load-heading" className="text-lg font-semibold">
        Training load
      </h2>
      {hasNoLoad(days) ? (
        <p className="text-sm text-stone-600">
          No training load yet: {own ? "your" : `${name}'s`} sessions carry none until they have an effort rating (RPE) and a duration. Log them with both to see
          the load and the acute:chronic ratio here.
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            Each session&apos;s effort (RPE 0–10) × its minutes, over every discipline, {days[0] ? `${formatDay(days[0].date)} to ${formatDay(last!.date)}` : ""}: the day&apos;s
            load (bars), the 7-day acute and 28-day chronic averages (lines).
          </p>
          <TrainingLoadChart days={days} summary={loadChartSummary(days)} />
          <p className={`text-base font-semibold ${warn ? "text-amber-900" : ""}`} data-testid="load-ratio">
            {warn ? "⚠ " : ""}
            {latestRatioText(days)}
          </p>
          <p className="text-xs text-stone-600">{BANDS_EXPLAINED}</p>
        </>
      )}
    </section>
  );
}
