import "server-only";
import { ForbiddenError, NotFoundError } from "../../domain/errors";
import { canViewPerformer } from "../../domain/permissions";
import type { LogbookEntry } from "../../domain/logbook";
import type { ProductionScope } from "../../domain/scope";
import { getDb } from "../../server/db";
import { ID_PATTERN } from "../../schemas/fields";
import { findPerformer } from "../access";
import { requirePermission } from "../scope";
import { sessionSelect } from "./select";

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
  return session;
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

export async function countPendingSessions(scope: ProductionScope): Promise<number> {
  requirePermission(scope, "session.verify");
  const db = await getDb();
  return db.trainingSession.count({ where: { productionId: scope.production.id, status: "pending" } });
}
