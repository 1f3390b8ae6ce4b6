import { apiRoute, readJson } from "@/lib/api/handler";
import { getProductionForMember, updateProductionSettings } from "@/lib/data/productions";

type P = { productionId: string };

export const GET = apiRoute<P>(async ({ actor, params }) => {
  const { id, name, timeZone, role, coordinatorLogsAreVerified, today } = await getProductionForMember(actor, params.productionId);
  return { id, name, timeZone, role, coordinatorLogsAreVerified, today };
});

/** `{ coordinatorLogsAreVerified }`: whether a coordinator's entry for someone else counts as their signature. */
export const PATCH = apiRoute<P>(async ({ actor, params, request }) =>
  updateProductionSettings(actor, params.productionId, await readJson(request)),
);
