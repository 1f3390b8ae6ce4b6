import { productionRoute, readJson } from "@/lib/api/handler";
import { verifyTrainingSessions } from "@/lib/data/sessions";

/** Bulk sign-off: `{ sessionIds }` -> `{ verified: [id], skipped: [{ id, reason }] }`. */
export const POST = productionRoute<{ productionId: string }>(async ({ scope, request }) =>
  verifyTrainingSessions(scope, await readJson(request)),
);
