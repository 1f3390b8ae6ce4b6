import { apiRoute } from "@/lib/api/handler";
import { acceptInvitation } from "@/lib/data/invitations";

/** The invited person only (404 for anyone else) -> `{ id, productionId, status: "accepted" }`; 409 once answered. */
export const POST = apiRoute<{ invitationId: string }>(({ actor, params }) => acceptInvitation(actor, params.invitationId));
