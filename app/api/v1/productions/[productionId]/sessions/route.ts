import { apiRoute, created, readJson } from "@/lib/api/handler";
import { toSessionJson } from "@/lib/api/session-json";
import { logTrainingSession } from "@/lib/data/training-sessions";

/** 201 with the entry and `warnings` (soft dose limits passed); 422 over a hard limit without `overrideReason`. */
export const POST = apiRoute<{ productionId: string }>(async ({ actor, params, request }) => {
  const session = await logTrainingSession(actor, params.productionId, await readJson(request));
  return created({ ...toSessionJson(session), warnings: session.warnings });
});
