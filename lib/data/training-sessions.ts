import "server-only";
import type { Actor } from "../domain/actor";
import { dayInTimeZone, formatDay } from "../domain/calendar-day";
import { getDb, type Db } from "../server/db";
import { ConflictError, errorForRefusal, ForbiddenError, LimitExceededError, NotFoundError, ValidationError } from "../domain/errors";
import { publishProductionChange } from "../server/live-updates";
import { can, canLogSessionFor, canViewPerformer, initialSessionStatus, refuseCorrection } from "../domain/permissions";
import { logTrainingSessionSchema } from "../schemas/training-session";
import { findDiscipline, findPerformer, forbiddenMessage, loadMembership } from "./access";
import { recordAudit, snapshot } from "./audit";
import { refreshGoalReaches } from "./goal-reaches";
import { evaluateDoseLimits, limitsOf } from "./limits";
import { parseOrThrow } from "../schemas/parse";
import { sessionSelect } from "./session-select";


/** Training is logged after it happens: a date after the production's today is refused. */
export function assertNotFuture(date: string, timeZone: string, now: Date) {
  const today = dayInTimeZone(now, timeZone);
  if (date > today) throw new ValidationError({ date: `Date cannot be after today (${formatDay(today)} in ${timeZone})` });
}

/**
 * Log a session, or with `correctsId` a correction of a verified entry. The
 * entry, its audit event and the goals' reach days are written together.
 */
export async function logTrainingSession(actor: Actor, productionId: string, input: unknown, now = new Date()) {
  const data = parseOrThrow(logTrainingSessionSchema, input);
  const db = await getDb();
  const { role, production } = await loadMembership(db, actor, productionId);
  await findPerformer(db, productionId, data.performerId);
  if (!canLogSessionFor(role, actor.userId, data.performerId)) {
    throw new ForbiddenError(
      role === "performer" ? "Performers log sessions for themselves only" : forbiddenMessage("session.logForAnyone"),
    );
  }
  const discipline = await findDiscipline(db, productionId, data.disciplineId);
  assertNotFuture(data.date, production.timeZone, now);
  if (data.correctsId) await assertCorrectable(db, actor, role, productionId, data.correctsId, data.performerId);

  // Dose limits: soft ones warn, hard ones refuse unless a coordinator overrides with a reason.
  const limits = limitsOf(discipline);
  const violations = (
    await evaluateDoseLimits(db, { productionId, performerId: data.performerId, disciplineId: data.disciplineId }, limits, data, data.correctsId ? [data.correctsId] : [])
  ).map((v) => v.message);
  let limitOverrideReason: string | null = null;
  if (violations.length && limits.hard) {
    if (!data.overrideReason) throw new LimitExceededError(violations);
    if (!can(role, "limits.override")) throw new ForbiddenError("Only a coordinator may override a hard dose limit");
    limitOverrideReason = data.overrideReason;
  }

  // A correction always waits for sign-off: it changes an entry someone already signed.
  const status = data.correctsId
    ? "pending"
    : initialSessionStatus(role, actor.userId, data.performerId, production.coordinatorLogsAreVerified);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.trainingSession.create({
      data: {
        productionId,
        performerId: data.performerId,
        disciplineId: data.disciplineId,
        date: data.date,
        count: data.count,
        durationMinutes: data.durationMinutes ?? null,
        location: data.location ?? null,
        notes: data.notes ?? null,
        status,
        loggedById: actor.userId,
        verifiedById: status === "verified" ? actor.userId : null,
        verifiedAt: status === "verified" ? now : null,
        correctsId: data.correctsId ?? null,
        correctionReason: data.correctsId ? (data.reason ?? null) : null,
        limitOverrideReason,
      },
      select: sessionSelect,
    });
    await recordAudit(tx, {
      productionId,
      sessionId: row.id,
      actorId: actor.userId,
      action: data.correctsId ? "correct" : "create",
      after: snapshot(row),
      reason: data.correctsId ? data.reason : limitOverrideReason ? `Hard limit overridden: ${limitOverrideReason} (${violations.join("; ")})` : null,
      at: now,
    });
    if (status === "verified") {
      await recordAudit(tx, { productionId, sessionId: row.id, actorId: actor.userId, action: "verify", reason: "logged by a coordinator", at: now });
    }
    await refreshGoalReaches(tx, { productionId, performerId: data.performerId, disciplineId: data.disciplineId });
    return row;
  });
  await publishProductionChange(productionId, "session-logged", now);
  return { ...created, warnings: violations };
}

async function assertCorrectable(db: Db, actor: Actor, role: Parameters<typeof refuseCorrection>[0], productionId: string, correctsId: string, performerId: string) {
  const original = await db.trainingSession.findFirst({
    where: { id: correctsId, productionId },
    select: { performerId: true, status: true },
  });
  if (!original) throw new NotFoundError("The entry to correct does not exist in this production");
  if (original.performerId !== performerId) {
    throw new ValidationError({ performerId: "A correction is for the same performer as the entry it corrects" });
  }
  const refusal = refuseCorrection(role, actor.userId, original);
  if (refusal) throw errorForRefusal(refusal);
  const pendingCorrection = await db.trainingSession.count({ where: { correctsId, productionId, status: "pending" } });
  if (pendingCorrection > 0) throw new ConflictError("A correction of this entry is already waiting for sign-off");
}

/** A performer's latest entries, newest first (their logbook page). */
export async function listSessionsForPerformer(actor: Actor, productionId: string, performerId: string, limit = 25) {
  const db = await getDb();
  const { role } = await loadMembership(db, actor, productionId);
  await findPerformer(db, productionId, performerId);
  if (!canViewPerformer(role, actor.userId, performerId)) throw new ForbiddenError("Performers see their own logbook only");
  return db.trainingSession.findMany({
    where: { productionId, performerId },
    select: sessionSelect,
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    take: limit,
  });
}

export type TrainingSessionRow = Awaited<ReturnType<typeof listSessionsForPerformer>>[number];

/** One entry, for those who may see its performer's logbook. */
export async function getTrainingSession(actor: Actor, productionId: string, sessionId: string) {
  const db = await getDb();
  const { role } = await loadMembership(db, actor, productionId);
  const session = await db.trainingSession.findFirst({ where: { id: sessionId, productionId }, select: sessionSelect });
  if (!session) throw new NotFoundError("No such session in this production");
  if (!canViewPerformer(role, actor.userId, session.performerId)) throw new ForbiddenError("Performers see their own logbook only");
  return session;
}
