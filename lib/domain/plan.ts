// A coordinator's training plan against what was done (issue 15). Pure.
//
// Compliance per planned day and discipline, as team training tools colour it:
// done within ±20 % of planned is green; 50–79 % or 121–150 % yellow; anything
// else red. A planned day with nothing done is red once it is past; until then
// (today, or ahead) it is simply still to do.

import { addDays, daysBetween, type CalendarDay } from "./calendar-day";

export type Compliance = "green" | "yellow" | "red";

export interface PlanEntry {
  date: CalendarDay;
  disciplineId: string;
  count: number;
}

/** The compliance of one planned day, or null while it is still to do (nothing done yet, not past) or nothing was planned. */
export function compliance(planned: number, done: number, date: CalendarDay, today: CalendarDay): Compliance | null {
  if (planned <= 0) return null;
  if (done === 0 && date >= today) return null;
  const percent = (done / planned) * 100;
  if (percent >= 80 && percent <= 120) return "green";
  if ((percent >= 50 && percent < 80) || (percent > 120 && percent <= 150)) return "yellow";
  return "red";
}

const RANK: Record<Compliance, number> = { green: 0, yellow: 1, red: 2 };

/** A day's colour: that of its worst planned discipline (null when none is coloured yet). */
export function worstCompliance(values: readonly (Compliance | null)[]): Compliance | null {
  return values.reduce<Compliance | null>((worst, c) => (c === null ? worst : worst === null || RANK[c] > RANK[worst] ? c : worst), null);
}

export interface PlanDay {
  date: CalendarDay;
  disciplines: { disciplineId: string; planned: number; done: number; compliance: Compliance | null }[];
  compliance: Compliance | null;
}

/**
 * Every day from `from` to `to` with its planned and done counts per
 * discipline: planned disciplines first (with their compliance), then what was
 * done without a plan (never coloured: nobody asked for it).
 */
export function planCalendar(plan: readonly PlanEntry[], done: readonly PlanEntry[], from: CalendarDay, to: CalendarDay, today: CalendarDay): PlanDay[] {
  const days: PlanDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const planned = plan.filter((p) => p.date === date && p.count > 0);
    const doneToday = done.filter((d) => d.date === date);
    const doneOf = (disciplineId: string) => doneToday.filter((d) => d.disciplineId === disciplineId).reduce((sum, d) => sum + d.count, 0);
    const disciplines = planned.map((p) => {
      const count = doneOf(p.disciplineId);
      return { disciplineId: p.disciplineId, planned: p.count, done: count, compliance: compliance(p.count, count, date, today) };
    });
    for (const id of new Set(doneToday.map((d) => d.disciplineId))) {
      if (!planned.some((p) => p.disciplineId === id)) disciplines.push({ disciplineId: id, planned: 0, done: doneOf(id), compliance: null });
    }
    days.push({ date, disciplines, compliance: worstCompliance(disciplines.map((d) => d.compliance)) });
  }
  return days;
}

/**
 * A week's plan copied onto the `weeks` weeks after it, day for day (Monday to
 * Monday). `week` is the Monday the source week starts on.
 */
export function repeatWeek(plan: readonly PlanEntry[], week: CalendarDay, weeks: number): PlanEntry[] {
  const source = plan.filter((p) => daysBetween(week, p.date) >= 0 && daysBetween(week, p.date) < 7);
  const out: PlanEntry[] = [];
  for (let w = 1; w <= weeks; w++) {
    for (const p of source) out.push({ ...p, date: addDays(p.date, 7 * w) });
  }
  return out;
}
