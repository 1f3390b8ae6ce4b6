import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { ForbiddenError } from "../domain/errors";
import { canCheckInFor, canViewPerformer } from "../domain/permissions";
import { addDays } from "../domain/calendar-day";
import { checkInAverage, checkInQuerySchema, checkInSchema } from "../schemas/check-in";
import { findPerformer } from "./access";
import { parseOrThrow } from "../schemas/parse";
import { assertNotFuture } from "../domain/not-future";

const checkInSelect = { date: true, sleep: true, soreness: true, fatigue: true, stress: true, mood: true, note: true } as const;

/** Record a day's check-in; a second one the same day replaces the first. */
export async function recordCheckIn(scope: ProductionScope, input: unknown, now = new Date()) {
  const data = parseOrThrow(checkInSchema, input);
  const { actor, role, production } = scope;
  const productionId = production.id;
  const db = await getDb();
  await findPerformer(db, productionId, data.performerId);
  if (!canCheckInFor(role, actor.userId, data.performerId)) throw new ForbiddenError("Performers check in for themselves only");
  assertNotFuture(data.date, production.timeZone, now);
  const { performerId, date, ...scores } = data;
  const row = await db.$transaction(async (tx) => {
    const where = { productionId_performerId_date: { productionId, performerId, date } };
    const before = await tx.readinessCheckIn.findUnique({ where, select: checkInSelect });
    const after = await tx.readinessCheckIn.upsert({
      where,
      create: { productionId, performerId, date, ...scores, note: scores.note ?? null, loggedById: actor.userId },
      update: { ...scores, note: scores.note ?? null, loggedById: actor.userId },
      select: { ...checkInSelect, id: true },
    });
    const { id, ...recorded } = after;
    await recordAudit(tx, auditorOf(scope), { subject: "check-in", subjectId: id, action: before ? "edit" : "create", before: before && { performerId, ...before }, after: { performerId, ...recorded } }, now);
    return recorded;
  });
  return { performerId, ...row, average: checkInAverage(row) };
}

/** A performer's check-ins, oldest first, from `since` (default: the last 30 days in the production's zone). */
export async function listCheckIns(scope: ProductionScope, query: unknown) {
  const { performerId, since: sinceInput } = parseOrThrow(checkInQuerySchema, query);
  const { actor, role } = scope;
  const productionId = scope.production.id;
  const db = await getDb();
  const since = sinceInput ?? addDays(scope.today, -29);
  await findPerformer(db, productionId, performerId);
  if (!canViewPerformer(role, actor.userId, performerId)) throw new ForbiddenError("Performers see their own check-ins only");
  const rows = await db.readinessCheckIn.findMany({ where: { productionId, performerId, date: { gte: since } }, select: checkInSelect, orderBy: { date: "asc" } });
  return rows.map((r) => ({ ...r, average: checkInAverage(r) }));
}
