import "server-only";
import type { Actor, SessionClaim } from "../domain/actor";
import {
  LAST_USED_RESOLUTION_MS,
  MAX_LIVE_TOKENS,
  apiTokenEndReason,
  apiTokenExpiry,
  isApiTokenScope,
  shouldRecordUse,
  type ApiTokenScope,
} from "../domain/api-token";
import { ConflictError, NotFoundError } from "../domain/errors";
import { createApiTokenSchema } from "../schemas/api-token";
import { parseOrThrow } from "../schemas/parse";
import { hashApiToken, newApiToken } from "../server/api-token-secret";
import { getDb } from "../server/db";
import { instant } from "../server/sql-steps";

// Personal API tokens (docs/decisions/0010-api-tokens.md). A token acts as
// its owner, narrowed by its scope, until it expires, is revoked, or its
// owner's sessions are ended (password change or reset, "sign out
// everywhere"): it records the owner's session version when it is made, and
// a token whose version is no longer the account's is dead, like a cookie.

/** The rows that still work: what the list shows and the limit counts. */
function liveWhere(userId: string, sessionVersion: number, now: Date) {
  return { userId, revokedAt: null, expiresAt: { gt: now }, sessionVersion };
}

async function sessionVersionOf(actor: Actor): Promise<number> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { sessionVersion: true } });
  if (!user) throw new NotFoundError("No such account");
  return user.sessionVersion;
}

/**
 * Make a token for the actor. The answer is the only time the token itself
 * exists outside its owner's hands: only its hash is stored.
 */
export async function createApiToken(actor: Actor, input: unknown, now = new Date()) {
  const data = parseOrThrow(createApiTokenSchema, input);
  const db = await getDb();
  const sessionVersion = await sessionVersionOf(actor);
  const token = newApiToken();
  const row = await db.$transaction(async (tx) => {
    // The owner's row, locked by a no-op UPDATE until commit, before the
    // count: two creations at once take turns, so the limit holds (on SQLite
    // the UPDATE makes the transaction a writer at once; on PostgreSQL it is a
    // row lock the second one waits on, then sees the first one's token).
    await tx.$executeRaw`UPDATE "User" SET "id" = "id" WHERE "id" = ${actor.userId}`;
    const live = await tx.apiToken.count({ where: liveWhere(actor.userId, sessionVersion, now) });
    if (live >= MAX_LIVE_TOKENS) {
      throw new ConflictError(`You already have ${MAX_LIVE_TOKENS} live API tokens; revoke one first`);
    }
    return tx.apiToken.create({
      data: {
        userId: actor.userId,
        name: data.name,
        scope: data.scope,
        tokenHash: hashApiToken(token),
        sessionVersion,
        createdAt: now,
        expiresAt: apiTokenExpiry(now, data.expiresInDays),
      },
      select: { id: true, name: true, scope: true, createdAt: true, expiresAt: true },
    });
  });
  return { ...viewOf({ ...row, lastUsedAt: null }), token };
}

function viewOf(row: { id: string; name: string; scope: string; createdAt: Date; expiresAt: Date; lastUsedAt: Date | null }) {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

/** The actor's live tokens, newest first; never the token itself (it is not kept). */
export async function listApiTokens(actor: Actor, now = new Date()) {
  const db = await getDb();
  const sessionVersion = await sessionVersionOf(actor);
  const rows = await db.apiToken.findMany({
    where: liveWhere(actor.userId, sessionVersion, now),
    select: { id: true, name: true, scope: true, createdAt: true, expiresAt: true, lastUsedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(viewOf);
}

/**
 * Revoke one of the actor's tokens: it stops working from the next request.
 * Someone else's token is a 404 (its existence does not leak); revoking an
 * ended token again changes nothing and answers the same.
 */
export async function revokeApiToken(actor: Actor, tokenId: string, now = new Date()) {
  const db = await getDb();
  const token = await db.apiToken.findFirst({ where: { id: tokenId, userId: actor.userId }, select: { id: true } });
  if (!token) throw new NotFoundError("No such API token");
  await db.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: now } });
  return { id: token.id, revoked: true as const };
}

export interface ApiTokenAuthentication {
  tokenId: string;
  scope: ApiTokenScope;
  /** A claim like a session cookie's, which the request pipeline checks the same way. */
  claim: SessionClaim;
}

/**
 * The token's owner and scope, or null when the token is unknown, revoked,
 * expired or its owner's sessions were ended (all a 401). One query on the
 * unique hash index, joined to the owner for the session version; the use is
 * recorded at most once a minute, and only for a token that works.
 */
export async function authenticateApiToken(token: string, now = new Date()): Promise<ApiTokenAuthentication | null> {
  const db = await getDb();
  const rows = await db.$queryRaw<
    { id: string; userId: string; scope: string; sessionVersion: number | bigint; expiresAt: unknown; revokedAt: unknown; lastUsedAt: unknown; ownerSessionVersion: number | bigint }[]
  >`
    SELECT t."id", t."userId", t."scope", t."sessionVersion", t."expiresAt", t."revokedAt", t."lastUsedAt",
           u."sessionVersion" AS "ownerSessionVersion"
      FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
     WHERE t."tokenHash" = ${hashApiToken(token)}`;
  const row = rows[0];
  if (!row || !isApiTokenScope(row.scope)) return null;
  const state = {
    expiresAt: instant(row.expiresAt)!,
    revokedAt: instant(row.revokedAt),
    sessionVersion: Number(row.sessionVersion),
    ownerSessionVersion: Number(row.ownerSessionVersion),
  };
  if (apiTokenEndReason(state, now)) return null;
  const lastUsedAt = instant(row.lastUsedAt);
  if (shouldRecordUse(lastUsedAt, now)) {
    // Conditional, so that simultaneous requests on any number of nodes write it once.
    await db.apiToken.updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] }, data: { lastUsedAt: now } });
  }
  return { tokenId: row.id, scope: row.scope, claim: { userId: row.userId, sessionVersion: state.sessionVersion } };
}

/** Whether a token authenticated earlier still works (a response that outlives its request: the event stream). */
export async function apiTokenIsLive(tokenId: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const row = await db.apiToken.findUnique({ where: { id: tokenId }, select: { revokedAt: true, expiresAt: true, sessionVersion: true, user: { select: { sessionVersion: true } } } });
  return !!row && apiTokenEndReason({ ...row, ownerSessionVersion: row.user.sessionVersion }, now) === null;
}
