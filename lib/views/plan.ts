import "server-only";
import { addDays, startOfWeek, type CalendarDay } from "../domain/calendar-day";
import { can } from "../domain/permissions";
import type { ProductionScope } from "../domain/scope";
import { listDisciplines } from "../data/disciplines";
import { getPlan } from "../data/plan";

// The plan page: a week (editable by coordinators) or a month of planned
// against done, with the days to step to.

export type PlanLayout = "week" | "month";

/** The Monday of the first week shown, and the last day: a month view covers every week the month touches. */
function range(layout: PlanLayout, anchor: CalendarDay): { from: CalendarDay; to: CalendarDay; previous: CalendarDay; next: CalendarDay } {
  if (layout === "week") {
    const from = startOfWeek(anchor);
    return { from, to: addDays(from, 6), previous: addDays(from, -7), next: addDays(from, 7) };
  }
  const first = `${anchor.slice(0, 7)}-01`;
  const nextMonth = addDays(first, 32).slice(0, 7) + "-01";
  const previousMonth = addDays(first, -1).slice(0, 7) + "-01";
  const from = startOfWeek(first);
  const lastDay = addDays(nextMonth, -1);
  return { from, to: addDays(startOfWeek(lastDay), 6), previous: previousMonth, next: nextMonth };
}

export async function loadPlanView(scope: ProductionScope, performerId: string, layout: PlanLayout, anchor: CalendarDay) {
  const { from, to, previous, next } = range(layout, anchor);
  const [plan, disciplines] = await Promise.all([getPlan(scope, performerId, { from, to }), listDisciplines(scope)]);
  // Archived disciplines are no longer trained: nothing is planned in them.
  return { plan, disciplines: disciplines.filter((d) => !d.archivedAt), disciplineNames: new Map(disciplines.map((d) => [d.id, d.name])), layout, anchor, previous, next, today: scope.today, canEdit: can(scope.role, "goal.manage") };
}
