import { productionRoute } from "@/lib/api/handler";
import { getGoalFeasibility } from "@/lib/data/feasibility";

/** `?asOf=`: can the goal still be reached by its deadline within the hard dose limits (who may see its performer)? */
export const GET = productionRoute<{ productionId: string; goalId: string }>(async ({ scope, params, request }) =>
  getGoalFeasibility(scope, params.goalId, request.nextUrl.searchParams.get("asOf") ?? undefined),
);
