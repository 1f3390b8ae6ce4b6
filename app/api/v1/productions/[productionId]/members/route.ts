import { productionRoute, created, readJson } from "@/lib/api/handler";
import { inviteMember } from "@/lib/data/invitations";
import { listMembers } from "@/lib/data/members";

type P = { productionId: string };

export const GET = productionRoute<P>(({ scope }) => listMembers(scope));

/**
 * `{ email, name, role, performs? }` (coordinators) -> 201 `{ email, role, status: "invited", temporaryPassword }`,
 * the same whether or not the address has an account; the person accepts once signed in.
 */
export const POST = productionRoute<P>(async ({ scope, request }) =>
  created(await inviteMember(scope, await readJson(request))),
);
