import { productionRoute, readJson } from "@/lib/api/handler";
import { changeMemberRole, removeMember } from "@/lib/data/members";

type P = { productionId: string; userId: string };

/** Coordinators; never the last coordinator (409). The member's access to the production ends at once. */
export const DELETE = productionRoute<P>(({ scope, params }) => removeMember(scope, params.userId));

/** `{ role, performs? }` (coordinators): a new role; never the last coordinator's (409). Audited. */
export const PATCH = productionRoute<P>(async ({ scope, params, request }) => changeMemberRole(scope, params.userId, await readJson(request)));
