import { apiRoute, readJson } from "@/lib/api/handler";
import { updateIncident } from "@/lib/data/incidents";

/** `{ status: open | closed, followUp? }` (coordinators). */
export const PATCH = apiRoute<{ productionId: string; incidentId: string }>(async ({ actor, params, request }) =>
  updateIncident(actor, params.productionId, params.incidentId, await readJson(request)),
);
