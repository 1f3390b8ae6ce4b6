import "server-only";
import { ValidationError } from "../../domain/errors";
import type { Db } from "../../server/db";
import { rows, run, type SqlBody } from "../../server/sql-steps";

// The equipment used in a session (a rig on a skydive): written by the
// session writer with its entry, read next to the entries a page lists. Only
// the link is kept; the equipment's own record says what it is.

/** Link an entry to equipment of its production; an id of none is a 400 naming the field, and nothing is written. */
export function* insertSessionEquipment(productionId: string, sessionId: string, equipmentIds: readonly string[]): SqlBody<void> {
  const ids = [...new Set(equipmentIds)];
  if (ids.length === 0) return;
  const found = yield* rows<{ id: string }>(`SELECT "id" FROM "Equipment" WHERE "productionId" = ? AND "id" IN (${ids.map(() => "?").join(", ")})`, productionId, ...ids);
  if (found.length !== ids.length) throw new ValidationError({ equipmentIds: "Every piece of equipment must belong to this production" });
  for (const id of ids) yield* run(`INSERT INTO "SessionEquipment" ("sessionId", "equipmentId") VALUES (?, ?)`, sessionId, id);
}

/** An entry's equipment by name, read in the writer's transaction (the answer to a log). */
export function* readSessionEquipment(sessionId: string): SqlBody<{ id: string; name: string }[]> {
  return yield* rows<{ id: string; name: string }>(
    `SELECT e."id" AS "id", e."name" AS "name" FROM "SessionEquipment" se JOIN "Equipment" e ON e."id" = se."equipmentId" WHERE se."sessionId" = ? ORDER BY e."name", e."id"`,
    sessionId,
  );
}

/** Remove an entry's links (before the entry itself: there is no foreign key to cascade). */
export function* deleteSessionEquipment(sessionId: string): SqlBody<number> {
  return yield* run(`DELETE FROM "SessionEquipment" WHERE "sessionId" = ?`, sessionId);
}

const IDS_PER_QUERY = 250;

/** The equipment of each listed entry that has any, by name: one query per batch of entries. */
export async function withEquipment<T extends { id: string }>(db: Db, entries: T[]): Promise<(T & { equipment?: { id: string; name: string }[] })[]> {
  if (entries.length === 0) return entries;
  const links: { sessionId: string; equipmentId: string }[] = [];
  for (let start = 0; start < entries.length; start += IDS_PER_QUERY) {
    const ids = entries.slice(start, start + IDS_PER_QUERY).map((e) => e.id);
    links.push(...(await db.sessionEquipment.findMany({ where: { sessionId: { in: ids } }, select: { sessionId: true, equipmentId: true } })));
  }
  if (links.length === 0) return entries;
  const names = new Map(
    (await db.equipment.findMany({ where: { id: { in: [...new Set(links.map((l) => l.equipmentId))] } }, select: { id: true, name: true } })).map((e) => [e.id, e.name]),
  );
  const bySession = new Map<string, { id: string; name: string }[]>();
  for (const l of links) {
    // Equipment removed since: the link says nothing anymore.
    const name = names.get(l.equipmentId);
    if (!name) continue;
    bySession.set(l.sessionId, [...(bySession.get(l.sessionId) ?? []), { id: l.equipmentId, name }]);
  }
  return entries.map((e) => {
    const equipment = bySession.get(e.id)?.sort((a, b) => a.name.localeCompare(b.name));
    return equipment ? { ...e, equipment } : e;
  });
}
