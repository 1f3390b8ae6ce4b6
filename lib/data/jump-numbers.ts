import "server-only";
import { ForbiddenError } from "../domain/errors";
import { canViewPerformer } from "../domain/permissions";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";

/**
 * The number the performer's next jump would take: one past the highest jump
 * number of their entries that still stand (pending or verified). Only a
 * suggestion for the log form's first row; the session writer decides, under
 * the performer's lock, whether a number is free.
 */
export async function nextJumpNumber(scope: ProductionScope, performerId: string): Promise<number> {
  if (!canViewPerformer(scope.role, scope.actor.userId, performerId)) throw new ForbiddenError("Performers see their own logbook only");
  const db = await getDb();
  const found = await db.jump.aggregate({
    where: { productionId: scope.production.id, performerId, session: { status: { in: ["pending", "verified"] } } },
    _max: { jumpNumber: true },
  });
  return (found._max.jumpNumber ?? 0) + 1;
}
