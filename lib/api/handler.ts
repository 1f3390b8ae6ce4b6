import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getSessionClaimFromRequest, type Actor, type SessionClaim } from "../auth/actor";
import { parseAuthorizationHeader, scopeAllowsMethod, type ApiTokenScope } from "../domain/api-token";
import { AppError, ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "../domain/errors";
import { QUEUED_BY_ANOTHER, QUEUED_BY_HEADER } from "../domain/offline-queue";
import type { ProductionScope } from "../domain/scope";
import { apiTokenIsLive, authenticateApiToken } from "../data/api-tokens";
import { loadProductionScope } from "../data/scope";
import { currentSessionActor } from "../data/session-version";
import { isUniqueConstraintViolation } from "../server/db-errors";
import { env } from "../server/env";
import { idempotencyKeyOf, runIdempotently } from "./idempotency";
import { assertCookieWriteType, assertIdParams, assertJsonWrite, assertSameOriginWrite, type BodyKind } from "./request-guards";

export { DEFAULT_MAX_BODY_BYTES, readCsvBody, readJson, readScanBody, type ReadJsonOptions } from "./read-json";

// Every JSON route goes through `apiRoute`: check the request's shape (ids in
// the path, JSON bodies on writes), authenticate from the session cookie or
// an API token, refuse cross-site writes made with the cookie and writes made
// with a read-only token, run the handler (once per Idempotency-Key, when a
// write sends one), and map errors to the documented shape { error, fields? }
// with the right status. Handlers stay a few lines long.

type Params = Record<string, string>;

interface HandlerContext<P extends Params> {
  actor: Actor;
  params: P;
  request: NextRequest;
}

/**
 * How the caller proved who they are. The session cookie is an ambient
 * credential (the browser attaches it to any site's request), so writes made
 * with it get the same-origin check. A personal API token in
 * `Authorization: Bearer` is sent deliberately by its holder (a browser never
 * attaches it on its own), so it skips that check and only that one; it is
 * narrowed by its scope (docs/decisions/0010-api-tokens.md).
 */
type Authentication =
  | { claim: SessionClaim; via: "session-cookie" }
  | { claim: SessionClaim; via: "bearer-token"; tokenId: string; scope: ApiTokenScope };

const TOKEN_REFUSED = "This API token is not valid: it may have been revoked or expired, or its owner's sessions were ended";

async function authenticate(request: NextRequest): Promise<Authentication | null> {
  const bearer = parseAuthorizationHeader(request.headers.get("authorization"));
  if (bearer.kind === "malformed") throw new UnauthorizedError(TOKEN_REFUSED);
  if (bearer.kind === "bearer") {
    // A token never falls back to the cookie: the caller meant the token.
    const token = await authenticateApiToken(bearer.token);
    if (!token) throw new UnauthorizedError(TOKEN_REFUSED);
    return { claim: token.claim, via: "bearer-token", tokenId: token.tokenId, scope: token.scope };
  }
  const claim = await getSessionClaimFromRequest(request);
  return claim ? { claim, via: "session-cookie" } : null;
}

interface RouteOptions {
  /** What a write's body may be: JSON (the default), or a CSV file (an import). */
  body?: BodyKind;
  /** Refuse API tokens (403): creating a token takes a signed-in session, so a token cannot mint tokens. */
  sessionOnly?: boolean;
}

const SESSION_ENDED = "Sign in first: no valid session cookie (it may have ended: signed out everywhere or the password changed)";

/**
 * The shared pipeline. `resolve` turns the cookie's claim into the actor and
 * whatever else the handler needs, checking that the session is still
 * current (a claim whose session was ended is a 401).
 */
function route<P extends Params, C>(
  resolve: (auth: Authentication, params: P) => Promise<C>,
  handler: (ctx: C & { params: P; request: NextRequest }) => Promise<Response | unknown>,
  options: RouteOptions = {},
) {
  return async (request: NextRequest, context?: { params: Promise<P> }): Promise<Response> => {
    try {
      // A route without dynamic segments gets no params at all.
      const params = ((await context?.params) ?? {}) as P;
      assertIdParams(params);
      assertJsonWrite(request, options.body ?? "json");
      const auth = await authenticate(request);
      if (!auth) throw new UnauthorizedError("Sign in first: no valid session cookie");
      if (auth.via === "session-cookie") {
        assertCookieWriteType(request, options.body ?? "json");
        assertSameOriginWrite(request, env().appOrigin);
      } else {
        if (options.sessionOnly) throw new ForbiddenError("API tokens cannot do this: sign in on the web app");
        if (!scopeAllowsMethod(auth.scope, request.method)) throw new ForbiddenError("This API token is read-only: it may only make GET requests");
      }
      const resolved = await resolve(auth, params);
      // An entry queued offline names the account that queued it: never filed under whoever is signed in now.
      const queuedBy = request.headers.get(QUEUED_BY_HEADER);
      if (queuedBy !== null && queuedBy !== auth.claim.userId) throw new ConflictError(QUEUED_BY_ANOTHER);
      const run = async () => {
        const result = await handler({ ...resolved, params, request });
        return result instanceof Response ? result : NextResponse.json(result);
      };
      // Checked after the caller is known (an outsider's keyed write is still a 404), before the handler runs.
      const key = idempotencyKeyOf(request);
      if (key === null) return await run();
      return await runIdempotently(request, auth.claim.userId, key, options.body ?? "json", () => run().catch(errorResponse));
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A route outside any production: the session is checked with one small query. */
export function apiRoute<P extends Params>(handler: (ctx: HandlerContext<P>) => Promise<Response | unknown>, options: RouteOptions = {}) {
  return route<P, { actor: Actor }>(
    async ({ claim }) => {
      const actor = await currentSessionActor(claim);
      if (!actor) throw new UnauthorizedError(SESSION_ENDED);
      return { actor };
    },
    handler,
    options,
  );
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
  return route<P, { actor: Actor; scope: ProductionScope; rescope: () => Promise<ProductionScope> }>(async (auth, params) => {
    const { claim } = auth;
    const actor: Actor = { userId: claim.userId };
    const loadScope = () =>
      loadProductionScope(actor, params.productionId, new Date(), claim).catch((error: unknown) => {
        throw error instanceof UnauthorizedError ? new UnauthorizedError(SESSION_ENDED) : error;
      });
    // Later reads (the event stream) also end once the token is revoked or expires.
    const rescope = async () => {
      if (auth.via === "bearer-token" && !(await apiTokenIsLive(auth.tokenId))) throw new UnauthorizedError(TOKEN_REFUSED);
      return loadScope();
    };
    return { actor, scope: await loadScope(), rescope };
  }, handler, options);
}

/**
 * A route that needs no account: an outside witness's link, whose token in
 * the path is the credential. It gets every guard of a write that does not
 * depend on who is asking — path ids, a JSON body (415) of bounded size (413,
 * in readJson), and the same-origin check, since the witness's browser posts
 * the form: with no cookie to abuse the check guards little, but a page of
 * another site has no business posting it either.
 */
export function publicRoute<P extends Params>(handler: (ctx: { params: P; request: NextRequest }) => Promise<Response | unknown>) {
  return async (request: NextRequest, context?: { params: Promise<P> }): Promise<Response> => {
    try {
      const params = ((await context?.params) ?? {}) as P;
      assertIdParams(params);
      assertJsonWrite(request, "json");
      assertSameOriginWrite(request, env().appOrigin);
      const result = await handler({ params, request });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
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
