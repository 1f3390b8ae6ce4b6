import { productionRoute, readJson } from "@/lib/api/handler";
import { updateProductionSettings } from "@/lib/data/productions";

type P = { productionId: string };

/** The production as the caller sees it: their role, and today on its calendar. */
export const GET = productionRoute<P>(async ({ scope }) => {
  const { production, role, today } = scope;
  return {
    id: production.id,
    name: production.name,
    timeZone: production.timeZone,
    role,
    coordinatorLogsAreVerified: production.coordinatorLogsAreVerified,
    verifierCredentialKind: production.verifierCredentialKind,
    today,
  };
});

/**
 * `{ coordinatorLogsAreVerified?, verifierCredentialKind? }`: whether a coordinator's entry for someone else
 * counts as their signature, and which valid credential a verifier must hold (null: none).
 */
export const PATCH = productionRoute<P>(async ({ scope, request }) => updateProductionSettings(scope, await readJson(request)));
