import "server-only";
import type { Actor, SessionClaim } from "../domain/actor";
import { getDb } from "../server/db";

// Ending sessions. A session cookie is a signed JWT that every app node
// accepts on its own, so it cannot be deleted; instead each carries the
// account's session version from sign-in, and every request compares it with
// the database (here, or folded into the production scope query in
// ./scope.ts). Raising the version ends every session issued before, on every
// node, from the next request on.

/** The actor when the claim's session is still current; null when it was ended or the account is gone. */
export async function currentSessionActor(claim: SessionClaim): Promise<Actor | null> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ sessionVersion: number | bigint }[]>`
    SELECT "sessionVersion" FROM "User" WHERE "id" = ${claim.userId}`;
  const row = rows[0];
  return row && Number(row.sessionVersion) === claim.sessionVersion ? { userId: claim.userId } : null;
}

/** "Sign out everywhere": every session of the actor's account ends, this one included. */
export async function endAllSessions(actor: Actor): Promise<void> {
  const db = await getDb();
  await db.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
}
