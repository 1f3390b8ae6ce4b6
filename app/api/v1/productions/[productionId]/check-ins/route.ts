import { productionRoute, created, readJson } from "@/lib/api/handler";
import { listCheckIns, recordCheckIn } from "@/lib/data/check-ins";

type P = { productionId: string };

/** `?performerId=…&since=YYYY-MM-DD` (since defaults to 30 days ago). */
export const GET = productionRoute<P>(({ scope, request }) => {
  const q = request.nextUrl.searchParams;
  return listCheckIns(scope, { performerId: q.get("performerId") ?? undefined, since: q.get("since") ?? undefined });
});

/** `{ performerId, date, sleep, soreness, fatigue, stress, mood, note? }`, each 1 (worst) to 5 (best). */
export const POST = productionRoute<P>(async ({ scope, request }) =>
  created(await recordCheckIn(scope, await readJson(request))),
);
