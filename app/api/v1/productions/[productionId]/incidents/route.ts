import { productionRoute, created, readJson } from "@/lib/api/handler";
import { listIncidents, reportIncident } from "@/lib/data/incidents";

type P = { productionId: string };

/** `?performerId=&stuntId=`; a performer sees incidents about themselves and those naming nobody. */
export const GET = productionRoute<P>(({ scope, request }) => {
  const q = request.nextUrl.searchParams;
  return listIncidents(scope, { performerId: q.get("performerId"), stuntId: q.get("stuntId") });
});

/** `{ occurredOn, severity, description, performerId?, sessionId?, takeId?, stuntId?, followUp? }` (all but viewers). */
export const POST = productionRoute<P>(async ({ scope, request }) =>
  created(await reportIncident(scope, await readJson(request))),
);
