import { productionRoute, created, readJson } from "@/lib/api/handler";
import { getStunt, logTake } from "@/lib/data/stunts";

type P = { productionId: string; stuntId: string };

export const GET = productionRoute<P>(async ({ scope, params }) => (await getStunt(scope, params.stuntId)).takes);

/** `{ performerId, outcome: usable | no_good | aborted | safety_cut, at?, notes? }` (coordinators); numbered in order. */
export const POST = productionRoute<P>(async ({ scope, params, request }) =>
  created(await logTake(scope, params.stuntId, await readJson(request))),
);
