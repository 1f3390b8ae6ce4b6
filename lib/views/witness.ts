import "server-only";
import { NotFoundError } from "../domain/errors";
import { readWitnessLink, type WitnessLinkView } from "../data/witness-requests";

/** The witness page: the entry behind a link, or why the link no longer works. An unknown link is a 404. */
export async function loadWitnessView(token: string, now = new Date()): Promise<WitnessLinkView> {
  const view = await readWitnessLink(token, now);
  if (!view) throw new NotFoundError("No such witness link");
  return view;
}
