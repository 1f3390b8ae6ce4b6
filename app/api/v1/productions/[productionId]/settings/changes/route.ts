import { productionRoute } from "@/lib/api/handler";
import { listSettingChanges } from "@/lib/data/setting-changes";

/** The latest changes to safety settings (dose limits, sign-off policy), newest first: who, when, before and after. */
export const GET = productionRoute<{ productionId: string }>(async ({ scope }) => listSettingChanges(scope));
