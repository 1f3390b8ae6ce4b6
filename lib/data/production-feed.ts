import "server-only";
import type { Actor } from "../domain/actor";
import { getDb } from "../server/db";
import { startListening, subscribeToProduction, type ProductionChange } from "../server/live-updates";
import { authorize } from "./access";

/**
 * Permission to watch a production's live changes (coordinators, viewers).
 * Checked before a stream opens, so a refusal is a proper 403/404 answer.
 */
export async function openProductionFeed(actor: Actor, productionId: string) {
  const db = await getDb();
  await authorize(db, actor, productionId, "team.viewProgress");
  // Changes made through other app nodes arrive by LISTEN: be listening
  // before the stream tells the client it is connected.
  await startListening();
  return {
    subscribe: (listener: (change: ProductionChange) => void) => subscribeToProduction(productionId, listener),
  };
}
