// Verifying a production's audit chain: every link recomputed from the events
// as they are now (lib/domain/audit-chain.ts), in batches, so a long history
// is never all in memory. No "server-only": `npm run audit:verify` runs it.

import { ChainWalker, finishVerdict, type ChainVerdict, type StoredLink } from "../domain/audit-chain";
import { sha256Hex } from "../server/sha256";
import { int, rows, type SqlBody } from "../server/sql-steps";
import { AUDIT_EVENT_COLUMNS, chainedContent, unchainedEvents } from "./audit-chain";

const BATCH = 5000;

/** Walk a production's links in order, up to link `upTo` (all when null): the walker, or the first break. */
function* walkLinks(productionId: string, batch: number, upTo: number | null): SqlBody<{ walker: ChainWalker; broken: ChainVerdict | null }> {
  const walker = new ChainWalker(sha256Hex);
  let after = 0;
  for (;;) {
    const found = yield* rows<Record<string, unknown>>(
      `SELECT c."seq" AS "seq", c."eventId" AS "eventId", c."prevHash" AS "prevHash", c."hash" AS "hash", ${AUDIT_EVENT_COLUMNS}
         FROM "AuditChain" c LEFT JOIN "AuditEvent" e ON e."id" = c."eventId"
        WHERE c."productionId" = ? AND c."seq" > ?${upTo === null ? "" : ` AND c."seq" <= ${Math.trunc(upTo)}`}
        ORDER BY c."seq", c."eventId" LIMIT ${batch}`,
      productionId,
      after,
    );
    for (const r of found) {
      const link: StoredLink = {
        seq: int(r.seq),
        eventId: String(r.eventId),
        prevHash: String(r.prevHash),
        hash: String(r.hash),
        // An event moved to another production is not this chain's event any more.
        event: r.id === null || r.id === undefined || r.productionId !== productionId ? null : chainedContent(r),
      };
      const broken = walker.next(link);
      if (broken) return { walker, broken: { ok: false, entries: walker.entries, firstBrokenEntry: broken } };
    }
    if (found.length < batch) break;
    after = int(found.at(-1)!.seq);
  }
  return { walker, broken: null };
}

/**
 * Whether the chain still holds its first `entries` links, ending in `head`:
 * what a sealed dossier recorded (a break after that point is a later matter,
 * named by the full verification).
 */
export function* verifyChainUpTo(productionId: string, entries: number, head: string, batch = BATCH): SqlBody<ChainVerdict> {
  const { walker, broken } = yield* walkLinks(productionId, batch, entries);
  if (broken) return broken;
  if (walker.entries !== entries || walker.head !== head) {
    return { ok: false, entries: walker.entries, firstBrokenEntry: { id: "", at: null, action: null, seq: walker.entries + 1, problem: `the chain no longer ends in the recorded head after ${entries} links` } };
  }
  return { ok: true, entries, head };
}

/** `batch`: links read at a time (a test makes it small to reach a batch boundary). */
export function* verifyProductionChain(productionId: string, batch = BATCH): SqlBody<ChainVerdict> {
  const { walker, broken } = yield* walkLinks(productionId, batch, null);
  if (broken) return broken;
  // Batches go on from the last link number read, so a second link under a number that closed a batch (only
  // possible with the unique index dropped) would never be read: every link must have been walked.
  const [total] = yield* rows<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "AuditChain" WHERE "productionId" = ?`, productionId);
  if (int(total?.n) !== walker.entries) {
    const [extra] = yield* rows<{ seq: unknown; eventId: string }>(
      `SELECT c."seq" AS "seq", c."eventId" AS "eventId" FROM "AuditChain" c
        WHERE c."productionId" = ? AND c."seq" IN (SELECT d."seq" FROM "AuditChain" d WHERE d."productionId" = ? GROUP BY d."seq" HAVING COUNT(*) > 1)
        ORDER BY c."seq", c."eventId" DESC LIMIT 1`,
      productionId,
      productionId,
    );
    return {
      ok: false,
      entries: walker.entries,
      firstBrokenEntry: { id: extra?.eventId ?? "", at: null, action: null, seq: extra ? int(extra.seq) : null, problem: `the chain holds ${int(total?.n)} links, but ${walker.entries} follow one another` },
    };
  }
  return finishVerdict(walker, yield* unchainedEvents(productionId));
}
