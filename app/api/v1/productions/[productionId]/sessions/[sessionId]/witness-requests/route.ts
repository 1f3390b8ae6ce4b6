import { created, productionRoute, readJson } from "@/lib/api/handler";
import { createWitnessRequest } from "@/lib/data/witness-requests";

type P = { productionId: string; sessionId: string };

/** `{ name, email? }`: a link for an outside witness to sign this pending entry; 201 `{ id, url, expiresAt }`, the url shown once. */
export const POST = productionRoute<P>(async ({ scope, params, request }) =>
  created(await createWitnessRequest(scope, params.sessionId, await readJson(request), request.nextUrl.origin)),
);
