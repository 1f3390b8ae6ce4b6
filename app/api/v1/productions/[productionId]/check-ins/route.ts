import { apiRoute, created, readJson } from "@/lib/api/handler";
import { addDays, dayInTimeZone } from "@/lib/calendar-day";
import { listCheckIns, recordCheckIn } from "@/lib/data/check-ins";
import { ValidationError } from "@/lib/errors";

type P = { productionId: string };

/** `?performerId=…&since=YYYY-MM-DD` (since defaults to 30 days ago). */
export const GET = apiRoute<P>(({ actor, params, request }) => {
  const q = request.nextUrl.searchParams;
  const performerId = q.get("performerId");
  if (!performerId) throw new ValidationError({ performerId: "Choose a performer" });
  return listCheckIns(actor, params.productionId, performerId, q.get("since") ?? addDays(dayInTimeZone(new Date(), "UTC"), -30));
});

/** `{ performerId, date, sleep, soreness, fatigue, stress, mood, note? }`, each 1 (worst) to 5 (best). */
export const POST = apiRoute<P>(async ({ actor, params, request }) =>
  created(await recordCheckIn(actor, params.productionId, await readJson(request))),
);
