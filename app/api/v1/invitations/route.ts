import { apiRoute } from "@/lib/api/handler";
import { listMyInvitations } from "@/lib/data/invitations";

/** The signed-in person's invitations waiting for an answer. */
export const GET = apiRoute(({ actor }) => listMyInvitations(actor));
