import "server-only";
import type { Db } from "../server/db";
import { isUniqueConstraintViolation } from "../server/db-errors";
import { IDEMPOTENCY_TTL_MS, judgeExistingClaim, mismatchMessage } from "../domain/idempotency";

// The store of idempotency keys (docs/decisions/0017-idempotency-keys.md).
//
// A request claims its key by inserting a pending row *before* its handler
// runs: the unique index on (actorId, key) lets exactly one of two
// simultaneous requests in, on SQLite and PostgreSQL alike, whichever node
// they reach. The winner runs and stores its response; the loser polls the
// row for that response and replays it, or gives up with a 409.

export interface KeyedRequest {
  actorId: string;
  key: string;
  fingerprint: string;
}

export interface StoredResponse {
  status: number;
  contentType: string | null;
  body: string;
}

export type Claim =
  | { kind: "claimed"; id: string }
  | ({ kind: "replay" } & StoredResponse)
  | { kind: "mismatch"; message: string }
  | { kind: "busy" };

export interface ClaimOptions {
  now?: () => Date;
  /** How long a request waits for an identical one still running before its 409. */
  waitMs?: number;
  pollMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function claimIdempotencyKey(db: Db, request: KeyedRequest, options: ClaimOptions = {}): Promise<Claim> {
  const now = options.now ?? (() => new Date());
  const waitMs = options.waitMs ?? 5_000;
  const pollMs = options.pollMs ?? 50;
  const giveUpAt = Date.now() + waitMs;
  // Lazy pruning: whoever claims a key clears every expired one (an indexed range delete).
  await db.idempotentRequest.deleteMany({ where: { createdAt: { lt: new Date(now().getTime() - IDEMPOTENCY_TTL_MS) } } });

  for (;;) {
    try {
      const row = await db.idempotentRequest.create({
        data: { actorId: request.actorId, key: request.key, fingerprint: request.fingerprint, createdAt: now() },
        select: { id: true },
      });
      return { kind: "claimed", id: row.id };
    } catch (error) {
      if (!isUniqueConstraintViolation(error)) throw error;
    }
    // The key is taken: wait while its first request runs, then judge the row.
    for (;;) {
      const existing = await db.idempotentRequest.findUnique({ where: { actorId_key: { actorId: request.actorId, key: request.key } } });
      if (!existing) break; // released (the first one failed with a 5xx) or pruned: claim it again
      const verdict = judgeExistingClaim(existing, request.fingerprint, now());
      if (verdict.kind === "expired") {
        // By id: two requests clearing the same stale row must not delete a fresh claim.
        await db.idempotentRequest.deleteMany({ where: { id: existing.id } });
        break;
      }
      if (verdict.kind === "mismatch") return { kind: "mismatch", message: mismatchMessage(existing.fingerprint) };
      if (verdict.kind === "replay") {
        return { kind: "replay", status: existing.status!, contentType: existing.contentType, body: existing.body ?? "" };
      }
      if (Date.now() >= giveUpAt) return { kind: "busy" };
      await sleep(pollMs);
    }
  }
}

/** Store the response of a claimed request, for its repeats to replay. */
export async function completeIdempotentRequest(db: Db, claimId: string, response: StoredResponse): Promise<void> {
  await db.idempotentRequest.update({ where: { id: claimId }, data: response });
}

/** Give the key back (the request failed on our side): a retry runs again. */
export async function releaseIdempotencyKey(db: Db, claimId: string): Promise<void> {
  await db.idempotentRequest.deleteMany({ where: { id: claimId } });
}
