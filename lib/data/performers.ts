import "server-only";
import type { Actor } from "../domain/actor";
import { getDb } from "../server/db";
import { PERFORMING_MEMBER, authorize } from "./access";

export async function listPerformers(actor: Actor, productionId: string) {
  const db = await getDb();
  await authorize(db, actor, productionId, "production.view");
  const members = await db.membership.findMany({
    where: { productionId, ...PERFORMING_MEMBER },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map((m) => ({ performerId: m.user.id, name: m.user.name }));
}
