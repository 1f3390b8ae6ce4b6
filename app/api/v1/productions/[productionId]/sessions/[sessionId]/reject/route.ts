import { productionRoute, readJson } from "@/lib/api/handler";
import { toSessionJson } from "@/lib/api/session-json";
import { rejectTrainingSession } from "@/lib/data/sessions";

export const POST = productionRoute<{ productionId: string; sessionId: string }>(async ({ scope, params, request }) =>
  toSessionJson(await rejectTrainingSession(scope, params.sessionId, await readJson(request))),
);
