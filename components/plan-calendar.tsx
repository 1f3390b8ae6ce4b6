import { formatDay } from "@/lib/domain/calendar-day";
import type { Compliance, PlanDay } from "@/lib/domain/plan";

// Planned against done, per day: a week as seven day cards (one column on a
// phone), a month as a grid of weeks. Compliance is said in words as well as
// colour, so it reads on a black-and-white print and to a screen reader.

export const COMPLIANCE: Record<Compliance, { label: string; style: string }> = {
  green: { label: "On plan", style: "border-emerald-400 bg-emerald-50 text-emerald-900" },
  yellow: { label: "Near plan", style: "border-amber-400 bg-amber-50 text-amber-900" },
  red: { label: "Off plan", style: "border-red-400 bg-red-50 text-red-900" },
};

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const n = (v: number) => v.toLocaleString("en-US");

function DayCell({ day, names, today, compact, outside }: { day: PlanDay; names: Map<string, string>; today: string; compact: boolean; outside?: boolean }) {
  const c = day.compliance ? COMPLIANCE[day.compliance] : null;
  const planned = day.disciplines.filter((d) => d.planned > 0);
  return (
    <li
      className={`rounded-md border p-2 text-sm ${c ? c.style : "border-stone-200"} ${outside ? "opacity-60" : ""} ${day.date === today ? "ring-2 ring-brand" : ""}`}
      data-testid="plan-day"
      data-date={day.date}
      data-compliance={day.compliance ?? "none"}
    >
      <p className="font-semibold">
        {formatDay(day.date)}
        {day.date === today ? <span className="ml-1 text-xs font-normal">(today)</span> : null}
      </p>
      {c ? <p className="text-xs font-semibold uppercase tracking-wide">{c.label}</p> : null}
      {compact ? (
        planned.length || day.disciplines.length ? (
          <p className="text-xs">
            {n(day.disciplines.reduce((s, d) => s + d.done, 0))} done
            {planned.length ? ` of ${n(planned.reduce((s, d) => s + d.planned, 0))} planned` : ""}
          </p>
        ) : null
      ) : day.disciplines.length === 0 ? (
        <p className="text-xs text-stone-600">Nothing planned</p>
      ) : (
        <ul className="mt-1 space-y-0.5">
          {day.disciplines.map((d) => (
            <li key={d.disciplineId} className="text-xs">
              {names.get(d.disciplineId) ?? "A discipline"}: {n(d.done)}
              {d.planned > 0 ? ` of ${n(d.planned)}` : " (unplanned)"}
              {d.compliance ? <span className="sr-only"> — {COMPLIANCE[d.compliance].label}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function PlanCalendar({ days, names, today, layout, month }: { days: PlanDay[]; names: Map<string, string>; today: string; layout: "week" | "month"; month?: string }) {
  if (layout === "week") {
    return (
      <ol className="grid gap-2 sm:grid-cols-7" aria-label="The week, Monday to Sunday" data-testid="plan-week">
        {days.map((day) => (
          <DayCell key={day.date} day={day} names={names} today={today} compact={false} />
        ))}
      </ol>
    );
  }
  return (
    <div data-testid="plan-month">
      <div className="hidden grid-cols-7 gap-2 text-center text-xs font-semibold text-stone-600 sm:grid" aria-hidden="true">
        {WEEKDAYS.map((d) => (
          <span key={d}>{d}</span>
        ))}
      </div>
      <ol className="grid gap-2 sm:grid-cols-7" aria-label="The month, week by week, Monday to Sunday">
        {days.map((day) => (
          <DayCell key={day.date} day={day} names={names} today={today} compact outside={month !== undefined && !day.date.startsWith(month)} />
        ))}
      </ol>
    </div>
  );
}
