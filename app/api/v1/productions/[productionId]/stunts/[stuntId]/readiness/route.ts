import { productionRoute } from "@/lib/api/handler";
import { getStuntReadiness } from "@/lib/data/stunt-readiness";

/** `{ stuntId, asOf, verdict: ready | not_ready | ready_with_warnings, reasons: [{ performerId, kind, blocking, message }] }`. */
export const GET = productionRoute<{ productionId: string; stuntId: string }>(({ scope, params }) =>
  getStuntReadiness(scope, params.stuntId),
);
