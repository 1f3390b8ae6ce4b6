import "server-only";
import { EventEmitter } from "node:events";

// "Something changed in production X": the wall screen and dashboards listen
// and re-render. In-process, which is right for the single-node SQLite
// default; a multi-node deployment needs a shared channel behind the same two
// functions (e.g. PostgreSQL LISTEN/NOTIFY).

export type ProductionChangeKind = "session-logged" | "session-verified" | "session-rejected";

export interface ProductionChange {
  kind: ProductionChangeKind;
  at: string; // ISO instant
}

// On globalThis: Next may load this module more than once (route handlers and
// server actions live in different bundles), and they must share one bus.
const holder = globalThis as unknown as { stuntbookChanges?: EventEmitter };
const bus = (holder.stuntbookChanges ??= new EventEmitter().setMaxListeners(0));

export function publishProductionChange(productionId: string, kind: ProductionChangeKind, now = new Date()): void {
  bus.emit(productionId, { kind, at: now.toISOString() } satisfies ProductionChange);
}

/** Calls `listener` on every change of the production until the returned function is called. */
export function subscribeToProduction(productionId: string, listener: (change: ProductionChange) => void): () => void {
  bus.on(productionId, listener);
  return () => bus.off(productionId, listener);
}
