import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getSessionClaimFromRequest, type Actor, type SessionClaim } from "../auth/actor";
import { AppError, UnauthorizedError, ValidationError } from "../domain/errors";
import type { ProductionScope } from "../domain/scope";
import { loadProductionScope } from "../data/scope";
import { currentSessionActor } from "../data/session-version";
import { isUniqueConstraintViolation } from "../server/db-errors";
import { env } from "../server/env";
import { assertIdParams, assertJsonWrite, assertSameOriginWrite, type BodyKind } from "./request-guards";

export { DEFAULT_MAX_BODY_BYTES, readCsvBody, readJson, type ReadJsonOptions } from "./read-json";

// Every JSON route goes through `apiRoute`: check the request's shape (ids in
// the path, JSON bodies on writes), authenticate from the session cookie,
// refuse cross-site writes, run the handler, and map errors to the documented
// shape { error, fields? } with the right status. Handlers stay a few lines long.

type Params = Record<string, string>;

interface HandlerContext<P extends Params> {
  actor: Actor;
  params: P;
  request: NextRequest;
}

/**
 * How the caller proved who they are. The session cookie is an ambient
 * credential (the browser attaches it to any site's request), so writes made
 * with it get the same-origin check. The seam for API tokens: an
 * `Authorization: Bearer` credential, once supported, is sent deliberately by
 * its holder and returns `via: "bearer-token"`, which skips that check.
 */
interface Authentication {
  claim: SessionClaim;
  via: "session-cookie";
}

async function authenticate(request: NextRequest): Promise<Authentication | null> {
  const claim = await getSessionClaimFromRequest(request);
  return claim ? { claim, via: "session-cookie" } : null;
}

const SESSION_ENDED = "Sign in first: no valid session cookie (it may have ended: signed out everywhere or the password changed)";

/**
 * The shared pipeline. `resolve` turns the cookie's claim into the actor and
 * whatever else the handler needs, checking that the session is still
 * current (a claim whose session was ended is a 401).
 */
function route<P extends Params, C>(
  resolve: (claim: SessionClaim, params: P) => Promise<C>,
  handler: (ctx: C & { params: P; request: NextRequest }) => Promise<Response | unknown>,
  body: BodyKind = "json",
) {
  return async (request: NextRequest, context?: { params: Promise<P> }): Promise<Response> => {
    try {
      // A route without dynamic segments gets no params at all.
      const params = ((await context?.params) ?? {}) as P;
      assertIdParams(params);
      assertJsonWrite(request, body);
      const auth = await authenticate(request);
      if (!auth) throw new UnauthorizedError("Sign in first: no valid session cookie");
      if (auth.via === "session-cookie") assertSameOriginWrite(request, env().appOrigin);
      const resolved = await resolve(auth.claim, params);
      const result = await handler({ ...resolved, params, request });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A route outside any production: the session is checked with one small query. */
export function apiRoute<P extends Params>(handler: (ctx: HandlerContext<P>) => Promise<Response | unknown>) {
  return route<P, { actor: Actor }>(async (claim) => {
    const actor = await currentSessionActor(claim);
    if (!actor) throw new UnauthorizedError(SESSION_ENDED);
    return { actor };
  }, handler);
}

interface ScopedContext<P extends Params> extends HandlerContext<P> {
  scope: ProductionScope;
  /**
   * The scope read again, with the same session check, for a response that
   * outlives its request (the event stream): rejects once the session has
   * ended or the membership is gone.
   */
  rescope: () => Promise<ProductionScope>;
}

/**
 * A route under /productions/{productionId}: the caller's scope in that
 * production is resolved once, here, and handed to the handler (404 for an
 * outsider, before anything else is read). The session version is checked in
 * the same query: one query per request.
 */
export function productionRoute<P extends Params & { productionId: string }>(
  handler: (ctx: ScopedContext<P>) => Promise<Response | unknown>,
  options: { body?: BodyKind } = {},
) {
  return route<P, { actor: Actor; scope: ProductionScope; rescope: () => Promise<ProductionScope> }>(async (claim, params) => {
    const actor: Actor = { userId: claim.userId };
    const rescope = () =>
      loadProductionScope(actor, params.productionId, new Date(), claim).catch((error: unknown) => {
        throw error instanceof UnauthorizedError ? new UnauthorizedError(SESSION_ENDED) : error;
      });
    return { actor, scope: await rescope(), rescope };
  }, handler, options.body);
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ValidationError) {
    return NextResponse.json({ error: error.message, fields: error.fields }, { status: 400 });
  }
  if (error instanceof AppError) {
    return NextResponse.json({ error: error.message }, { status: error.status });
  }
  // Two requests creating the same thing at once: the unique index lets one
  // win; the other is told so rather than shown a 500.
  if (isUniqueConstraintViolation(error)) {
    return NextResponse.json(
      { error: "This conflicts with something that already exists (another request may have just created it). Nothing was saved." },
      { status: 409 },
    );
  }
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on our side. Nothing was saved." }, { status: 500 });
}

export function created(body: unknown): NextResponse {
  return NextResponse.json(body, { status: 201 });
}
