import "server-only";
import type { Actor } from "../domain/actor";
import { dayInTimeZone } from "../domain/calendar-day";
import { getDb } from "../server/db";
import { isRole, type Role } from "../domain/permissions";
import { productionSettingsSchema } from "../schemas/production-settings";
import { authorize, loadMembership } from "./access";
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

/** The production as the actor may see it, with "today" on its own calendar. */
export async function getProductionForMember(actor: Actor, productionId: string, now = new Date()) {
  const db = await getDb();
  const { role, production } = await loadMembership(db, actor, productionId);
  return { ...production, role, today: dayInTimeZone(now, production.timeZone) };
}

/** Production-wide policies (coordinators). */
export async function updateProductionSettings(actor: Actor, productionId: string, input: unknown) {
  const data = parseOrThrow(productionSettingsSchema, input);
  const db = await getDb();
  await authorize(db, actor, productionId, "production.manageSettings");
  return db.production.update({
    where: { id: productionId },
    data,
    select: { id: true, name: true, timeZone: true, coordinatorLogsAreVerified: true },
  });
}
