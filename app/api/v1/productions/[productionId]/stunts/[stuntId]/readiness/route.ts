import { apiRoute } from "@/lib/api/handler";
import { getStuntReadiness } from "@/lib/data/stunt-readiness";

/** `{ stuntId, asOf, verdict: ready | not_ready | ready_with_warnings, reasons: [{ performerId, kind, blocking, message }] }`. */
export const GET = apiRoute<{ productionId: string; stuntId: string }>(({ actor, params }) =>
  getStuntReadiness(actor, params.productionId, params.stuntId),
);
