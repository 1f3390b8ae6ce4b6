import { apiRoute, readJson } from "@/lib/api/handler";
import { verifyTrainingSessions } from "@/lib/data/sign-off";

/** Bulk sign-off: `{ sessionIds }` -> `{ verified: [id], skipped: [{ id, reason }] }`. */
export const POST = apiRoute<{ productionId: string }>(async ({ actor, params, request }) =>
  verifyTrainingSessions(actor, params.productionId, await readJson(request)),
);
