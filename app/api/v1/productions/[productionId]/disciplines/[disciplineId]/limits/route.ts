import { productionRoute, readJson } from "@/lib/api/handler";
import { setDoseLimits } from "@/lib/data/limits";

/** `{ maxPerDay?, maxPer7Days?, minRestDays?, hard }` (coordinators); an omitted limit is cleared. */
export const PUT = productionRoute<{ productionId: string; disciplineId: string }>(async ({ scope, params, request }) =>
  setDoseLimits(scope, params.disciplineId, await readJson(request)),
);
