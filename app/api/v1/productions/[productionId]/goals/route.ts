import { productionRoute, created, readJson } from "@/lib/api/handler";
import { createGoal } from "@/lib/data/goals";

export const POST = productionRoute<{ productionId: string }>(async ({ scope, request }) =>
  created(await createGoal(scope, await readJson(request))),
);
