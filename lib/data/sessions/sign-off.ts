import "server-only";
import { snapshot } from "../../domain/audit-snapshot";
import { ConflictError, ForbiddenError, NotFoundError, type AppError } from "../../domain/errors";
import { canVerifySession } from "../../domain/permissions";
import type { ProductionScope } from "../../domain/scope";
import type { SqlBody } from "../../server/sql-steps";
import { parseOrThrow } from "../../schemas/parse";
import { bulkVerifySchema, rejectTrainingSessionSchema } from "../../schemas/training-session";
import { forbiddenMessage } from "../access";
import { requirePermission } from "../scope";
import { witnessVerifiedReason } from "../../domain/witness";
import { findSession, findSessionLocked, findSessions, readEntry, setSessionStatus, type OutsideWitness, type SessionRow } from "./sql";
import { writeSessions, type SessionWrite } from "./transaction";
import { verifierRefusal } from "./verifier-credential";

// Sign-off, as in a skydiving logbook: a coordinator verifies or rejects a
// pending entry; nobody signs their own; a signature is final. Under the
// production's verifier-credential rule, a coordinator verifies only while
// holding a valid credential of its kind. Each entry is
// read under the production lock, so two coordinators clicking at once cannot
// both sign it.

function refuseSignOff(scope: ProductionScope, session: { performerId: string; status: string }): AppError | null {
  if (!canVerifySession(scope.role, scope.actor.userId, session)) {
    return new ForbiddenError(
      session.performerId === scope.actor.userId
        ? "You cannot sign off your own entry: another coordinator must verify it"
        : forbiddenMessage("session.verify", scope.role),
    );
  }
  if (session.status !== "pending") return new ConflictError(`This session is already ${session.status}`);
  return null;
}

function* loadForSignOff(write: SessionWrite, scope: ProductionScope, sessionId: string): SqlBody<SessionRow> {
  const session = yield* findSessionLocked(write.lock, scope.production.id, sessionId);
  if (!session) throw new NotFoundError("No such session in this production");
  const refusal = refuseSignOff(scope, session);
  if (refusal) throw refusal;
  return session;
}

const ORIGINAL_REPLACED = "The entry this corrects was already replaced; reject this correction instead";

/** Who signs: a member of the production, or an outside witness through a link (lib/data/sessions/witness.ts). */
export type SignedBy = { memberId: string } | { witness: OutsideWitness };

/** Verify one pending entry; a verified correction supersedes the entry it corrects. */
export function* verifyLoaded(write: SessionWrite, productionId: string, session: SessionRow, signedBy: SignedBy): SqlBody<void> {
  const { audit, touch, now } = write;
  if ("witness" in signedBy) {
    yield* setSessionStatus(session.id, { status: "verified", witness: signedBy.witness }, now);
    yield* audit({ sessionId: session.id, action: "witness-verify", reason: witnessVerifiedReason(signedBy.witness.name, signedBy.witness.licence) });
  } else {
    yield* setSessionStatus(session.id, { status: "verified", signerId: signedBy.memberId }, now);
    yield* audit({ sessionId: session.id, action: "verify" });
  }
  touch(session.performerId, session.disciplineId);
  if (!session.correctsId) return;
  const original = yield* findSession(productionId, session.correctsId);
  // Two corrections of one entry must never both count: only the first to be verified supersedes it.
  if (!original || original.status !== "verified") throw new ConflictError(ORIGINAL_REPLACED);
  yield* setSessionStatus(original.id, { status: "superseded" }, now);
  yield* audit({
    sessionId: original.id,
    action: "supersede",
    before: snapshot(original),
    after: snapshot({ ...original, status: "superseded" }),
    reason: `Replaced by a verified correction: ${session.correctionReason ?? "no reason given"}`,
  });
  touch(original.performerId, original.disciplineId);
}

export async function verifyTrainingSession(scope: ProductionScope, sessionId: string, now = new Date()) {
  return writeSessions(scope, "session-verified", now, function* (write) {
    const session = yield* loadForSignOff(write, scope, sessionId);
    // The production's credential rule, judged in this transaction (a correction's verify too).
    const refusal = yield* verifierRefusal(scope, now);
    if (refusal) throw new ForbiddenError(refusal);
    yield* verifyLoaded(write, scope.production.id, session, { memberId: scope.actor.userId });
    return yield* readEntry(sessionId);
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
  return writeSessions(scope, "session-verified", now, function* (write) {
    const verified: string[] = [];
    const skipped: { id: string; reason: string }[] = [];
    const unique = [...new Set(sessionIds)];
    // Lock every performer concerned at once, then read the entries again under the locks.
    yield* write.lock((yield* findSessions(scope.production.id, unique)).map((s) => s.performerId));
    const byId = new Map((yield* findSessions(scope.production.id, unique)).map((s) => [s.id, s]));
    // One verifier, one day: the credential rule is judged once for the batch.
    const credentialRefusal = yield* verifierRefusal(scope, now);
    for (const id of unique) {
      const session = byId.get(id);
      const refusal = session ? refuseSignOff(scope, session) : new NotFoundError("No such session in this production");
      if (refusal || !session) {
        skipped.push({ id, reason: refusal?.message ?? "No such session" });
        continue;
      }
      if (credentialRefusal) {
        skipped.push({ id, reason: credentialRefusal });
        continue;
      }
      // A correction whose original an earlier one in this batch replaced is skipped, not fatal.
      const original = session.correctsId ? yield* findSession(scope.production.id, session.correctsId) : undefined;
      if (session.correctsId && original?.status !== "verified") {
        skipped.push({ id, reason: ORIGINAL_REPLACED });
        continue;
      }
      yield* verifyLoaded(write, scope.production.id, session, { memberId: scope.actor.userId });
      verified.push(id);
    }
    return { verified, skipped };
  });
}

export async function rejectTrainingSession(scope: ProductionScope, sessionId: string, input: unknown, now = new Date()) {
  const { reason } = parseOrThrow(rejectTrainingSessionSchema, input);
  return writeSessions(scope, "session-rejected", now, function* (write) {
    const { audit, touch } = write;
    const session = yield* loadForSignOff(write, scope, sessionId);
    yield* setSessionStatus(sessionId, { status: "rejected", signerId: scope.actor.userId, rejectionReason: reason }, now);
    yield* audit({ sessionId, action: "reject", reason });
    // A rejected entry stops counting: the totals of its goals move with it.
    touch(session.performerId, session.disciplineId);
    return yield* readEntry(sessionId);
  });
}
