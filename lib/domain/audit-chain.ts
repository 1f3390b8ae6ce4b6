// The audit log's hash chain: each event's link hashes the event's own
// content together with the previous link's hash, per production, so the
// newest link (the head) commits to every event before it. Change an old
// event, delete one, or slip one in behind the app's back, and recomputing
// the chain breaks at that event. Pure: the hashing function and the rows are
// handed in (lib/data/audit-chain.ts).

/** The previous hash of a production's first link. */
export const GENESIS_HASH = "0".repeat(64);

/** An audit event as stored, with its instant as ISO text (milliseconds, UTC). */
export interface ChainedContent {
  id: string;
  productionId: string;
  /** What the event is about: "session", or another subject (decision 0015). */
  subject: string;
  /** The subject's id (the column's name predates the other subjects). */
  sessionId: string;
  actorId: string;
  action: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  createdAt: string;
}

/**
 * The exact text a link hashes: a JSON array in a fixed order, with a format
 * version first, so that the same event always gives the same text and two
 * different events never do. Version 1 is a session's event (every event
 * was, when the chain began, and chains already written must still verify);
 * version 2 names its subject too.
 */
export function linkInput(event: ChainedContent, prevHash: string): string {
  const rest = [event.actorId, event.action, event.before, event.after, event.reason, event.createdAt];
  if (event.subject === "session") return JSON.stringify([1, prevHash, event.productionId, event.id, event.sessionId, ...rest]);
  return JSON.stringify([2, prevHash, event.productionId, event.id, event.subject, event.sessionId, ...rest]);
}

export interface StoredLink {
  seq: number;
  eventId: string;
  prevHash: string;
  hash: string;
  /** The event the link names, as it is now; null when it is gone. */
  event: ChainedContent | null;
}

export type ChainVerdict =
  | { ok: true; entries: number; head: string }
  | { ok: false; entries: number; firstBrokenEntry: { id: string; at: string | null; action: string | null; seq: number | null; problem: string } };

type Broken = Extract<ChainVerdict, { ok: false }>["firstBrokenEntry"];

/**
 * Recomputes a chain link by link, in order, so a long history can be read in
 * batches: `next` answers the first break, or null while all is well.
 */
export class ChainWalker {
  private prev = GENESIS_HASH;
  private count = 0;
  constructor(private readonly sha256: (text: string) => string) {}

  next(link: StoredLink): Broken | null {
    const broken = (problem: string): Broken => ({ id: link.eventId, at: link.event?.createdAt ?? null, action: link.event?.action ?? null, seq: link.seq, problem });
    if (link.seq !== this.count + 1) return broken(`link ${this.count + 1} is missing (the next one found is ${link.seq})`);
    if (link.prevHash !== this.prev) return broken("the link does not follow the one before it");
    if (!link.event) return broken("the event this link names is gone");
    if (this.sha256(linkInput(link.event, this.prev)) !== link.hash) return broken("the event is not what was recorded");
    this.prev = link.hash;
    this.count++;
    return null;
  }

  get entries(): number {
    return this.count;
  }

  get head(): string {
    return this.prev;
  }
}

/**
 * Recompute a production's chain from its links in order, and name the first
 * place it breaks: a link out of sequence, an event that is gone or changed,
 * a link that does not follow the one before. `unchained` are events the
 * chain does not name (slipped in behind the app's back): the first of them
 * is a break too.
 */
export function verifyChain(links: readonly StoredLink[], unchained: readonly ChainedContent[], sha256: (text: string) => string): ChainVerdict {
  const walker = new ChainWalker(sha256);
  for (const link of links) {
    const broken = walker.next(link);
    if (broken) return { ok: false, entries: walker.entries, firstBrokenEntry: broken };
  }
  return finishVerdict(walker, unchained);
}

/** The verdict once every link has been walked: a stray event is the last way to break. */
export function finishVerdict(walker: ChainWalker, unchained: readonly ChainedContent[]): ChainVerdict {
  const stray = unchained[0];
  if (stray) {
    return { ok: false, entries: walker.entries, firstBrokenEntry: { id: stray.id, at: stray.createdAt, action: stray.action, seq: null, problem: "an event the chain does not name" } };
  }
  return { ok: true, entries: walker.entries, head: walker.head };
}
