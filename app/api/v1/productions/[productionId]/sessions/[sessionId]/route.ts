import { apiRoute, readJson } from "@/lib/api/handler";
import { toSessionJson } from "@/lib/api/session-json";
import { deleteTrainingSession, editTrainingSession } from "@/lib/data/session-changes";

type P = { productionId: string; sessionId: string };

/** Change a pending entry; 409 once it is verified (log a correction instead); 422 over a hard dose limit. */
export const PATCH = apiRoute<P>(async ({ actor, params, request }) => {
  const session = await editTrainingSession(actor, params.productionId, params.sessionId, await readJson(request));
  return { ...toSessionJson(session), warnings: session.warnings };
});

export const DELETE = apiRoute<P>(({ actor, params }) => deleteTrainingSession(actor, params.productionId, params.sessionId));
