import { productionRoute, created, readJson } from "@/lib/api/handler";
import { createStunt, listStunts } from "@/lib/data/stunts";

type P = { productionId: string };

export const GET = productionRoute<P>(({ scope }) => listStunts(scope));

/** `{ name, plannedDate?, description?, performerIds, disciplineIds }` (coordinators). */
export const POST = productionRoute<P>(async ({ scope, request }) =>
  created(await createStunt(scope, await readJson(request))),
);
