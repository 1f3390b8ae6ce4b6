import { productionRoute } from "@/lib/api/handler";
import { resetMemberPassword } from "@/lib/data/members";

type P = { productionId: string; userId: string };

/** Coordinators -> `{ userId, temporaryPassword }`; every session of that account ends. */
export const POST = productionRoute<P>(({ scope, params }) => resetMemberPassword(scope, params.userId));
