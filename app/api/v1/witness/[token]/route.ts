import { publicRoute, readJson } from "@/lib/api/handler";
import { signAsOutsideWitness } from "@/lib/data/sessions";

/** `{ name, licenceNumber, confirm: true }`: an outside witness signs the entry of their link. No account: the token is the key. */
export const POST = publicRoute<{ token: string }>(async ({ params, request }) => signAsOutsideWitness(params.token, await readJson(request)));
