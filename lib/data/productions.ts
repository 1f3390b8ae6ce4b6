import "server-only";
import type { Actor } from "../domain/actor";
import { getDb } from "../server/db";
import { isRole, type Role } from "../domain/permissions";
import { productionSettingsSchema } from "../schemas/production-settings";
import type { ProductionScope } from "../domain/scope";
import { requirePermission } from "./scope";
import { recordSettingChange } from "./setting-changes";
import { parseOrThrow } from "../schemas/parse";

export interface ProductionSummary {
  id: string;
  name: string;
  role: Role;
  timeZone: string;
}

export async function listProductionsForUser(actor: Actor): Promise<ProductionSummary[]> {
  const db = await getDb();
  const memberships = await db.membership.findMany({
    where: { userId: actor.userId },
    select: { role: true, production: { select: { id: true, name: true, timeZone: true } } },
    orderBy: { production: { name: "asc" } },
  });
  return memberships
    .filter((m) => isRole(m.role))
    .map((m) => ({ ...m.production, role: m.role as Role }));
}

/**
 * Production-wide policies (coordinators): whether a coordinator's entry
 * counts as signed, and which credential a verifier must hold. Only the keys
 * sent change, and the change records those keys before and after.
 */
export async function updateProductionSettings(scope: ProductionScope, input: unknown, now = new Date()) {
  const data = parseOrThrow(productionSettingsSchema, input);
  requirePermission(scope, "production.manageSettings");
  const db = await getDb();
  const select = { id: true, name: true, timeZone: true, coordinatorLogsAreVerified: true, verifierCredentialKind: true } as const;
  const changed = (Object.keys(data) as (keyof typeof data)[]).filter((key) => data[key] !== undefined);
  const pick = (row: Record<string, unknown>) => Object.fromEntries(changed.map((key) => [key, row[key]]));
  return db.$transaction(async (tx) => {
    const before = await tx.production.findUniqueOrThrow({ where: { id: scope.production.id }, select });
    const after = await tx.production.update({ where: { id: scope.production.id }, data, select });
    await recordSettingChange(
      tx,
      scope,
      { subject: "production-policy", subjectId: scope.production.id, before: pick(before), after: pick(after) },
      now,
    );
    return after;
  });
}
