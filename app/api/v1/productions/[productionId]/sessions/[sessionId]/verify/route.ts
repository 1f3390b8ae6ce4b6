import { apiRoute } from "@/lib/api/handler";
import { toSessionJson } from "@/lib/api/session-json";
import { verifyTrainingSession } from "@/lib/data/sign-off";

export const POST = apiRoute<{ productionId: string; sessionId: string }>(async ({ actor, params }) =>
  toSessionJson(await verifyTrainingSession(actor, params.productionId, params.sessionId)),
);
