import { productionRoute, readJson } from "@/lib/api/handler";
import { updateIncident } from "@/lib/data/incidents";

/** `{ status: open | closed, followUp? }` (coordinators). */
export const PATCH = productionRoute<{ productionId: string; incidentId: string }>(async ({ scope, params, request }) =>
  updateIncident(scope, params.incidentId, await readJson(request)),
);
