import { productionRoute, readJson } from "@/lib/api/handler";
import { updateDiscipline } from "@/lib/data/disciplines";

type P = { productionId: string; disciplineId: string };

/** `{ name?, unit?, fromTakes? }` (coordinators): rename, a new unit, or whether takes count as reps. Audited. */
export const PATCH = productionRoute<P>(async ({ scope, params, request }) => updateDiscipline(scope, params.disciplineId, await readJson(request)));
