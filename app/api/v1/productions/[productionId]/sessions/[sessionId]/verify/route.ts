import { productionRoute } from "@/lib/api/handler";
import { toSessionJson } from "@/lib/api/session-json";
import { verifyTrainingSession } from "@/lib/data/sessions";

export const POST = productionRoute<{ productionId: string; sessionId: string }>(async ({ scope, params }) =>
  toSessionJson(await verifyTrainingSession(scope, params.sessionId)),
);
