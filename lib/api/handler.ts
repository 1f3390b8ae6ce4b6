import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getActorFromRequest, type Actor } from "../auth/actor";
import { AppError, UnauthorizedError, ValidationError } from "../domain/errors";
import type { ProductionScope } from "../domain/scope";
import { loadProductionScope } from "../data/scope";

// Every JSON route goes through `apiRoute`: authenticate from the session
// cookie, run the handler, and map errors to the documented shape
// { error, fields? } with the right status. Handlers stay a few lines long.

type Params = Record<string, string>;

interface HandlerContext<P extends Params> {
  actor: Actor;
  params: P;
  request: NextRequest;
}

export function apiRoute<P extends Params>(handler: (ctx: HandlerContext<P>) => Promise<Response | unknown>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const actor = await getActorFromRequest(request);
      if (!actor) throw new UnauthorizedError("Sign in first: no valid session cookie");
      const result = await handler({ actor, params: await context.params, request });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

interface ScopedContext<P extends Params> extends HandlerContext<P> {
  scope: ProductionScope;
}

/**
 * A route under /productions/{productionId}: the caller's scope in that
 * production is resolved once, here, and handed to the handler (404 for an
 * outsider, before anything else is read).
 */
export function productionRoute<P extends Params & { productionId: string }>(handler: (ctx: ScopedContext<P>) => Promise<Response | unknown>) {
  return apiRoute<P>(async (ctx) => handler({ ...ctx, scope: await loadProductionScope(ctx.actor, ctx.params.productionId) }));
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ValidationError) {
    return NextResponse.json({ error: error.message, fields: error.fields }, { status: 400 });
  }
  if (error instanceof AppError) {
    return NextResponse.json({ error: error.message }, { status: error.status });
  }
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on our side. Nothing was saved." }, { status: 500 });
}

/** The request's JSON body; a body that is not JSON is a 400 like any other bad input. */
export async function readJson(request: NextRequest): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ValidationError({ _body: "The request body must be JSON" }, "The request body is not valid JSON");
  }
}

export function created(body: unknown): NextResponse {
  return NextResponse.json(body, { status: 201 });
}
