// Writing the audit log's hash chain (lib/domain/audit-chain.ts): links for
// new events, in their transaction, under a per-production lock so that
// writers on several nodes still make one unbroken chain. No "server-only":
// the demo seed and `npm run db:migrate` chain existing events through Prisma
// (lib/data/prisma-steps.ts).

import { GENESIS_HASH, linkInput, type ChainedContent } from "../domain/audit-chain";
import { sha256Hex } from "../server/sha256";
import { instant, int, row, rows, run, type SqlBody, type SqlDialect } from "../server/sql-steps";

const LINKS_PER_INSERT = 500;

/**
 * One writer of a production's chain at a time. On PostgreSQL a
 * transaction-scoped advisory lock, taken after the writer's performer locks
 * (always in that order: no cycle); SQLite has one writer at a time already.
 */
function* lockChain(dialect: SqlDialect, productionId: string): SqlBody<void> {
  if (dialect === "postgresql") yield* run(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, `audit-chain/${productionId}`);
}

function* chainHead(productionId: string): SqlBody<{ seq: number; hash: string } | null> {
  const found = yield* row<{ seq: unknown; hash: string }>(`SELECT "seq", "hash" FROM "AuditChain" WHERE "productionId" = ? ORDER BY "seq" DESC LIMIT 1`, productionId);
  return found ? { seq: int(found.seq), hash: found.hash } : null;
}

/** An audit event row as the chain reads it (the instant as ISO text, whatever the driver returned). */
export function chainedContent(r: Record<string, unknown>): ChainedContent {
  return {
    id: String(r.id),
    productionId: String(r.productionId),
    subject: String(r.subject),
    sessionId: String(r.sessionId),
    actorId: String(r.actorId),
    action: String(r.action),
    before: (r.before as string | null) ?? null,
    after: (r.after as string | null) ?? null,
    reason: (r.reason as string | null) ?? null,
    createdAt: instant(r.createdAt)!.toISOString(),
  };
}

export const AUDIT_EVENT_COLUMNS = `e."id", e."productionId", e."subject", e."sessionId", e."actorId", e."action", e."before", e."after", e."reason", e."createdAt"`;

/**
 * Events of a production that no link of its own chain names, oldest first.
 * A link filed under another production does not count: both tables take
 * inserts, so a forger could otherwise slip an event in and "link" it in a
 * chain nobody verifies.
 */
export function* unchainedEvents(productionId: string): SqlBody<ChainedContent[]> {
  const found = yield* rows<Record<string, unknown>>(
    `SELECT ${AUDIT_EVENT_COLUMNS} FROM "AuditEvent" e LEFT JOIN "AuditChain" c ON c."eventId" = e."id" AND c."productionId" = e."productionId"
      WHERE e."productionId" = ? AND c."eventId" IS NULL ORDER BY e."createdAt", e."id"`,
    productionId,
  );
  return found.map(chainedContent);
}

function* appendLinks(productionId: string, head: { seq: number; hash: string } | null, events: readonly ChainedContent[]): SqlBody<void> {
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  const links: unknown[][] = [];
  for (const event of events) {
    const hash = sha256Hex(linkInput(event, prev));
    links.push([event.id, productionId, ++seq, prev, hash]);
    prev = hash;
  }
  for (let start = 0; start < links.length; start += LINKS_PER_INSERT) {
    const batch = links.slice(start, start + LINKS_PER_INSERT);
    yield* run(`INSERT INTO "AuditChain" ("eventId", "productionId", "seq", "prevHash", "hash") VALUES ${batch.map(() => "(?, ?, ?, ?, ?)").join(", ")}`, ...batch.flat());
  }
}

/**
 * Link the events this transaction wrote, in the order written. A production
 * without a chain yet (its events predate it) gets every event it has linked
 * first, oldest first: the upgrade chains the history on the first write.
 */
export function* chainNewEvents(dialect: SqlDialect, productionId: string, events: readonly ChainedContent[]): SqlBody<void> {
  if (events.length === 0) return;
  yield* lockChain(dialect, productionId);
  const head = yield* chainHead(productionId);
  if (!head) {
    yield* appendLinks(productionId, null, yield* unchainedEvents(productionId));
    return;
  }
  yield* appendLinks(productionId, head, events);
}

/**
 * Chain a production's history when it has none yet (`npm run db:migrate`,
 * the demo seed). A production that has a chain is left alone: an event
 * its chain does not name was slipped in behind the app's back, and stays
 * a break for the verifier to name. Answers how many events were linked.
 */
export function* chainHistory(dialect: SqlDialect, productionId: string): SqlBody<number> {
  yield* lockChain(dialect, productionId);
  if (yield* chainHead(productionId)) return 0;
  const events = yield* unchainedEvents(productionId);
  yield* appendLinks(productionId, null, events);
  return events.length;
}
