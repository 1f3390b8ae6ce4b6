import { productionRoute, readJson } from "@/lib/api/handler";
import { setCurrencyRule } from "@/lib/data/currency";

/** `{ count, days }` sets the discipline's currency rule, `{}` clears it (coordinators). */
export const PUT = productionRoute<{ productionId: string; disciplineId: string }>(async ({ scope, params, request }) =>
  setCurrencyRule(scope, params.disciplineId, await readJson(request)),
);
