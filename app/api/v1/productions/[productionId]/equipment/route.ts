import { created, productionRoute, readJson } from "@/lib/api/handler";
import { createEquipment, listEquipment } from "@/lib/data/equipment";

/** Every piece of equipment with its status, most urgent first (members). */
export const GET = productionRoute<{ productionId: string }>(async ({ scope }) => listEquipment(scope));

/** `{ name, kind, ownerId?, serviceIntervalDays?, lastServiceOn?, expiresOn? }` (coordinators). */
export const POST = productionRoute<{ productionId: string }>(async ({ scope, request }) => created(await createEquipment(scope, await readJson(request))));
