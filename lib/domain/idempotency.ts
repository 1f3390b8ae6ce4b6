// Idempotency keys on API writes (docs/decisions/0017-idempotency-keys.md):
// the pure rules. Which keys are valid, what makes two requests "the same",
// and what to do when a key is already taken. The store is lib/data/idempotency.ts.

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotency-Replayed";

/** How long a key is remembered; a key older than this is free again. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A claim whose request never completed (its node died mid-request) is given
 * up after this long, and the key may run again. Far beyond any write here
 * (the largest import takes seconds), so a slow request is not run twice.
 */
export const ABANDONED_CLAIM_MS = 5 * 60 * 1000;

export const MAX_KEY_LENGTH = 200;
// Visible ASCII: "!" (0x21) to "~" (0x7E). No spaces, so a key cannot differ from another only by padding.
export const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

export type KeyCheck = { ok: true; key: string } | { ok: false; message: string };

/** The header's value as a key, or why it is not one. */
export function checkIdempotencyKey(value: string): KeyCheck {
  if (value.length === 0 || value.length > MAX_KEY_LENGTH) {
    return { ok: false, message: `${IDEMPOTENCY_HEADER} must be 1 to ${MAX_KEY_LENGTH} characters long (a UUID is a good key)` };
  }
  if (!VISIBLE_ASCII.test(value)) {
    return { ok: false, message: `${IDEMPOTENCY_HEADER} may hold only visible ASCII characters (no spaces): a UUID is a good key` };
  }
  return { ok: true, key: value };
}

/**
 * What makes a repeat "the same request": its method, its path with the
 * query (an import's `dryRun=1` is a different request), and its body,
 * byte for byte (as SHA-256, computed by the caller).
 */
export function requestFingerprint(method: string, pathAndQuery: string, bodySha256: string): string {
  return `${method.toUpperCase()} ${pathAndQuery} sha256:${bodySha256}`;
}

export interface StoredClaim {
  fingerprint: string;
  status: number | null;
  createdAt: Date;
}

export type ClaimVerdict =
  /** Older than the TTL, or abandoned while pending: forget it and claim the key anew. */
  | { kind: "expired" }
  /** The same key was sent with another request: refuse (422). */
  | { kind: "mismatch" }
  /** The first request has finished: replay its response. */
  | { kind: "replay" }
  /** The first request is still running: wait for it, then 409. */
  | { kind: "pending" };

/** What a request that finds its key already taken should do. */
export function judgeExistingClaim(claim: StoredClaim, fingerprint: string, now: Date): ClaimVerdict {
  const age = now.getTime() - claim.createdAt.getTime();
  if (age >= IDEMPOTENCY_TTL_MS) return { kind: "expired" };
  if (claim.fingerprint !== fingerprint) return { kind: "mismatch" };
  if (claim.status !== null) return { kind: "replay" };
  return age >= ABANDONED_CLAIM_MS ? { kind: "expired" } : { kind: "pending" };
}

/**
 * Which responses are remembered. A server error (5xx) is not an answer about
 * the request: the key is released so that a retry runs again. Everything
 * else (201, a 400 with its field errors, a 403, a 409) is replayed as it was.
 */
export function shouldRemember(status: number): boolean {
  return status < 500;
}

/** The refusal for a key reused with another request, naming the first one. */
export function mismatchMessage(storedFingerprint: string): string {
  const [method, path] = storedFingerprint.split(" ");
  return `This ${IDEMPOTENCY_HEADER} was already used for a different request (${method} ${path}, or another body). Send a new key with a new request.`;
}
