import { apiRoute, created, readJson } from "@/lib/api/handler";
import { toSessionJson } from "@/lib/api/session-json";
import { logTrainingSession } from "@/lib/data/training-sessions";

export const POST = apiRoute<{ productionId: string }>(async ({ actor, params, request }) =>
  created(toSessionJson(await logTrainingSession(actor, params.productionId, await readJson(request)))),
);
