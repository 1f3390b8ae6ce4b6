import "server-only";
import type { ProductionScope } from "../domain/scope";
import { getSessionHistory } from "../data/audit";

/** One entry's audit history, oldest first (coordinators). */
export async function loadSessionHistoryView(scope: ProductionScope, sessionId: string) {
  return { events: await getSessionHistory(scope, sessionId) };
}
