import "server-only";
import { countByStatus, dashboardRows } from "../domain/dashboard";
import { overallReadiness } from "../domain/progress";
import type { ProductionScope } from "../domain/scope";
import { getProductionProgress } from "../data/progress";

/** The wall screen: every performer's goals and the production's totals, as one plain object. */
export async function loadWallView(scope: ProductionScope) {
  const progress = await getProductionProgress(scope, scope.today);
  const allGoals = progress.performers.flatMap((p) => p.goals);
  return {
    production: { id: scope.production.id, name: scope.production.name },
    asOf: progress.asOf,
    readiness: overallReadiness(allGoals),
    counts: countByStatus(allGoals),
    goals: allGoals.length,
    rows: dashboardRows(progress.performers, {}),
  };
}
