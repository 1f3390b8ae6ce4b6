import "server-only";
import { ForbiddenError, NotFoundError } from "../../domain/errors";
import { decodeCursor, encodeCursor } from "../../domain/logbook-cursor";
import { can, canViewPerformer } from "../../domain/permissions";
import type { LogbookEntry } from "../../domain/logbook";
import type { ProductionScope } from "../../domain/scope";
import { getDb } from "../../server/db";
import { ID_PATTERN } from "../../schemas/fields";
import { LOGBOOK_PAGE_SIZE, logbookQuerySchema, type LogbookFilter } from "../../schemas/logbook";
import { parseOrThrow } from "../../schemas/parse";
import { findDiscipline, findPerformer } from "../access";
import { requirePermission } from "../scope";
import { sessionSelect } from "./select";
import { withJumps } from "./jump-rows";
import { withEquipment } from "./session-equipment";

/** A performer's latest entries, newest first (their logbook page). */
export async function listSessionsForPerformer(scope: ProductionScope, performerId: string, limit = 25) {
  const db = await getDb();
  const productionId = scope.production.id;
  await findPerformer(db, productionId, performerId);
  if (!canViewPerformer(scope.role, scope.actor.userId, performerId)) throw new ForbiddenError("Performers see their own logbook only");
  return db.trainingSession.findMany({
    where: { productionId, performerId },
    select: sessionSelect,
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    take: limit,
  });
}

export type TrainingSessionRow = Awaited<ReturnType<typeof listSessionsForPerformer>>[number];
// Compile-time check: the select keeps producing the plain entry that screens render.
true satisfies TrainingSessionRow extends LogbookEntry ? true : false;

/** One entry, for those who may see its performer's logbook. */
export async function getTrainingSession(scope: ProductionScope, sessionId: string) {
  // From a page's URL, unchecked: one that cannot be an id names nothing (PostgreSQL fails on a NUL).
  if (!ID_PATTERN.test(sessionId)) throw new NotFoundError("No such session in this production");
  const db = await getDb();
  const session = await db.trainingSession.findFirst({ where: { id: sessionId, productionId: scope.production.id }, select: sessionSelect });
  if (!session) throw new NotFoundError("No such session in this production");
  if (!canViewPerformer(scope.role, scope.actor.userId, session.performerId)) throw new ForbiddenError("Performers see their own logbook only");
  return (await withEquipment(db, await withJumps(db, [session])))[0]!;
}

/**
 * The performer a logbook request is about: the one asked for (404 if not a
 * performer here, 403 if the caller may not see them), else the caller's own
 * for a performer, else the whole production (null) for those who see everyone.
 */
async function logbookPerformer(scope: ProductionScope, performerId: string | undefined): Promise<string | null> {
  if (performerId) {
    await findPerformer(await getDb(), scope.production.id, performerId);
    if (!canViewPerformer(scope.role, scope.actor.userId, performerId)) throw new ForbiddenError("Performers see their own logbook only");
    return performerId;
  }
  if (can(scope.role, "performer.viewAny")) return null;
  if (can(scope.role, "performer.viewOwn")) return scope.actor.userId;
  throw new ForbiddenError("Your role does not see logbooks");
}

/** The entries a logbook filter selects, as a Prisma condition (shared by the list and its total). */
export async function logbookWhere(scope: ProductionScope, filter: LogbookFilter) {
  const performerId = await logbookPerformer(scope, filter.performerId);
  if (filter.disciplineId) await findDiscipline(await getDb(), scope.production.id, filter.disciplineId);
  return {
    productionId: scope.production.id,
    ...(performerId ? { performerId } : {}),
    ...(filter.disciplineId ? { disciplineId: filter.disciplineId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.from || filter.to ? { date: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
  };
}

/**
 * A page of a logbook, newest first, with the total the filters select and
 * the cursor of the next page (null on the last): every entry ever logged is
 * reachable, however long the history. Keyset paging on (date, createdAt, id),
 * so a page costs the same at entry 25 as at entry 25,000.
 */
export async function listLogbook(scope: ProductionScope, input: unknown) {
  const query = parseOrThrow(logbookQuerySchema, input);
  const limit = query.limit ?? LOGBOOK_PAGE_SIZE;
  const where = await logbookWhere(scope, query);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const db = await getDb();
  const older = after
    ? {
        OR: [
          { date: { lt: after.date } },
          { date: after.date, createdAt: { lt: new Date(after.createdAt) } },
          { date: after.date, createdAt: new Date(after.createdAt), id: { lt: after.id } },
        ],
      }
    : {};
  const [rows, total] = await Promise.all([
    db.trainingSession.findMany({
      where: { AND: [where, older] },
      select: sessionSelect,
      orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
    }),
    db.trainingSession.count({ where }),
  ]);
  const entries = await withEquipment(db, await withJumps(db, rows.slice(0, limit)));
  const last = entries.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ date: last.date, createdAt: last.createdAt.toISOString(), id: last.id }) : null;
  return { entries, total, nextCursor };
}

/** The coordinator's sign-off queue, oldest first. */
export async function listPendingSessions(scope: ProductionScope) {
  requirePermission(scope, "session.verify");
  const db = await getDb();
  return db.trainingSession.findMany({
    where: { productionId: scope.production.id, status: "pending" },
    select: sessionSelect,
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    take: 200,
  });
}

/** The entries that pending corrections would replace, by id, for the queue's before → after (coordinators). */
export async function correctedOriginals(scope: ProductionScope, ids: readonly string[]) {
  requirePermission(scope, "session.verify");
  if (ids.length === 0) return new Map<string, { date: string; count: number; durationMinutes: number | null; location: string | null; discipline: string }>();
  const db = await getDb();
  const rows = await db.trainingSession.findMany({
    where: { productionId: scope.production.id, id: { in: [...ids] } },
    select: { id: true, date: true, count: true, durationMinutes: true, location: true, discipline: { select: { name: true } } },
  });
  return new Map(rows.map((r) => [r.id, { date: r.date, count: r.count, durationMinutes: r.durationMinutes, location: r.location, discipline: r.discipline.name }]));
}

/** Which of these entries (a logbook page) a pending correction would replace: they offer no second correction. */
export async function withPendingCorrection(scope: ProductionScope, performerId: string, ids: readonly string[]): Promise<string[]> {
  if (!canViewPerformer(scope.role, scope.actor.userId, performerId)) throw new ForbiddenError("Performers see their own logbook only");
  if (ids.length === 0) return [];
  const db = await getDb();
  const rows = await db.trainingSession.findMany({ where: { productionId: scope.production.id, performerId, status: "pending", correctsId: { in: [...ids] } }, select: { correctsId: true } });
  return rows.map((r) => r.correctsId!);
}

export async function countPendingSessions(scope: ProductionScope): Promise<number> {
  requirePermission(scope, "session.verify");
  const db = await getDb();
  return db.trainingSession.count({ where: { productionId: scope.production.id, status: "pending" } });
}
