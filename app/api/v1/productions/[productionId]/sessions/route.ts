import { productionRoute, created, readJson } from "@/lib/api/handler";
import { toSessionJson } from "@/lib/api/session-json";
import { logTrainingSession } from "@/lib/data/sessions";

/** 201 with the entry and `warnings` (soft dose limits passed); 422 over a hard limit without `overrideReason`. */
export const POST = productionRoute<{ productionId: string }>(async ({ scope, request }) => {
  const session = await logTrainingSession(scope, await readJson(request));
  return created({ ...toSessionJson(session), warnings: session.warnings });
});
