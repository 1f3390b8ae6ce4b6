import { productionRoute, readJson } from "@/lib/api/handler";
import { updateGoal } from "@/lib/data/goals";

type P = { productionId: string; goalId: string };

/** `{ target, startDate, deadline, milestones? }` (coordinators): the goal's new figures, milestones whole; its performer and discipline stay. Audited. */
export const PUT = productionRoute<P>(async ({ scope, params, request }) => updateGoal(scope, params.goalId, await readJson(request)));
