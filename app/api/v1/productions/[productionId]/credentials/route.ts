import { created, productionRoute, readJson } from "@/lib/api/handler";
import { singleValuedQuery } from "@/lib/api/request-guards";
import { createCredential, listCredentials } from "@/lib/data/credentials";

/** `?userId=`: credentials with their status (coordinators and viewers: anyone's; performers: their own). */
export const GET = productionRoute<{ productionId: string }>(async ({ scope, request }) => listCredentials(scope, singleValuedQuery(request.nextUrl.searchParams)));

/** `{ userId?, kind, name, number?, issuedOn?, expiresOn? }`: one's own, or anyone's for a coordinator. */
export const POST = productionRoute<{ productionId: string }>(async ({ scope, request }) => created(await createCredential(scope, await readJson(request))));
