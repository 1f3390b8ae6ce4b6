import "server-only";
import { ConflictError, GoneError, NotFoundError } from "../../domain/errors";
import type { LogbookEntry } from "../../domain/logbook";
import { isWellFormedWitnessToken, witnessLinkState } from "../../domain/witness";
import { getDb } from "../../server/db";
import { instant, row, run, type SqlBody } from "../../server/sql-steps";
import { hashWitnessToken } from "../../server/witness-token";
import { parseOrThrow } from "../../schemas/parse";
import { witnessSignatureSchema } from "../../schemas/witness";
import { verifyLoaded } from "./sign-off";
import { findSession, findSessionLocked, readEntry, type SessionRow } from "./sql";
import { writeSessions } from "./transaction";

// An outside witness signs a pending entry through their link: the same
// verify as a coordinator's (the performer's lock, "still pending", a
// correction replacing its original, the totals), with the witness's name and
// licence on the entry instead of a member. The link is used up in the same
// transaction, under the same lock, so two submits of one link sign once.

export const WITNESS_LINK_UNKNOWN = "This witness link does not exist: check that it was copied whole";
export const WITNESS_LINK_USED = "This witness link was already used: each link signs once";
export const WITNESS_LINK_EXPIRED = "This witness link has expired: ask for a new one";

export const ENTRY_CHANGED_SINCE_LINK = "This entry was changed after the link was made: ask for a new link to sign it as it now is";

/** Why an entry can no longer be signed through a link, or null while it can. */
function* closedBecause(productionId: string, session: SessionRow | undefined, linkMadeAt: Date): SqlBody<string | null> {
  if (!session) return "This entry was deleted: there is nothing left to sign";
  if (session.status !== "pending") return `This entry is already ${session.status}: there is nothing left to sign`;
  // The witness confirms the entry they were shown. An edit after the link was
  // made (count, date, discipline…) could land between their reading the page
  // and submitting it, and they would sign numbers they never saw: the link
  // only signs the entry as it was when it was made.
  // (Edits are what the audit log records as "edit"; at the link's own instant counts as after.)
  const edits = yield* row<{ n: unknown }>(
    `SELECT COUNT(*) AS "n" FROM "AuditEvent" WHERE "productionId" = ? AND "subject" = 'session' AND "sessionId" = ? AND "action" = 'edit' AND "createdAt" >= ?`,
    productionId,
    session.id,
    linkMadeAt,
  );
  if (Number(edits?.n ?? 0) > 0) return ENTRY_CHANGED_SINCE_LINK;
  if (session.correctsId) {
    const original = yield* findSession(productionId, session.correctsId);
    if (original?.status !== "verified") return "The entry this corrects was already replaced: there is nothing left to sign";
  }
  return null;
}

/**
 * `POST /api/v1/witness/{token}`. 404 for an unknown or malformed token, 410
 * once used or expired, 409 when the entry is no longer pending (the link is
 * then used up: it can never sign anything again).
 */
export async function signAsOutsideWitness(token: string, input: unknown, now = new Date()) {
  const signature = parseOrThrow(witnessSignatureSchema, input);
  if (!isWellFormedWitnessToken(token)) throw new NotFoundError(WITNESS_LINK_UNKNOWN);
  const db = await getDb();
  const request = await db.witnessRequest.findUnique({
    where: { tokenHash: hashWitnessToken(token) },
    select: { id: true, productionId: true, sessionId: true, requestedById: true, createdAt: true },
  });
  if (!request) throw new NotFoundError(WITNESS_LINK_UNKNOWN);
  const { productionId } = request;
  const witness = { name: signature.name, licence: signature.licenceNumber };

  // The audit log names the member who made the link as the actor; its reason names the witness.
  const writer = { production: { id: productionId }, actor: { userId: request.requestedById } };
  type Outcome = { closed: string } | { entry: LogbookEntry };
  const outcome = await writeSessions(writer, "session-verified", now, function* (write): SqlBody<Outcome> {
    const session = yield* findSessionLocked(write.lock, productionId, request.sessionId);
    // Read again under the lock: a concurrent submit of the same link has committed by now, or waits for us.
    const current = yield* row<{ usedAt: unknown; expiresAt: unknown }>(`SELECT "usedAt", "expiresAt" FROM "WitnessRequest" WHERE "id" = ?`, request.id);
    const state = witnessLinkState({ usedAt: instant(current?.usedAt), expiresAt: instant(current?.expiresAt) ?? new Date(0) }, now);
    if (state === "used") throw new GoneError(WITNESS_LINK_USED);
    if (state === "expired") throw new GoneError(WITNESS_LINK_EXPIRED);
    // Conditional, so that even without the lock (an entry deleted meanwhile has no performer to lock) a link is used once.
    const claimed = yield* run(
      `UPDATE "WitnessRequest" SET "usedAt" = ?, "witnessName" = ?, "witnessLicence" = ? WHERE "id" = ? AND "usedAt" IS NULL`,
      now,
      witness.name,
      witness.licence,
      request.id,
    );
    if (claimed === 0) throw new GoneError(WITNESS_LINK_USED);
    // Committed as used up, and answered 409 after the commit.
    const closed = yield* closedBecause(productionId, session, request.createdAt);
    if (closed || !session) return { closed: closed ?? "This entry cannot be signed" };
    yield* verifyLoaded(write, productionId, session, { witness });
    return { entry: yield* readEntry(session.id) };
  });
  if ("closed" in outcome) throw new ConflictError(outcome.closed);
  const { entry } = outcome;
  return { id: entry.id, status: "verified" as const, verifiedBy: witness.name, verifierCredential: witness.licence, verifiedAt: (entry.verifiedAt ?? now).toISOString() };
}
