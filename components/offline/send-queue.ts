// Sends what waits in the offline queue to the JSON API, oldest first, each
// with its own Idempotency-Key: sending an entry twice (two tabs, a resend
// after a lost answer) writes it once (decision 0017).

import { judgeSendResponse, QUEUED_BY_HEADER } from "@/lib/domain/offline-queue";
import { listEntries, queueActor, saveEntry, type QueuedEntry } from "./queue-store";

/** Sent after a flush that got entries accepted: pages showing the logbook redraw. */
export const QUEUE_ACCEPTED = "stuntbook:queue-accepted";

export interface FlushResult {
  accepted: number;
  refused: number;
  /** Why sending stopped early, if it did: offline, signed out, the server busy. */
  stoppedBecause: string | null;
}

/** Send one entry; what it became. Exported so a test can send the same entry twice. */
export async function sendEntry(entry: QueuedEntry): Promise<{ entry: QueuedEntry; stop: string | null }> {
  let response: Response;
  try {
    response = await fetch(entry.url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", "Idempotency-Key": entry.key, ...(entry.actorId ? { [QUEUED_BY_HEADER]: entry.actorId } : {}) },
      body: JSON.stringify(entry.body),
    });
  } catch {
    return { entry: { ...entry, attempts: entry.attempts + 1 }, stop: "No connection: it will be sent when you are back online." };
  }
  const body: unknown = await response.json().catch(() => null);
  const outcome = judgeSendResponse(response.status, body);
  const tried = { ...entry, attempts: entry.attempts + 1 };
  switch (outcome.kind) {
    case "accepted":
      return { entry: { ...tried, state: "accepted", settledAt: Date.now(), error: undefined, fields: undefined }, stop: null };
    case "refused":
      return { entry: { ...tried, state: "refused", settledAt: Date.now(), error: outcome.error, fields: outcome.fields }, stop: null };
    case "signed-out":
      return { entry: tried, stop: "Sign in again to send what is waiting." };
    case "retry":
      return { entry: tried, stop: `Not sent yet: ${outcome.reason}` };
  }
}

let running: Promise<FlushResult> | null = null;

/** Send everything waiting. One flush at a time per tab (another tab's flush is harmless: same keys). */
export function flushQueue(): Promise<FlushResult> {
  running ??= (async () => {
    const result: FlushResult = { accepted: 0, refused: 0, stoppedBecause: null };
    try {
      const me = queueActor();
      // Only what this account queued: another account's entries wait for it to sign in on this device.
      for (const waiting of (await listEntries()).filter((e) => e.state === "waiting" && (!e.actorId || e.actorId === me))) {
        const { entry, stop } = await sendEntry(waiting);
        await saveEntry(entry);
        if (entry.state === "accepted") result.accepted += 1;
        if (entry.state === "refused") result.refused += 1;
        if (stop) {
          result.stoppedBecause = stop;
          break;
        }
      }
    } finally {
      running = null;
    }
    if (result.accepted > 0) window.dispatchEvent(new Event(QUEUE_ACCEPTED));
    return result;
  })();
  return running;
}
