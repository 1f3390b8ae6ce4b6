import { apiRoute, created, readJson } from "@/lib/api/handler";
import { listIncidents, reportIncident } from "@/lib/data/incidents";

type P = { productionId: string };

/** `?performerId=&stuntId=`; a performer sees incidents about themselves and those naming nobody. */
export const GET = apiRoute<P>(({ actor, params, request }) => {
  const q = request.nextUrl.searchParams;
  return listIncidents(actor, params.productionId, { performerId: q.get("performerId"), stuntId: q.get("stuntId") });
});

/** `{ occurredOn, severity, description, performerId?, sessionId?, takeId?, stuntId?, followUp? }` (all but viewers). */
export const POST = apiRoute<P>(async ({ actor, params, request }) =>
  created(await reportIncident(actor, params.productionId, await readJson(request))),
);
