import { productionRoute, readJson } from "@/lib/api/handler";
import { toSessionJson } from "@/lib/api/session-json";
import { deleteTrainingSession, editTrainingSession } from "@/lib/data/sessions";

type P = { productionId: string; sessionId: string };

/** Change a pending entry; 409 once it is verified (log a correction instead); 422 over a hard dose limit. */
export const PATCH = productionRoute<P>(async ({ scope, params, request }) => {
  const session = await editTrainingSession(scope, params.sessionId, await readJson(request));
  return { ...toSessionJson(session), warnings: session.warnings };
});

export const DELETE = productionRoute<P>(({ scope, params }) => deleteTrainingSession(scope, params.sessionId));
