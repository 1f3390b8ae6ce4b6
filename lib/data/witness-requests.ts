import "server-only";
import { forbiddenMessage } from "./access";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../domain/errors";
import type { JumpRow } from "../domain/logbook";
import type { ProductionScope } from "../domain/scope";
import { canRequestWitness, isWellFormedWitnessToken, witnessLinkExpiresAt, witnessLinkPath, witnessLinkState } from "../domain/witness";
import { getDb } from "../server/db";
import { env } from "../server/env";
import { hashWitnessToken, newWitnessToken } from "../server/witness-token";
import { ID_PATTERN } from "../schemas/fields";
import { parseOrThrow } from "../schemas/parse";
import { createWitnessRequestSchema } from "../schemas/witness";
import { withJumps } from "./sessions/jump-rows";

// Witness links (lib/domain/witness.ts): made by a coordinator or the
// performer for one pending entry, shown once, kept only as a hash. The
// signature itself goes through the session writer (sessions/witness.ts).

/**
 * Ask an outside witness to sign a pending entry: 201 `{ id, url, expiresAt }`.
 * The url is absolute, on the app's public origin (NEXTAUTH_URL), or on the
 * origin the request came to when that is unset (local runs), as the
 * same-origin check of writes does. No email is sent.
 */
export async function createWitnessRequest(scope: ProductionScope, sessionId: string, input: unknown, requestOrigin: string, now = new Date()) {
  const data = parseOrThrow(createWitnessRequestSchema, input);
  if (!ID_PATTERN.test(sessionId)) throw new NotFoundError("No such session in this production");
  const db = await getDb();
  const productionId = scope.production.id;
  const session = await db.trainingSession.findFirst({
    where: { id: sessionId, productionId },
    select: { id: true, performerId: true, status: true, performer: { select: { email: true } } },
  });
  if (!session) throw new NotFoundError("No such session in this production");
  if (!canRequestWitness(scope.role, scope.actor.userId, session)) {
    throw new ForbiddenError(scope.role === "performer" ? "Performers ask witnesses for their own entries only" : forbiddenMessage("session.verify", scope.role));
  }
  if (session.status !== "pending") throw new ConflictError(`This entry is already ${session.status}: only a pending entry can be signed`);
  // Nobody signs their own log, through a link either.
  if (data.email && data.email === session.performer.email.toLowerCase()) {
    throw new ValidationError({ email: "This is the performer's own email: a witness must be someone else" });
  }
  const token = newWitnessToken();
  const expiresAt = witnessLinkExpiresAt(now);
  const created = await db.witnessRequest.create({
    data: {
      productionId,
      sessionId,
      tokenHash: hashWitnessToken(token),
      name: data.name,
      email: data.email ?? null,
      requestedById: scope.actor.userId,
      createdAt: now,
      expiresAt,
    },
    select: { id: true },
  });
  const origin = env().appOrigin ?? requestOrigin;
  return { id: created.id, url: `${origin}${witnessLinkPath(token)}`, expiresAt: expiresAt.toISOString() };
}

/** What the witness page shows: the entry while the link is open, or why it is not. */
export type WitnessLinkView =
  | { state: "used" | "expired" | "closed" }
  | {
      state: "open";
      requestedName: string;
      expiresAt: Date;
      entry: {
        production: string;
        performer: string;
        discipline: string;
        unit: string;
        date: string;
        count: number;
        durationMinutes: number | null;
        location: string | null;
        notes: string | null;
        correctionReason: string | null;
        jumps: JumpRow[];
      };
    };

/** The witness page's read, with no session: the token is the only key. Null for an unknown or malformed token (404). */
export async function readWitnessLink(token: string, now = new Date()): Promise<WitnessLinkView | null> {
  if (!isWellFormedWitnessToken(token)) return null;
  const db = await getDb();
  const request = await db.witnessRequest.findUnique({
    where: { tokenHash: hashWitnessToken(token) },
    select: { productionId: true, sessionId: true, name: true, usedAt: true, expiresAt: true, createdAt: true },
  });
  if (!request) return null;
  const state = witnessLinkState(request, now);
  if (state !== "open") return { state };
  const session = await db.trainingSession.findFirst({
    where: { id: request.sessionId, productionId: request.productionId },
    select: {
      id: true,
      status: true,
      date: true,
      count: true,
      durationMinutes: true,
      location: true,
      notes: true,
      correctionReason: true,
      production: { select: { name: true } },
      performer: { select: { name: true } },
      discipline: { select: { name: true, unit: true } },
    },
  });
  // Shown as closed whatever happened (signed, rejected, deleted): the witness has nothing to do.
  if (!session || session.status !== "pending") return { state: "closed" };
  // Edited after the link was made: the link no longer signs it (sessions/witness.ts).
  const edits = await db.auditEvent.count({ where: { productionId: request.productionId, subject: "session", sessionId: session.id, action: "edit", createdAt: { gte: request.createdAt } } });
  if (edits > 0) return { state: "closed" };
  const [withRows] = await withJumps(db, [session]);
  return {
    state: "open",
    requestedName: request.name,
    expiresAt: request.expiresAt,
    entry: {
      production: session.production.name,
      performer: session.performer.name,
      discipline: session.discipline.name,
      unit: session.discipline.unit,
      date: session.date,
      count: session.count,
      durationMinutes: session.durationMinutes,
      location: session.location,
      notes: session.notes,
      correctionReason: session.correctionReason,
      jumps: withRows?.jumps ?? [],
    },
  };
}
