import { productionRoute } from "@/lib/api/handler";
import { removeMember } from "@/lib/data/members";

type P = { productionId: string; userId: string };

/** Coordinators; never the last coordinator (409). The member's access to the production ends at once. */
export const DELETE = productionRoute<P>(({ scope, params }) => removeMember(scope, params.userId));
