import "server-only";
import type { ProductionScope } from "../domain/scope";
import { startListening, subscribeToProduction, type ProductionChange } from "../server/live-updates";
import { requirePermission } from "./scope";

/**
 * Permission to watch a production's live changes (coordinators, viewers).
 * Checked before a stream opens, so a refusal is a proper 403/404 answer.
 */
export async function openProductionFeed(scope: ProductionScope) {
  requirePermission(scope, "team.viewProgress");
  const productionId = scope.production.id;
  // Changes made through other app nodes arrive by LISTEN: be listening
  // before the stream tells the client it is connected.
  await startListening();
  return {
    subscribe: (listener: (change: ProductionChange) => void) => subscribeToProduction(productionId, listener),
  };
}
