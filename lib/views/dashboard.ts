import "server-only";
import { countByStatus, dashboardRows, disciplineNames, paginate, type DashboardFilter } from "../domain/dashboard";
import { can } from "../domain/permissions";
import { overallReadiness } from "../domain/progress";
import type { ProductionScope } from "../domain/scope";
import { listDisciplines } from "../data/disciplines";
import { getProductionProgress, getWeeklyTrends, TREND_WEEKS } from "../data/progress";
import { countPendingSessions } from "../data/sessions";
import { getCurrencyAlerts } from "../data/currency";
import { listEquipment } from "../data/equipment";
import { formatDay } from "../domain/calendar-day";
import { latestLoads, unavailableToday } from "../data/team-status";

/**
 * Everything the team dashboard renders, as one plain object. One progress
 * read serves the tiles, the performer list, the rows and the log form's
 * performer picker; the membership was resolved once, in the scope.
 */
export async function loadDashboardView(scope: ProductionScope, filter: DashboardFilter) {
  const canLog = can(scope.role, "session.logForAnyone");
  const canVerify = can(scope.role, "session.verify");
  const [progress, trends, disciplines, pending, currencyAlerts, equipment, offTraining] = await Promise.all([
    getProductionProgress(scope, scope.today),
    getWeeklyTrends(scope, scope.today),
    canLog ? listDisciplines(scope) : Promise.resolve([]),
    canVerify ? countPendingSessions(scope) : Promise.resolve(0),
    getCurrencyAlerts(scope, scope.today),
    canLog ? listEquipment(scope) : Promise.resolve([]),
    unavailableToday(scope),
  ]);
  const load = await latestLoads(scope, progress.performers.map((p) => p.performerId));
  const nameOf = new Map(progress.performers.map((p) => [p.performerId, p.name]));
  const allGoals = progress.performers.flatMap((p) => p.goals);
  const statusCounts = countByStatus(allGoals);
  const rows = dashboardRows(progress.performers, filter);
  const page = paginate(rows, filter.page ?? 1);
  const emptyTrend = new Array<number>(TREND_WEEKS).fill(0);
  return {
    production: { id: scope.production.id, name: scope.production.name, timeZone: scope.production.timeZone },
    asOf: progress.asOf,
    today: scope.today,
    rights: {
      canLog,
      canVerify,
      canOverride: can(scope.role, "limits.override"),
      canManageSettings: can(scope.role, "production.manageSettings"),
    },
    tiles: { readiness: overallReadiness(allGoals), behind: statusCounts.behind, done: statusCounts.done, goals: allGoals.length, pending },
    behind: rows.filter((r) => r.goal.status === "behind").map((r) => ({ performerName: r.performerName, discipline: r.goal.discipline })),
    // Lapsed first, then lapsing soonest first.
    currency: currencyAlerts
      .map((a) => ({
        performerId: a.performerId,
        performerName: nameOf.get(a.performerId) ?? "A performer",
        discipline: a.discipline,
        status: a.status,
        text: a.status === "lapsed" ? "lapsed" : `current until ${formatDay(a.currentUntil!)}`,
        until: a.currentUntil ?? "",
      }))
      .sort((x, y) => (x.status === y.status ? x.until.localeCompare(y.until) || x.performerName.localeCompare(y.performerName) : x.status === "lapsed" ? -1 : 1)),
    performers: progress.performers.map((p) => ({ performerId: p.performerId, name: p.name, readiness: overallReadiness(p.goals), load: load.get(p.performerId) ?? null })),
    unavailable: offTraining.map((s) => ({ ...s, performerName: nameOf.get(s.performerId) ?? "A performer" })),
    disciplineNames: disciplineNames(allGoals),
    rows: { ...page, items: page.items.map((row) => ({ ...row, trend: trends.get(row.goal.goalId) ?? emptyTrend })) },
    logForm: canLog
      ? { performers: progress.performers.map((p) => ({ id: p.performerId, name: p.name })), disciplines: disciplines.filter((d) => !d.archivedAt), equipment: equipment.map((e) => ({ id: e.id, name: e.name })) }
      : null,
  };
}

export type DashboardView = Awaited<ReturnType<typeof loadDashboardView>>;
