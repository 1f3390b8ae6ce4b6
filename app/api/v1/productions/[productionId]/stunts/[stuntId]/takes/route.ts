import { apiRoute, created, readJson } from "@/lib/api/handler";
import { getStunt, logTake } from "@/lib/data/stunts";

type P = { productionId: string; stuntId: string };

export const GET = apiRoute<P>(async ({ actor, params }) => (await getStunt(actor, params.productionId, params.stuntId)).takes);

/** `{ performerId, outcome: usable | no_good | aborted | safety_cut, at?, notes? }` (coordinators); numbered in order. */
export const POST = apiRoute<P>(async ({ actor, params, request }) =>
  created(await logTake(actor, params.productionId, params.stuntId, await readJson(request))),
);
