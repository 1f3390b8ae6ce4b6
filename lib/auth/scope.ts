import "server-only";
import { cache } from "react";
import { UnauthorizedError } from "../domain/errors";
import type { ProductionScope } from "../domain/scope";
import { loadProductionScope } from "../data/scope";
import { getActor } from "./actor";

/**
 * The signed-in actor's scope in a production, resolved once per request:
 * React's cache() shares one membership lookup between a page, its layout and
 * every view it renders. Throws UnauthorizedError without a session and
 * NotFoundError for an outsider (pages map both through pageData).
 */
export const getProductionScope = cache(async (productionId: string): Promise<ProductionScope> => {
  const actor = await getActor();
  if (!actor) throw new UnauthorizedError("Your session has ended. Sign in again.");
  return loadProductionScope(actor, productionId);
});
