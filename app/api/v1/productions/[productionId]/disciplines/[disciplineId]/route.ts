import { productionRoute, readJson } from "@/lib/api/handler";
import { updateDiscipline } from "@/lib/data/disciplines";

type P = { productionId: string; disciplineId: string };

/** `{ name?, unit?, fromTakes? }` or `{ archived }` alone (coordinators): rename, a new unit, whether takes count as reps; or archive / restore. Audited. */
export const PATCH = productionRoute<P>(async ({ scope, params, request }) => updateDiscipline(scope, params.disciplineId, await readJson(request)));
