import { productionRoute, readJson } from "@/lib/api/handler";
import { singleValuedQuery } from "@/lib/api/request-guards";
import { getPlan, setPlan } from "@/lib/data/plan";

type P = { productionId: string; performerId: string };

/** `?from=&to=` (this week by default): `{ performer, from, to, entries: [{ date, disciplineId, count, done, compliance }], days }`. */
export const GET = productionRoute<P>(async ({ scope, params, request }) => getPlan(scope, params.performerId, singleValuedQuery(request.nextUrl.searchParams)));

/** A year's plan of three disciplines a day (MAX_PLAN_ENTRIES) is about 80 KB of JSON: room for it, and no more. */
const MAX_PLAN_BYTES = 160 * 1024;

/** `?from=&to=` with `[{ date, disciplineId, count }]`: the whole plan for those days, replacing it (coordinators). */
export const PUT = productionRoute<P>(async ({ scope, params, request }) =>
  setPlan(scope, params.performerId, singleValuedQuery(request.nextUrl.searchParams), await readJson(request, { maxBytes: MAX_PLAN_BYTES })),
);
