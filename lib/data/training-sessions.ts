import "server-only";
import type { Actor } from "../auth/actor";
import { dayInTimeZone, formatDay } from "../calendar-day";
import { getDb } from "../db";
import { publishProductionChange } from "../live-updates";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { canLogSessionFor, canVerifySession, canViewPerformer, initialSessionStatus } from "../permissions";
import { logTrainingSessionSchema, rejectTrainingSessionSchema } from "../schemas/training-session";
import { authorize, findDiscipline, findPerformer, forbiddenMessage, loadMembership } from "./access";
import { refreshGoalReaches } from "./goal-reaches";
import { parseOrThrow } from "./parse";

const sessionSelect = {
  id: true,
  performerId: true,
  disciplineId: true,
  date: true,
  count: true,
  durationMinutes: true,
  location: true,
  notes: true,
  status: true,
  rejectionReason: true,
  verifiedAt: true,
  createdAt: true,
  discipline: { select: { name: true, unit: true } },
  performer: { select: { name: true } },
  loggedBy: { select: { id: true, name: true } },
  verifiedBy: { select: { name: true, credential: true } },
} as const;

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
  await findDiscipline(db, productionId, data.disciplineId);
  // Training is logged after it happens; "today" is the production's, not the server's.
  const today = dayInTimeZone(now, production.timeZone);
  if (data.date > today) {
    throw new ValidationError({ date: `Date cannot be after today (${formatDay(today)} in ${production.timeZone})` });
  }
  const status = initialSessionStatus(role, actor.userId, data.performerId, production.coordinatorLogsAreVerified);
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
    },
    select: sessionSelect,
    });
    await refreshGoalReaches(tx, { productionId, performerId: data.performerId, disciplineId: data.disciplineId });
    return row;
  });
  publishProductionChange(productionId, "session-logged", now);
  return created;
}

async function loadSessionForSignOff(actor: Actor, productionId: string, sessionId: string) {
  const db = await getDb();
  const { role } = await loadMembership(db, actor, productionId);
  const session = await db.trainingSession.findFirst({
    where: { id: sessionId, productionId },
    select: { id: true, performerId: true, disciplineId: true, status: true },
  });
  if (!session) throw new NotFoundError("No such session in this production");
  if (!canVerifySession(role, actor.userId, session)) {
    throw new ForbiddenError(
      session.performerId === actor.userId
        ? "You cannot sign off your own entry: another coordinator must verify it"
        : forbiddenMessage("session.verify"),
    );
  }
  if (session.status !== "pending") throw new ConflictError(`This session is already ${session.status}`);
  return { db, session };
}

export async function verifyTrainingSession(actor: Actor, productionId: string, sessionId: string, now = new Date()) {
  const { db } = await loadSessionForSignOff(actor, productionId, sessionId);
  // Conditional on "pending": two coordinators clicking at once cannot both sign.
  const { count } = await db.trainingSession.updateMany({
    where: { id: sessionId, status: "pending" },
    data: { status: "verified", verifiedById: actor.userId, verifiedAt: now },
  });
  if (count === 0) throw new ConflictError("This session was signed off by someone else a moment ago");
  publishProductionChange(productionId, "session-verified", now);
  return db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: sessionSelect });
}

export async function rejectTrainingSession(
  actor: Actor,
  productionId: string,
  sessionId: string,
  input: unknown,
  now = new Date(),
) {
  const { reason } = parseOrThrow(rejectTrainingSessionSchema, input);
  const { db, session } = await loadSessionForSignOff(actor, productionId, sessionId);
  // A rejected entry stops counting: the reach days of its goals move with it.
  const count = await db.$transaction(async (tx) => {
    const { count } = await tx.trainingSession.updateMany({
      where: { id: sessionId, status: "pending" },
      data: { status: "rejected", rejectionReason: reason, verifiedById: actor.userId, verifiedAt: now },
    });
    if (count > 0) {
      await refreshGoalReaches(tx, { productionId, performerId: session.performerId, disciplineId: session.disciplineId });
    }
    return count;
  });
  if (count === 0) throw new ConflictError("This session was signed off by someone else a moment ago");
  publishProductionChange(productionId, "session-rejected", now);
  return db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: sessionSelect });
}

/** The coordinator's sign-off queue, oldest first. */
export async function listPendingSessions(actor: Actor, productionId: string) {
  const db = await getDb();
  await authorize(db, actor, productionId, "session.verify");
  return db.trainingSession.findMany({
    where: { productionId, status: "pending" },
    select: sessionSelect,
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    take: 200,
  });
}

export type TrainingSessionRow = Awaited<ReturnType<typeof listPendingSessions>>[number];

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

export async function countPendingSessions(actor: Actor, productionId: string): Promise<number> {
  const db = await getDb();
  await authorize(db, actor, productionId, "session.verify");
  return db.trainingSession.count({ where: { productionId, status: "pending" } });
}
