import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import { redirect } from "next/navigation";
import { connection, type NextRequest } from "next/server";
import { sessionClaimOf, type Actor, type SessionClaim } from "../domain/actor";
import { currentSessionActor } from "../data/session-version";
import { env } from "../server/env";
import { UnauthorizedError } from "../domain/errors";
import { authOptions } from "./options";
import { decodeSessionJwt } from "./session-jwt";

export type { Actor, SessionClaim };

/**
 * For pages and server actions (reads the session cookie through
 * next/headers), once per request: the actor only while the session is
 * current (not ended by a password change, reset or "sign out everywhere").
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  // Per-request by nature: never prerender a page that asks who is signed in.
  await connection();
  const session = await getServerSession(authOptions());
  const claim = sessionClaimOf(session?.user ? { sub: session.user.id, sv: session.user.sessionVersion } : null);
  return claim ? currentSessionActor(claim) : null;
});

/** For pages: no session (or an ended one) means the sign-in page. */
export async function requireActorOrSignIn(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For server actions: no session is an error the form can show. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new UnauthorizedError("Your session has ended. Sign in again.");
  return actor;
}

/**
 * For route handlers: what the JWT cookie in the request claims, not yet
 * checked against the database (lib/api/handler.ts checks it, folded into the
 * production scope query where there is one).
 */
export async function getSessionClaimFromRequest(request: NextRequest): Promise<SessionClaim | null> {
  return sessionClaimOf(await getToken({ req: request, secret: env().authSecret, decode: decodeSessionJwt }));
}
