import "server-only";
import type { ProductionScope } from "../domain/scope";
import { startListening, subscribeToProduction, type ProductionChange } from "../server/live-updates";
import { requirePermission } from "./scope";

/**
 * Permission to watch a production's live changes (coordinators, viewers).
 * Checked before a stream opens, so a refusal is a proper 403/404 answer.
 */
export async function openProductionFeed(scope: ProductionScope, rescope: () => Promise<ProductionScope>) {
  requirePermission(scope, "team.viewProgress");
  const productionId = scope.production.id;
  // Changes made through other app nodes arrive by LISTEN: be listening
  // before the stream tells the client it is connected.
  await startListening();
  return {
    /**
     * `listener` gets each change while the watcher may still watch: a stream
     * outlives its request, so each change re-reads the scope (session version,
     * membership, role). Once that fails, `ended` is called and nothing more is sent.
     */
    subscribe(listener: (change: ProductionChange) => void, ended: () => void): () => void {
      let open = true;
      const stop = () => {
        open = false;
        unsubscribe();
      };
      const unsubscribe = subscribeToProduction(productionId, (change) => {
        rescope()
          .then((current) => {
            requirePermission(current, "team.viewProgress");
            if (open) listener(change);
          })
          .catch(() => {
            if (!open) return;
            stop();
            ended();
          });
      });
      return stop;
    },
  };
}
