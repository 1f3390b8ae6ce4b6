import { apiRoute, created, readJson } from "@/lib/api/handler";
import { createStunt, listStunts } from "@/lib/data/stunts";

type P = { productionId: string };

export const GET = apiRoute<P>(({ actor, params }) => listStunts(actor, params.productionId));

/** `{ name, plannedDate?, description?, performerIds, disciplineIds }` (coordinators). */
export const POST = apiRoute<P>(async ({ actor, params, request }) =>
  created(await createStunt(actor, params.productionId, await readJson(request))),
);
