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
  options: {
    actor?: Actor | null;
    /** A personal API token, sent as `Authorization: Bearer <token>`. */
    bearer?: string;
    method?: string;
    body?: unknown;
    rawBody?: string | Uint8Array<ArrayBuffer>;
    contentType?: string;
    signal?: AbortSignal;
    headers?: Record<string, string>;
  } = {},
): Promise<NextRequest> {
  const headers = new Headers({ "content-type": options.contentType ?? "application/json", ...options.headers });
  if (options.actor) headers.set("cookie", await sessionCookie(options.actor));
  if (options.bearer !== undefined) headers.set("authorization", `Bearer ${options.bearer}`);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return new NextRequest(new URL(path, "http://localhost"), { method: options.method ?? "GET", headers, body, signal: options.signal });
}

export const params = <P extends Record<string, string>>(p: P) => ({ params: Promise.resolve(p) });

type RouteHandler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Call a route handler as Next does, with its path parameters. */
export function callRoute(handler: unknown, request: NextRequest, routeParams: Record<string, string>): Promise<Response> {
  return (handler as RouteHandler)(request, params(routeParams));
}
