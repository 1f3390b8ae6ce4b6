import { apiRoute, readJson } from "@/lib/api/handler";
import { toSessionJson } from "@/lib/api/session-json";
import { rejectTrainingSession } from "@/lib/data/sign-off";

export const POST = apiRoute<{ productionId: string; sessionId: string }>(async ({ actor, params, request }) =>
  toSessionJson(await rejectTrainingSession(actor, params.productionId, params.sessionId, await readJson(request))),
);
