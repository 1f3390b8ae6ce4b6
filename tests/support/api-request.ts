// Builds requests for route handlers the way a browser sends them: a real
// next-auth session JWT in the session cookie, signed with the test secret.

import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import type { Actor } from "@/lib/domain/actor";

/** `sessionVersion`: the account's version when the session began (0 for an account whose sessions were never ended). */
export async function sessionCookie(actor: Actor, sessionVersion = 0): Promise<string> {
  const token = await encode({ token: { sub: actor.userId, sv: sessionVersion }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

export async function apiRequest(
  path: string,
  options: { actor?: Actor | null; method?: string; body?: unknown; rawBody?: string | Uint8Array<ArrayBuffer>; contentType?: string; signal?: AbortSignal } = {},
): Promise<NextRequest> {
  const headers = new Headers({ "content-type": options.contentType ?? "application/json" });
  if (options.actor) headers.set("cookie", await sessionCookie(options.actor));
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return new NextRequest(new URL(path, "http://localhost"), { method: options.method ?? "GET", headers, body, signal: options.signal });
}

export const params = <P extends Record<string, string>>(p: P) => ({ params: Promise.resolve(p) });
