import "server-only";
import { EventEmitter } from "node:events";
import { databaseKind } from "./database-url";
import { getDb } from "./db";
import { env } from "./env";
import { listenToPostgres, type PostgresListener } from "./postgres-listener";

// "Something changed in production X": the wall screen and dashboards listen
// and re-render. Every node keeps a local bus its open event streams listen
// on. What feeds the bus depends on the database:
// - SQLite (one node): a publish goes straight onto this process's bus.
// - PostgreSQL (several nodes behind a load balancer): a publish is a NOTIFY;
//   every node, the publisher included, LISTENs and puts it on its own bus. So a
//   session logged through node A refreshes a wall screen streaming from node B.

// "resync": this node's LISTEN connection was down for a while and is back;
// changes made meanwhile were not heard, so every open screen refreshes once.
export type ProductionChangeKind = "session-logged" | "session-verified" | "session-rejected" | "take-logged" | "resync";

export interface ProductionChange {
  kind: ProductionChangeKind;
  at: string; // ISO instant
}

export const CHANGE_CHANNEL = "stuntbook_production_changes";

interface Notification extends ProductionChange {
  productionId: string;
}

// On globalThis: Next may load this module more than once (route handlers and
// server actions live in different bundles), and they must share one bus and
// one LISTEN connection.
const holder = globalThis as unknown as { stuntbookChanges?: EventEmitter; stuntbookListener?: PostgresListener };
const bus = (holder.stuntbookChanges ??= new EventEmitter().setMaxListeners(0));

function onNotification(payload: string) {
  try {
    const { productionId, kind, at } = JSON.parse(payload) as Notification;
    bus.emit(productionId, { kind, at } satisfies ProductionChange);
  } catch {
    // Not ours, or garbled: ignore rather than take the listener down.
  }
}

function resyncEveryScreen() {
  const change: ProductionChange = { kind: "resync", at: new Date().toISOString() };
  for (const productionId of bus.eventNames()) bus.emit(productionId, change);
}

// How long a new event stream waits for this node's LISTEN before opening
// anyway: with the database unreachable, the stream still opens and the
// screen's slow fallback poll keeps it roughly current.
const LISTEN_WAIT_MS = 3000;

function usesPostgres(): boolean {
  return databaseKind(env().databaseUrl) === "postgresql";
}

/**
 * Make sure this node hears changes made on any node. Call before telling a
 * client its stream is live; a no-op on SQLite.
 */
export async function startListening(): Promise<void> {
  if (!usesPostgres()) return;
  holder.stuntbookListener ??= listenToPostgres(env().databaseUrl, CHANGE_CHANNEL, onNotification, resyncEveryScreen);
  if (!(await holder.stuntbookListener.ready(LISTEN_WAIT_MS))) {
    console.error("Live updates: not listening to PostgreSQL yet; streams miss changes until it is (screens still poll slowly).");
  }
}

/**
 * Announce a change, after its transaction has committed. Never throws: the
 * write has already happened, and a missed refresh is not worth a failed request.
 */
export async function publishProductionChange(productionId: string, kind: ProductionChangeKind, now = new Date()): Promise<void> {
  const change: ProductionChange = { kind, at: now.toISOString() };
  if (!usesPostgres()) {
    bus.emit(productionId, change);
    return;
  }
  try {
    const db = await getDb();
    const payload = JSON.stringify({ productionId, ...change } satisfies Notification);
    // executeRaw: pg_notify returns void, which a queryRaw cannot deserialize.
    await db.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${payload})`;
  } catch (error) {
    console.error(`Live updates: NOTIFY failed (${error instanceof Error ? error.message : error}).`);
  }
}

/** Calls `listener` on every change of the production until the returned function is called. */
export function subscribeToProduction(productionId: string, listener: (change: ProductionChange) => void): () => void {
  bus.on(productionId, listener);
  return () => bus.off(productionId, listener);
}
