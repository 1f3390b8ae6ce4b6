import { apiRoute, created, readJson } from "@/lib/api/handler";
import { createGoal } from "@/lib/data/goals";

export const POST = apiRoute<{ productionId: string }>(async ({ actor, params, request }) =>
  created(await createGoal(actor, params.productionId, await readJson(request))),
);
