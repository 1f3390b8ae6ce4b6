import "server-only";
import type { Actor } from "../domain/actor";
import { getDb, type Db } from "../server/db";
import { ConflictError, ForbiddenError, NotFoundError } from "../domain/errors";
import { publishProductionChange } from "../server/live-updates";
import { canVerifySession, type Role } from "../domain/permissions";
import { bulkVerifySchema, rejectTrainingSessionSchema } from "../schemas/training-session";
import { authorize, forbiddenMessage, loadMembership } from "./access";
import { recordAudit, snapshot } from "./audit";
import { refreshGoalReaches } from "./goal-reaches";
import { parseOrThrow } from "../schemas/parse";
import { sessionSelect } from "./session-select";

// Sign-off, as in a skydiving logbook: a coordinator verifies or rejects a
// pending entry; nobody signs their own; a signature is final.

const signOffSelect = { id: true, performerId: true, disciplineId: true, status: true, correctsId: true, correctionReason: true } as const;

function refuseSignOff(role: Role, actor: Actor, session: { performerId: string; status: string }) {
  if (!canVerifySession(role, actor.userId, session)) {
    return new ForbiddenError(
      session.performerId === actor.userId
        ? "You cannot sign off your own entry: another coordinator must verify it"
        : forbiddenMessage("session.verify"),
    );
  }
  if (session.status !== "pending") return new ConflictError(`This session is already ${session.status}`);
  return null;
}

async function loadForSignOff(db: Db, actor: Actor, productionId: string, sessionId: string) {
  const { role } = await loadMembership(db, actor, productionId);
  const session = await db.trainingSession.findFirst({ where: { id: sessionId, productionId }, select: signOffSelect });
  if (!session) throw new NotFoundError("No such session in this production");
  const refusal = refuseSignOff(role, actor, session);
  if (refusal) throw refusal;
  return session;
}

/** Verify inside a transaction; a verified correction supersedes the entry it corrects. */
async function verifyInTransaction(
  db: Db,
  actor: Actor,
  productionId: string,
  session: { id: string; performerId: string; disciplineId: string; correctsId: string | null; correctionReason: string | null },
  now: Date,
) {
  await db.$transaction(async (tx) => {
    // Conditional on "pending": two coordinators clicking at once cannot both sign.
    const { count } = await tx.trainingSession.updateMany({
      where: { id: session.id, status: "pending" },
      data: { status: "verified", verifiedById: actor.userId, verifiedAt: now },
    });
    if (count === 0) throw new ConflictError("This session was signed off by someone else a moment ago");
    await recordAudit(tx, { productionId, sessionId: session.id, actorId: actor.userId, action: "verify", at: now });
    if (session.correctsId) {
      const original = await tx.trainingSession.findFirstOrThrow({ where: { id: session.correctsId, productionId } });
      // Two corrections of one entry must never both count: only the first to be verified supersedes it.
      const { count: superseded } = await tx.trainingSession.updateMany({
        where: { id: original.id, productionId, status: "verified" },
        data: { status: "superseded" },
      });
      if (superseded === 0) throw new ConflictError("The entry this corrects was already replaced; reject this correction instead");
      await recordAudit(tx, {
        productionId,
        sessionId: original.id,
        actorId: actor.userId,
        action: "supersede",
        before: snapshot(original),
        after: snapshot({ ...original, status: "superseded" }),
        reason: `Replaced by a verified correction: ${session.correctionReason ?? "no reason given"}`,
        at: now,
      });
      await refreshGoalReaches(tx, { productionId, performerId: original.performerId, disciplineId: original.disciplineId });
    }
    await refreshGoalReaches(tx, { productionId, performerId: session.performerId, disciplineId: session.disciplineId });
  });
}

export async function verifyTrainingSession(actor: Actor, productionId: string, sessionId: string, now = new Date()) {
  const db = await getDb();
  const session = await loadForSignOff(db, actor, productionId, sessionId);
  await verifyInTransaction(db, actor, productionId, session, now);
  await publishProductionChange(productionId, "session-verified", now);
  return db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: sessionSelect });
}

/**
 * Verify many entries. Each is judged on its own: the answer lists what was
 * verified and why each other entry was skipped (own entry, already signed…).
 */
export async function verifyTrainingSessions(actor: Actor, productionId: string, input: unknown, now = new Date()) {
  const { sessionIds } = parseOrThrow(bulkVerifySchema, input);
  const db = await getDb();
  const { role } = await authorize(db, actor, productionId, "session.verify");
  const sessions = await db.trainingSession.findMany({ where: { id: { in: sessionIds }, productionId }, select: signOffSelect });
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const verified: string[] = [];
  const skipped: { id: string; reason: string }[] = [];
  for (const id of [...new Set(sessionIds)]) {
    const session = byId.get(id);
    const refusal = session ? refuseSignOff(role, actor, session) : new NotFoundError("No such session in this production");
    if (refusal || !session) {
      skipped.push({ id, reason: refusal?.message ?? "No such session" });
      continue;
    }
    try {
      await verifyInTransaction(db, actor, productionId, session, now);
      verified.push(id);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      skipped.push({ id, reason: error.message });
    }
  }
  if (verified.length) await publishProductionChange(productionId, "session-verified", now);
  return { verified, skipped };
}

export async function rejectTrainingSession(actor: Actor, productionId: string, sessionId: string, input: unknown, now = new Date()) {
  const { reason } = parseOrThrow(rejectTrainingSessionSchema, input);
  const db = await getDb();
  const session = await loadForSignOff(db, actor, productionId, sessionId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.trainingSession.updateMany({
      where: { id: sessionId, status: "pending" },
      data: { status: "rejected", rejectionReason: reason, verifiedById: actor.userId, verifiedAt: now },
    });
    if (count === 0) throw new ConflictError("This session was signed off by someone else a moment ago");
    await recordAudit(tx, { productionId, sessionId, actorId: actor.userId, action: "reject", reason, at: now });
    // A rejected entry stops counting: the reach days of its goals move with it.
    await refreshGoalReaches(tx, { productionId, performerId: session.performerId, disciplineId: session.disciplineId });
  });
  await publishProductionChange(productionId, "session-rejected", now);
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

export async function countPendingSessions(actor: Actor, productionId: string): Promise<number> {
  const db = await getDb();
  await authorize(db, actor, productionId, "session.verify");
  return db.trainingSession.count({ where: { productionId, status: "pending" } });
}
