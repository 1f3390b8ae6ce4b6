// The offline queue's rules (docs/decisions/0018-offline-service-worker.md),
// pure so they can be tested without a browser: what a queued entry becomes
// after a send, what the queue says about itself, and a form's fields as the
// JSON body the API takes. The store (IndexedDB) and the sender live in
// components/offline/.

export type QueuedKind = "session" | "check-in" | "incident";

/** The production's collection each kind is posted to. */
export const QUEUE_PATHS: Record<QueuedKind, string> = { session: "sessions", "check-in": "check-ins", incident: "incidents" };

export function queuedEntryUrl(kind: QueuedKind, productionId: string): string {
  return `/api/v1/productions/${encodeURIComponent(productionId)}/${QUEUE_PATHS[kind]}`;
}

export type SendOutcome =
  /** Written (or already written: a replay of the first answer). Leaves the queue. */
  | { kind: "accepted" }
  /** Not an answer about the entry (no network, the server busy or failing): keep it and try again later. */
  | { kind: "retry"; reason: string }
  /** The session ended: keep it, stop sending until the person signs in again. */
  | { kind: "signed-out" }
  /** The server refused the entry itself: keep it for the person to see, with the reason. */
  | { kind: "refused"; error: string; fields: Record<string, string> };

/** The header a queued entry is sent with: the account that queued it (decision 0018). */
export const QUEUED_BY_HEADER = "X-Queued-By";
export const QUEUED_BY_ANOTHER = "Queued by another account on this device: it is sent when that account signs in";

/** What the server's answer means for a queued entry. `body` is the parsed JSON answer, if any. */
export function judgeSendResponse(status: number, body: unknown): SendOutcome {
  if (status >= 200 && status < 300) return { kind: "accepted" };
  const error = typeof body === "object" && body !== null && typeof (body as { error?: unknown }).error === "string" ? (body as { error: string }).error : "";
  if (status === 401) return { kind: "signed-out" };
  // 409 while the same key is still being processed (decision 0017): its answer comes on the next try.
  if (status === 409 && /still being processed/.test(error)) return { kind: "retry", reason: error };
  // Another account is signed in (a second tab, a phone handed over): keep it for its own account.
  if (status === 409 && error === QUEUED_BY_ANOTHER) return { kind: "retry", reason: error };
  if (status === 408 || status === 429 || status >= 500) return { kind: "retry", reason: error || `The server answered ${status}` };
  const rawFields = typeof body === "object" && body !== null ? (body as { fields?: unknown }).fields : undefined;
  const fields: Record<string, string> = {};
  if (typeof rawFields === "object" && rawFields !== null) {
    for (const [name, message] of Object.entries(rawFields)) if (typeof message === "string") fields[name] = message;
  }
  return { kind: "refused", error: error || `The server refused it (${status})`, fields };
}

/** "1 entry waiting to send", "2 entries waiting to send". */
export function waitingText(n: number): string {
  return `${n} ${n === 1 ? "entry" : "entries"} waiting to send`;
}

/**
 * A form's fields as the API's JSON body. The API validates with the same
 * schemas as the forms, which take numbers as text, so values stay strings;
 * empty fields are left out (not given), and a field given several times
 * (ticked checkboxes) becomes a list.
 */
export function formFieldsToBody(entries: Iterable<[string, string]>, listFields: readonly string[] = []): Record<string, string | string[]> {
  const body: Record<string, string | string[]> = {};
  for (const [name, value] of entries) {
    if (listFields.includes(name)) {
      body[name] = [...((body[name] as string[] | undefined) ?? []), value];
    } else if (value.trim() !== "") {
      body[name] = value;
    }
  }
  return body;
}
