import { productionRoute, readJson } from "@/lib/api/handler";
import { setGoalArchived, updateGoal } from "@/lib/data/goals";

type P = { productionId: string; goalId: string };

/** `{ target, startDate, deadline, milestones? }` (coordinators): the goal's new figures, milestones whole; its performer and discipline stay. Audited. */
export const PUT = productionRoute<P>(async ({ scope, params, request }) => updateGoal(scope, params.goalId, await readJson(request)));

/** `{ archived }` (coordinators): archive the goal, or restore it. Audited. */
export const PATCH = productionRoute<P>(async ({ scope, params, request }) => setGoalArchived(scope, params.goalId, await readJson(request)));
