import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import { redirect } from "next/navigation";
import { connection, type NextRequest } from "next/server";
import type { Actor } from "../domain/actor";
import { env } from "../server/env";
import { UnauthorizedError } from "../domain/errors";
import { authOptions } from "./options";

export type { Actor };

/** For pages and server actions (reads the session cookie through next/headers), once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  // Per-request by nature: never prerender a page that asks who is signed in.
  await connection();
  const session = await getServerSession(authOptions());
  return session?.user?.id ? { userId: session.user.id } : null;
});

/** For pages: no session means the sign-in page. */
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

/** For route handlers: the same JWT cookie, read from the request itself. */
export async function getActorFromRequest(request: NextRequest): Promise<Actor | null> {
  const token = await getToken({ req: request, secret: env().authSecret });
  return token?.sub ? { userId: token.sub } : null;
}
