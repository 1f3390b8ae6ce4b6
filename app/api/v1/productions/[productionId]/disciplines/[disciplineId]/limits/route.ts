import { apiRoute, readJson } from "@/lib/api/handler";
import { setDoseLimits } from "@/lib/data/limits";

/** `{ maxPerDay?, maxPer7Days?, minRestDays?, hard }` (coordinators); an omitted limit is cleared. */
export const PUT = apiRoute<{ productionId: string; disciplineId: string }>(async ({ actor, params, request }) =>
  setDoseLimits(actor, params.productionId, params.disciplineId, await readJson(request)),
);
