import { productionRoute, readJson } from "@/lib/api/handler";
import { deleteEquipment, updateEquipment } from "@/lib/data/equipment";

/** The whole record again, e.g. with a new `lastServiceOn` after a repack (coordinators). */
export const PUT = productionRoute<{ productionId: string; equipmentId: string }>(async ({ scope, params, request }) =>
  updateEquipment(scope, params.equipmentId, await readJson(request)),
);

export const DELETE = productionRoute<{ productionId: string; equipmentId: string }>(async ({ scope, params }) => deleteEquipment(scope, params.equipmentId));
