import { apiRoute } from "@/lib/api/handler";
import { revokeApiToken } from "@/lib/data/api-tokens";

/** Revoke one of one's own tokens -> `{ id, revoked: true }`; 404 for anyone else's. */
export const DELETE = apiRoute<{ tokenId: string }>(({ actor, params }) => revokeApiToken(actor, params.tokenId));
