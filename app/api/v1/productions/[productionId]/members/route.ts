import { productionRoute, created, readJson } from "@/lib/api/handler";
import { addMember, listMembers } from "@/lib/data/members";

type P = { productionId: string };

export const GET = productionRoute<P>(({ scope }) => listMembers(scope));

/** `{ email, name, role, performs? }` (coordinators) -> 201 with `temporaryPassword` when the account is new. */
export const POST = productionRoute<P>(async ({ scope, request }) =>
  created(await addMember(scope, await readJson(request))),
);
