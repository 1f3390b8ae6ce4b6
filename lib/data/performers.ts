import "server-only";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { PERFORMING_MEMBER } from "./access";
import { requirePermission } from "./scope";

export async function listPerformers(scope: ProductionScope) {
  requirePermission(scope, "production.view");
  const productionId = scope.production.id;
  const db = await getDb();
  const members = await db.membership.findMany({
    where: { productionId, ...PERFORMING_MEMBER },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map((m) => ({ performerId: m.user.id, name: m.user.name }));
}
