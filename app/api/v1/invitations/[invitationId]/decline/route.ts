import { apiRoute } from "@/lib/api/handler";
import { declineInvitation } from "@/lib/data/invitations";

/** The invited person only (404 for anyone else) -> `{ id, status: "declined" }`; 409 once answered. */
export const POST = apiRoute<{ invitationId: string }>(({ actor, params }) => declineInvitation(actor, params.invitationId));
