import { describe, expect, it } from "vitest";
import { GENESIS_HASH, linkInput, verifyChain, type ChainedContent, type StoredLink } from "@/lib/domain/audit-chain";
import { sha256Hex } from "@/lib/server/sha256";

// The chain's rules on hand-made links: each link hashes its event and the
// previous hash; the first break is named, whatever kind it is.

const event = (n: number, extra: Partial<ChainedContent> = {}): ChainedContent => ({
  id: `e${n}`,
  productionId: "p",
  subject: "session",
  sessionId: "s",
  actorId: "a",
  action: "create",
  before: null,
  after: `{"count":${n}}`,
  reason: null,
  createdAt: `2026-06-0${n}T10:00:00.000Z`,
  ...extra,
});

function chain(events: ChainedContent[]): StoredLink[] {
  let prev = GENESIS_HASH;
  return events.map((e, i) => {
    const hash = sha256Hex(linkInput(e, prev));
    const link = { seq: i + 1, eventId: e.id, prevHash: prev, hash, event: e };
    prev = hash;
    return link;
  });
}

describe("the audit chain", () => {
  const events = [event(1), event(2), event(3)];

  it("verifies a whole chain and gives its head: the last link's hash", () => {
    const links = chain(events);
    expect(verifyChain(links, [], sha256Hex)).toEqual({ ok: true, entries: 3, head: links[2]!.hash });
    expect(verifyChain([], [], sha256Hex)).toEqual({ ok: true, entries: 0, head: GENESIS_HASH });
  });

  it("hashes every field: one character of any of them changes the link", () => {
    const base = linkInput(event(1), GENESIS_HASH);
    for (const change of [{ reason: "x" }, { action: "verify" }, { actorId: "b" }, { createdAt: "2026-06-01T10:00:00.001Z" }, { after: null }, { before: "{}" }]) {
      expect(linkInput(event(1, change), GENESIS_HASH), JSON.stringify(change)).not.toBe(base);
    }
    expect(linkInput(event(1), "f".repeat(64))).not.toBe(base);
  });

  it("hashes a session's event as it did before other subjects existed, so chains already written still verify", () => {
    // The version-1 text, written out: any change to it would break every chain recorded before subjects.
    expect(linkInput(event(1), GENESIS_HASH)).toBe(`[1,"${GENESIS_HASH}","p","e1","s","a","create",null,"{\\"count\\":1}",null,"2026-06-01T10:00:00.000Z"]`);
  });

  it("names the subject of any other event: the same id under another subject is another link", () => {
    const goal = linkInput(event(1, { subject: "goal" }), GENESIS_HASH);
    expect(JSON.parse(goal)).toEqual([2, GENESIS_HASH, "p", "e1", "goal", "s", "a", "create", null, `{"count":1}`, null, "2026-06-01T10:00:00.000Z"]);
    expect(linkInput(event(1, { subject: "stunt" }), GENESIS_HASH)).not.toBe(goal);
    expect(goal).not.toBe(linkInput(event(1), GENESIS_HASH));
  });

  it("names the first changed event, a gone one, a missing link, a link out of order and a stray event", () => {
    const links = chain(events);
    const changed = links.map((l, i) => (i === 1 ? { ...l, event: { ...l.event!, reason: "edited later" } } : l));
    expect(verifyChain(changed, [], sha256Hex)).toMatchObject({ ok: false, entries: 1, firstBrokenEntry: { id: "e2", seq: 2, problem: "the event is not what was recorded" } });
    const gone = links.map((l, i) => (i === 0 ? { ...l, event: null } : l));
    expect(verifyChain(gone, [], sha256Hex)).toMatchObject({ ok: false, entries: 0, firstBrokenEntry: { id: "e1", seq: 1, problem: "the event this link names is gone" } });
    expect(verifyChain([links[0]!, links[2]!], [], sha256Hex)).toMatchObject({ ok: false, firstBrokenEntry: { seq: 3, problem: expect.stringMatching(/link 2 is missing/) } });
    // A chain recomputed from a changed event onwards still breaks where the old link no longer follows.
    const forged = chain([event(1), event(2, { reason: "forged" })]);
    expect(verifyChain([links[0]!, forged[1]!, links[2]!], [], sha256Hex)).toMatchObject({ ok: false, firstBrokenEntry: { id: "e3", problem: "the link does not follow the one before it" } });
    expect(verifyChain(links, [event(9)], sha256Hex)).toMatchObject({ ok: false, entries: 3, firstBrokenEntry: { id: "e9", seq: null, problem: "an event the chain does not name" } });
  });
});
