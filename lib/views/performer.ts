import "server-only";
import { addDays, toEpochDay } from "../domain/calendar-day";
import { readinessTrend } from "../domain/chart-data";
import { canLogSessionFor } from "../domain/permissions";
import { compareByUrgency } from "../domain/progress";
import type { ProductionScope } from "../domain/scope";
import { listCheckIns } from "../data/check-ins";
import { listDisciplines } from "../data/disciplines";
import { listIncidents } from "../data/incidents";
import { nextJumpNumber } from "../data/jump-numbers";
import { getPerformerCurrency } from "../data/currency";
import { listCredentials } from "../data/credentials";
import { listEquipment } from "../data/equipment";
import { can } from "../domain/permissions";
import { getPerformerProgress } from "../data/progress";
import { getPerformerGoalFeasibility } from "../data/feasibility";
import { listArchivedGoals } from "../data/goals";
import { getPerformerLoad } from "../data/training-load";
import { listLogbook, withPendingCorrection } from "../data/sessions";
import { ValidationError } from "../domain/errors";

/** Days of readiness check-ins shown next to training volume. */
const TREND_DAYS = 30;

/** One performer's page: progress, charts' data, readiness, incidents and logbook, as one plain object. */
export async function loadPerformerView(scope: ProductionScope, performerId: string, logbookQuery: Record<string, string | undefined> = {}) {
  const canLog = canLogSessionFor(scope.role, scope.actor.userId, performerId);
  const trendFrom = addDays(scope.today, -(TREND_DAYS - 1));
  const [progress, logbook, disciplines, checkIns, incidents, jumpNumber, currency, credentials, equipment, load, feasibility, archivedGoals] = await Promise.all([
    getPerformerProgress(scope, performerId),
    readLogbook(scope, { ...logbookQuery, performerId }),
    listDisciplines(scope),
    listCheckIns(scope, { performerId, since: trendFrom }),
    listIncidents(scope, { performerId }),
    canLog ? nextJumpNumber(scope, performerId) : undefined,
    getPerformerCurrency(scope, performerId),
    listCredentials(scope, { userId: performerId }),
    canLog ? listEquipment(scope) : Promise.resolve([]),
    // The API's default range: the last 42 days to today.
    getPerformerLoad(scope, performerId),
    getPerformerGoalFeasibility(scope, performerId),
    listArchivedGoals(scope, performerId),
  ]);
  const beingCorrected = await withPendingCorrection(scope, performerId, logbook.entries.filter((e) => e.status === "verified").map((e) => e.id));
  return {
    progress,
    beingCorrected,
    goals: [...progress.goals].sort(compareByUrgency),
    behind: progress.goals.filter((g) => g.status === "behind"),
    logbook,
    /** For the log, import and goal forms: only disciplines trained now. */
    disciplines: disciplines.filter((d) => !d.archivedAt),
    /** For the logbook's filter: an archived discipline's entries are still there. */
    allDisciplines: disciplines,
    incidents,
    incidentDays: incidents.map((i) => toEpochDay(i.occurredOn)),
    trend: readinessTrend(checkIns, progress.goals.map((g) => g.series), trendFrom, scope.today),
    checkedInToday: checkIns.some((c) => c.date === scope.today),
    own: performerId === scope.actor.userId,
    canLog,
    nextJumpNumber: jumpNumber,
    currency: currency.currency,
    credentials,
    equipment: equipment.map((e) => ({ id: e.id, name: e.name })),
    load: load.days,
    feasibility: new Map(feasibility.map((f) => [f.goalId, f])),
    archivedGoals,
    canManageCredentials: can(scope.role, "credential.manageAny") || (performerId === scope.actor.userId && can(scope.role, "credential.manageOwn")),
  };
}

/**
 * A page of the logbook; filters from the URL that do not hold (a date that
 * is not one, a cursor from elsewhere) come back as field errors for the
 * filter form instead of failing the whole page.
 */
async function readLogbook(scope: ProductionScope, query: Record<string, string | undefined>) {
  try {
    return { ...(await listLogbook(scope, query)), errors: null };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { entries: [], total: 0, nextCursor: null, errors: error.fields };
  }
}
