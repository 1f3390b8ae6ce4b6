import "server-only";
import { addDays, toEpochDay } from "../domain/calendar-day";
import { readinessTrend } from "../domain/chart-data";
import { can, canLogSessionFor } from "../domain/permissions";
import { compareByUrgency } from "../domain/progress";
import type { ProductionScope } from "../domain/scope";
import { listCheckIns } from "../data/check-ins";
import { listDisciplines } from "../data/disciplines";
import { listIncidents } from "../data/incidents";
import { getPerformerProgress } from "../data/progress";
import { listSessionsForPerformer } from "../data/sessions";

/** Days of readiness check-ins shown next to training volume. */
const TREND_DAYS = 30;

/** One performer's page: progress, charts' data, readiness, incidents and logbook, as one plain object. */
export async function loadPerformerView(scope: ProductionScope, performerId: string) {
  const canLog = canLogSessionFor(scope.role, scope.actor.userId, performerId);
  const trendFrom = addDays(scope.today, -(TREND_DAYS - 1));
  const [progress, sessions, disciplines, checkIns, incidents] = await Promise.all([
    getPerformerProgress(scope, performerId),
    listSessionsForPerformer(scope, performerId),
    canLog || can(scope.role, "goal.manage") ? listDisciplines(scope) : Promise.resolve([]),
    listCheckIns(scope, { performerId, since: trendFrom }),
    listIncidents(scope, { performerId }),
  ]);
  return {
    progress,
    goals: [...progress.goals].sort(compareByUrgency),
    behind: progress.goals.filter((g) => g.status === "behind"),
    sessions,
    disciplines,
    incidents,
    incidentDays: incidents.map((i) => toEpochDay(i.occurredOn)),
    trend: readinessTrend(checkIns, progress.goals.map((g) => g.series), trendFrom, scope.today),
    checkedInToday: checkIns.some((c) => c.date === scope.today),
    own: performerId === scope.actor.userId,
    canLog,
  };
}
