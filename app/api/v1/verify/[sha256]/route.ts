import { publicRoute } from "@/lib/api/handler";
import { checkSeal } from "@/lib/data/dossiers";
import { NotFoundError } from "@/lib/domain/errors";

/**
 * Public, no account: whether a sealed dossier with this SHA-256 exists, what
 * the seal states (stunt, production, time, who sealed it, verdict), whether
 * its stored text still hashes to it, and whether the production's audit
 * chain still holds up to the head it recorded. 404 for an unknown seal.
 */
export const GET = publicRoute<{ sha256: string }>(async ({ params }) => {
  const check = await checkSeal(params.sha256);
  if (!check) throw new NotFoundError("No dossier was sealed with this SHA-256");
  return check;
});
