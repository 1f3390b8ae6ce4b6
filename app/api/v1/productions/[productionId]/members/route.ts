import { apiRoute, created, readJson } from "@/lib/api/handler";
import { addMember, listMembers } from "@/lib/data/members";

type P = { productionId: string };

export const GET = apiRoute<P>(({ actor, params }) => listMembers(actor, params.productionId));

/** `{ email, name, role, performs? }` (coordinators) -> 201 with `temporaryPassword` when the account is new. */
export const POST = apiRoute<P>(async ({ actor, params, request }) =>
  created(await addMember(actor, params.productionId, await readJson(request))),
);
