import "server-only";
import { snapshot } from "../../domain/audit-snapshot";
import { ConflictError, ForbiddenError, NotFoundError, type AppError } from "../../domain/errors";
import { canVerifySession } from "../../domain/permissions";
import type { ProductionScope } from "../../domain/scope";
import { parseOrThrow } from "../../schemas/parse";
import { bulkVerifySchema, rejectTrainingSessionSchema } from "../../schemas/training-session";
import { forbiddenMessage } from "../access";
import { requirePermission } from "../scope";
import { sessionSelect } from "./select";
import { writeSessions, type SessionWrite, type Tx } from "./transaction";

// Sign-off, as in a skydiving logbook: a coordinator verifies or rejects a
// pending entry; nobody signs their own; a signature is final. Each entry is
// read under the production lock, so two coordinators clicking at once cannot
// both sign it.

const signOffSelect = { id: true, performerId: true, disciplineId: true, status: true, correctsId: true, correctionReason: true } as const;

function refuseSignOff(scope: ProductionScope, session: { performerId: string; status: string }): AppError | null {
  if (!canVerifySession(scope.role, scope.actor.userId, session)) {
    return new ForbiddenError(
      session.performerId === scope.actor.userId
        ? "You cannot sign off your own entry: another coordinator must verify it"
        : forbiddenMessage("session.verify"),
    );
  }
  if (session.status !== "pending") return new ConflictError(`This session is already ${session.status}`);
  return null;
}

async function loadForSignOff(tx: Tx, scope: ProductionScope, sessionId: string) {
  const session = await tx.trainingSession.findFirst({ where: { id: sessionId, productionId: scope.production.id }, select: signOffSelect });
  if (!session) throw new NotFoundError("No such session in this production");
  const refusal = refuseSignOff(scope, session);
  if (refusal) throw refusal;
  return session;
}

/** Verify one loaded, pending entry; a verified correction supersedes the entry it corrects. */
async function verifyLoaded(write: SessionWrite, scope: ProductionScope, session: { id: string; performerId: string; disciplineId: string; correctsId: string | null; correctionReason: string | null }, now: Date) {
  const { tx, audit, touch } = write;
  const productionId = scope.production.id;
  await tx.trainingSession.update({ where: { id: session.id }, data: { status: "verified", verifiedById: scope.actor.userId, verifiedAt: now } });
  await audit({ sessionId: session.id, action: "verify" });
  if (session.correctsId) {
    const original = await tx.trainingSession.findFirstOrThrow({ where: { id: session.correctsId, productionId } });
    // Two corrections of one entry must never both count: only the first to be verified supersedes it.
    if (original.status !== "verified") throw new ConflictError("The entry this corrects was already replaced; reject this correction instead");
    await tx.trainingSession.update({ where: { id: original.id }, data: { status: "superseded" } });
    await audit({
      sessionId: original.id,
      action: "supersede",
      before: snapshot(original),
      after: snapshot({ ...original, status: "superseded" }),
      reason: `Replaced by a verified correction: ${session.correctionReason ?? "no reason given"}`,
    });
    touch(original.performerId, original.disciplineId);
  }
  touch(session.performerId, session.disciplineId);
}

export async function verifyTrainingSession(scope: ProductionScope, sessionId: string, now = new Date()) {
  return writeSessions(scope, "session-verified", now, async (write) => {
    await verifyLoaded(write, scope, await loadForSignOff(write.tx, scope, sessionId), now);
    return write.tx.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: sessionSelect });
  });
}

/**
 * Verify many entries in one transaction. Each is judged on its own: the
 * answer lists what was verified and why each other entry was skipped (own
 * entry, already signed, its original already replaced…).
 */
export async function verifyTrainingSessions(scope: ProductionScope, input: unknown, now = new Date()) {
  const { sessionIds } = parseOrThrow(bulkVerifySchema, input);
  requirePermission(scope, "session.verify");
  const verified: string[] = [];
  const skipped: { id: string; reason: string }[] = [];
  await writeSessions(scope, "session-verified", now, async (write) => {
    const sessions = await write.tx.trainingSession.findMany({ where: { id: { in: sessionIds }, productionId: scope.production.id }, select: signOffSelect });
    const byId = new Map(sessions.map((s) => [s.id, s]));
    for (const id of new Set(sessionIds)) {
      const session = byId.get(id);
      const refusal = session ? refuseSignOff(scope, session) : new NotFoundError("No such session in this production");
      if (refusal || !session) {
        skipped.push({ id, reason: refusal?.message ?? "No such session" });
        continue;
      }
      // A correction whose original an earlier one in this batch replaced is skipped, not fatal.
      if (session.correctsId && !(await write.tx.trainingSession.count({ where: { id: session.correctsId, status: "verified" } }))) {
        skipped.push({ id, reason: "The entry this corrects was already replaced; reject this correction instead" });
        continue;
      }
      await verifyLoaded(write, scope, session, now);
      verified.push(id);
    }
  });
  return { verified, skipped };
}

export async function rejectTrainingSession(scope: ProductionScope, sessionId: string, input: unknown, now = new Date()) {
  const { reason } = parseOrThrow(rejectTrainingSessionSchema, input);
  return writeSessions(scope, "session-rejected", now, async ({ tx, audit, touch }) => {
    const session = await loadForSignOff(tx, scope, sessionId);
    await tx.trainingSession.update({
      where: { id: sessionId },
      data: { status: "rejected", rejectionReason: reason, verifiedById: scope.actor.userId, verifiedAt: now },
    });
    await audit({ sessionId, action: "reject", reason });
    // A rejected entry stops counting: the totals of its goals move with it.
    touch(session.performerId, session.disciplineId);
    return tx.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: sessionSelect });
  });
}
