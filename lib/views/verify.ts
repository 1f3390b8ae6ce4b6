import "server-only";
import { NotFoundError } from "../domain/errors";
import { checkSeal, type SealCheck } from "../data/dossiers";

/** The public verify page: what a seal states and whether it holds. An unknown seal is a 404. */
export async function loadSealView(sha256: string, now = new Date()): Promise<SealCheck> {
  const check = await checkSeal(sha256, now);
  if (!check) throw new NotFoundError("No dossier was sealed with this SHA-256");
  return check;
}
