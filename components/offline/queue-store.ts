// The offline queue's store on the device: IndexedDB through `idb`. One
// record per entry, keyed by its Idempotency-Key (crypto.randomUUID(), made
// when the entry is queued), so every resend of it is the same request to
// the server (decision 0017) and can never make a second entry.

import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { QueuedKind } from "@/lib/domain/offline-queue";

export interface QueuedEntry {
  /** The Idempotency-Key it is always sent with. */
  key: string;
  /**
   * Who queued it. Only their session sends it: a phone passed to someone
   * else must not file one person's entries under another's name (a
   * coordinator's session would even sign them). Absent on entries queued
   * before accounts were recorded: sent by whoever is signed in.
   */
  actorId?: string;
  kind: QueuedKind;
  productionId: string;
  url: string;
  body: Record<string, unknown>;
  /** What the person logged, in words: "3 × Skydive on 2026-11-30". */
  label: string;
  queuedAt: number;
  state: "waiting" | "accepted" | "refused";
  /** When it was accepted or refused. */
  settledAt?: number;
  error?: string;
  fields?: Record<string, string>;
  attempts: number;
}

interface QueueDb extends DBSchema {
  entries: { key: string; value: QueuedEntry; indexes: { queuedAt: number } };
}

const DB_NAME = "stuntbook-offline";
/** Pages and the header listen for this to redraw. */
export const QUEUE_CHANGED = "stuntbook:queue-changed";

let opened: Promise<IDBPDatabase<QueueDb>> | null = null;
function db() {
  opened ??= openDB<QueueDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore("entries", { keyPath: "key" }).createIndex("queuedAt", "queuedAt");
    },
  });
  return opened;
}

function changed() {
  window.dispatchEvent(new Event(QUEUE_CHANGED));
}

/** The signed-in account on this page (the header sets it): what is queued now is theirs. */
let currentActor: string | null = null;

export function setQueueActor(actorId: string): void {
  currentActor = actorId;
}

export function queueActor(): string | null {
  return currentActor;
}

export async function queueEntry(entry: Omit<QueuedEntry, "key" | "queuedAt" | "state" | "attempts" | "actorId">): Promise<QueuedEntry> {
  const full: QueuedEntry = { ...entry, key: crypto.randomUUID(), queuedAt: Date.now(), state: "waiting", attempts: 0, ...(currentActor ? { actorId: currentActor } : {}) };
  await (await db()).put("entries", full);
  changed();
  return full;
}

/** Every entry, oldest first. */
export async function listEntries(): Promise<QueuedEntry[]> {
  return (await db()).getAllFromIndex("entries", "queuedAt");
}

export async function saveEntry(entry: QueuedEntry): Promise<void> {
  await (await db()).put("entries", entry);
  changed();
}

/** The person dismissed it (a refused entry, or the note that one was accepted). */
export async function dismissEntry(key: string): Promise<void> {
  await (await db()).delete("entries", key);
  changed();
}
