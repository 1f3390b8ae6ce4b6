import "server-only";
import type { JumpRow } from "../../domain/logbook";
import type { Db } from "../../server/db";

// Reads of per-jump rows next to the entries a page, the API or an export
// lists: one query per page or batch (never one per entry), and only entries
// that have rows get a `jumps` list.

const JUMP_SELECT = {
  sessionId: true,
  jumpNumber: true,
  exitAltitudeFt: true,
  deploymentAltitudeFt: true,
  freefallSeconds: true,
  jumpType: true,
  aircraft: true,
  dropzone: true,
  equipment: true,
  landingDistanceM: true,
  notes: true,
} as const;

const IDS_PER_QUERY = 250;

export async function withJumps<T extends { id: string }>(db: Db, entries: T[]): Promise<(T & { jumps?: JumpRow[] })[]> {
  if (entries.length === 0) return entries;
  // Prisma refuses an IN list past the driver's bound-parameter limit (an
  // export batch of 1,000 ids is past it on SQLite): ask in slices.
  const found = [];
  for (let start = 0; start < entries.length; start += IDS_PER_QUERY) {
    const ids = entries.slice(start, start + IDS_PER_QUERY).map((e) => e.id);
    found.push(...(await db.jump.findMany({ where: { sessionId: { in: ids } }, select: JUMP_SELECT, orderBy: [{ sessionId: "asc" }, { jumpNumber: "asc" }] })));
  }
  if (found.length === 0) return entries;
  const bySession = new Map<string, JumpRow[]>();
  for (const { sessionId, ...jump } of found) {
    const list = bySession.get(sessionId) ?? [];
    list.push(jump);
    bySession.set(sessionId, list);
  }
  return entries.map((e) => {
    const jumps = bySession.get(e.id);
    return jumps ? { ...e, jumps } : e;
  });
}
