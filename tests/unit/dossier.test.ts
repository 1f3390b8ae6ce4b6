import { describe, expect, it } from "vitest";
import { buildDossier, DOSSIER_FORMAT, sealStatement, verifiedShare, type DossierParts } from "@/lib/domain/dossier";
import { canonicalJson } from "@/lib/server/canonical-json";
import { sha256Hex } from "@/lib/server/sha256";

// The sealed dossier's rules: one text for the same evidence whatever order it
// was gathered in, the hash of that text, and a public statement that says no
// more than the seal.

describe("canonical JSON", () => {
  it("sorts keys at every depth and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: "x" } })).toBe(`{"a":{"c":"x","d":[2,1]},"b":1}`);
    expect(canonicalJson({ a: { c: "x", d: [2, 1] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [2, 1], c: "x" } }));
  });

  it("writes numbers in their shortest form and strings with the fewest escapes (RFC 8785)", () => {
    expect(canonicalJson([1.0, 1e21, 0.1 + 0.2, -0])).toBe("[1,1e+21,0.30000000000000004,0]");
    expect(canonicalJson("é\n\u0001")).toBe(`"é\\n\\u0001"`);
  });

  it("refuses what JSON cannot hold instead of writing something else", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow();
    expect(() => canonicalJson(undefined)).toThrow("no JSON form");
  });
});

const parts = (): DossierParts => ({
  production: { id: "p", name: "Cliffhanger", timeZone: "Europe/Oslo" },
  stunt: { id: "s", name: "Cliff jump", plannedDate: "2026-09-10", description: null },
  sealedAt: "2026-09-01T08:00:00.000Z",
  asOf: "2026-09-01",
  sealedBy: { id: "c", name: "Cora Coordinator" },
  verdict: "ready_with_warnings",
  reasons: [{ performerId: "a", kind: "low_readiness", blocking: false, message: "Low readiness" }],
  performers: [
    {
      id: "a",
      name: "Ana",
      goals: [
        { goalId: "g2", discipline: "Skydive", target: 500, done: 500, verified: 450, startDate: "2026-01-01", deadline: "2026-09-01" },
        { goalId: "g1", discipline: "Motorbike", target: 13000, done: 13000, verified: 13000, startDate: "2026-01-01", deadline: "2026-09-01" },
      ],
      disciplinesWithoutGoal: [],
      pendingEntries: 0,
      currency: [],
      credentials: [],
      checkIns: [
        { date: "2026-09-01", sleep: 3, soreness: 3, fatigue: 3, stress: 3, mood: 3, average: 3 },
        { date: "2026-08-31", sleep: 2, soreness: 2, fatigue: 2, stress: 2, mood: 2, average: 2 },
      ],
      overrides: [],
    },
  ],
  equipment: [],
  incidents: [
    { id: "i2", occurredOn: "2026-08-20", performerId: "a", severity: "minor", status: "closed", description: "b", followUp: null, stuntId: null },
    { id: "i1", occurredOn: "2026-08-02", performerId: "a", severity: "minor", status: "closed", description: "a", followUp: null, stuntId: null },
  ],
  takes: [
    { id: "t2", number: 2, performerId: "a", at: "2026-08-30T10:00:00.000Z", outcome: "usable", notes: null },
    { id: "t1", number: 1, performerId: "a", at: "2026-08-30T09:00:00.000Z", outcome: "no_good", notes: null },
  ],
  auditChain: { entries: 12, head: "a".repeat(64) },
});

describe("the dossier document", () => {
  it("puts every list in one order, so evidence gathered in any order seals to the same hash", () => {
    const doc = buildDossier(parts());
    expect(doc.format).toBe(DOSSIER_FORMAT);
    expect(doc.performers[0]!.goals.map((g) => g.discipline)).toEqual(["Motorbike", "Skydive"]);
    expect(doc.performers[0]!.checkIns.map((c) => c.date)).toEqual(["2026-08-31", "2026-09-01"]);
    expect(doc.incidents.map((i) => i.id)).toEqual(["i1", "i2"]);
    expect(doc.takes.map((t) => t.number)).toEqual([1, 2]);
    const shuffled = parts();
    const [ana] = shuffled.performers;
    shuffled.performers = [{ ...ana!, goals: [...ana!.goals].reverse(), checkIns: [...ana!.checkIns].reverse() }];
    shuffled.incidents.reverse();
    shuffled.takes.reverse();
    expect(sha256Hex(canonicalJson(buildDossier(shuffled)))).toBe(sha256Hex(canonicalJson(doc)));
  });

  it("states each goal's verified share; one changed figure is another hash", () => {
    const doc = buildDossier(parts());
    expect(doc.performers[0]!.goals.map((g) => g.verifiedShare)).toEqual([1, 0.9]);
    const changed = parts();
    const [first] = changed.performers;
    changed.performers = [{ ...first!, goals: first!.goals.map((g, i) => (i === 0 ? { ...g, verified: 449 } : g)) }];
    expect(sha256Hex(canonicalJson(buildDossier(changed)))).not.toBe(sha256Hex(canonicalJson(doc)));
  });

  it("shares verified reps to three decimals, and nothing done is a share of 0", () => {
    expect(verifiedShare(3, 2)).toBe(0.667);
    expect(verifiedShare(0, 0)).toBe(0);
  });

  it("tells the public what the seal states: names, time, verdict and chain; none of the evidence", () => {
    const statement = sealStatement("f".repeat(64), buildDossier(parts()));
    expect(statement).toEqual({
      sha256: "f".repeat(64),
      production: "Cliffhanger",
      stunt: "Cliff jump",
      plannedDate: "2026-09-10",
      sealedAt: "2026-09-01T08:00:00.000Z",
      timeZone: "Europe/Oslo",
      sealedBy: "Cora Coordinator",
      verdict: "ready_with_warnings",
      auditChain: { entries: 12, head: "a".repeat(64) },
    });
  });
});
