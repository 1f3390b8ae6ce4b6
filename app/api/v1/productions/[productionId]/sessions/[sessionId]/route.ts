import { apiRoute, readJson } from "@/lib/api/handler";
import { toSessionJson } from "@/lib/api/session-json";
import { deleteTrainingSession, editTrainingSession } from "@/lib/data/session-changes";

type P = { productionId: string; sessionId: string };

/** Change a pending entry; 409 once it is verified (log a correction instead). */
export const PATCH = apiRoute<P>(async ({ actor, params, request }) =>
  toSessionJson(await editTrainingSession(actor, params.productionId, params.sessionId, await readJson(request))),
);

export const DELETE = apiRoute<P>(({ actor, params }) => deleteTrainingSession(actor, params.productionId, params.sessionId));
