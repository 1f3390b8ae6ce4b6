import "server-only";
import type { ProductionScope } from "../domain/scope";
import { getGoal } from "../data/goals";

/** The goal edit page: the goal as it stands, with whose and which discipline's it is. */
export async function loadGoalEditView(scope: ProductionScope, goalId: string) {
  return { goal: await getGoal(scope, goalId), today: scope.today };
}
