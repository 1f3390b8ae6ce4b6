import "server-only";
import { countByStatus, dashboardRows } from "../domain/dashboard";
import { overallReadiness } from "../domain/progress";
import type { ProductionScope } from "../domain/scope";
import { upcomingStunts } from "../domain/wall";
import { getProductionProgress } from "../data/progress";
import { getStuntReadiness } from "../data/stunt-readiness";
import { listStunts } from "../data/stunts";

/**
 * The wall screen: the production's totals, its next stunts with their go /
 * no-go verdict (the stunt page's own verdict, getStuntReadiness, with its
 * most pressing reason) and every performer's goals, most urgent first.
 */
export async function loadWallView(scope: ProductionScope) {
  const [progress, stunts] = await Promise.all([getProductionProgress(scope, scope.today), listStunts(scope)]);
  const allGoals = progress.performers.flatMap((p) => p.goals);
  const { shown, more } = upcomingStunts(stunts, scope.today);
  const judged = await Promise.all(
    shown.map(async (s) => {
      const readiness = await getStuntReadiness(scope, s.id);
      // Reasons come blocking first: the first is the one to fix first.
      const [top, ...rest] = readiness.reasons;
      return { id: s.id, name: s.name, plannedDate: s.plannedDate, verdict: readiness.verdict, topReason: top?.message ?? null, otherReasons: rest.length + readiness.hiddenReasons };
    }),
  );
  return {
    production: { id: scope.production.id, name: scope.production.name },
    asOf: progress.asOf,
    readiness: overallReadiness(allGoals),
    counts: countByStatus(allGoals),
    goals: allGoals.length,
    // Behind first, then not started, on track and done (dashboardRows' urgency order).
    rows: dashboardRows(progress.performers, {}),
    stunts: { shown: judged, more },
  };
}
