import { describe, expect, it } from "vitest";
import { goNoGo, performerVerdicts, type PerformerEvidence } from "@/lib/domain/go-no-go";

const ready: PerformerEvidence = {
  performerId: "p1",
  name: "Alex",
  goals: [{ discipline: "Skydive", target: 500, done: 500, verified: 500 }],
  disciplinesWithoutGoal: [],
  pendingEntries: 0,
  openIncidents: [],
  latestCheckIn: { date: "2026-06-10", average: 4.2 },
  overridesRecently: 0,
};

const kinds = (e: PerformerEvidence[]) => goNoGo(e).reasons.map((r) => [r.kind, r.blocking]);

describe("goNoGo", () => {
  it("blocks a performer kept off training on the planned date, or today when no date is set", () => {
    const off = { ...ready, unavailable: { until: "2026-07-05", description: "Sprained ankle" } };
    expect(goNoGo([off], { plannedDate: "2026-07-01", today: "2026-06-20" }).reasons).toEqual([
      { performerId: "p1", kind: "unavailable", blocking: true, message: "Alex: unavailable on the planned date 1 Jul 2026: off training until 5 Jul 2026 (Sprained ankle)" },
    ]);
    expect(goNoGo([off], { today: "2026-06-20" }).reasons[0]!.message).toBe("Alex: unavailable today: off training until 5 Jul 2026 (Sprained ankle)");
    expect(goNoGo([{ ...ready, unavailable: null }]).verdict).toBe("ready");
  });

  it("blocks on a goal that can no longer be reached in time, saying why", () => {
    const result = goNoGo([{ ...ready, unreachableGoals: [{ discipline: "Skydive", reason: "needs 61 a day; the hard limit allows 40" }] }]);
    expect(result.verdict).toBe("not_ready");
    expect(result.reasons).toEqual([{ performerId: "p1", kind: "goal_unreachable", blocking: true, message: "Alex: Skydive goal can no longer be reached in time: needs 61 a day; the hard limit allows 40" }]);
  });

  it("warns, never blocks, on a load spike in the week before the shot, naming the highest day", () => {
    const result = goNoGo([{ ...ready, highLoadDays: [{ date: "2026-06-28", ratio: 1.52 }, { date: "2026-06-29", ratio: 1.734 }] }], { plannedDate: "2026-07-01" });
    expect(result.verdict).toBe("ready_with_warnings");
    expect(result.reasons).toEqual([
      { performerId: "p1", kind: "high_load", blocking: false, message: "Alex: training load spiked before the shot: acute:chronic 1.73 on 29 Jun 2026 (over 1.5 on 2 of the 7 days before)" },
    ]);
    expect(goNoGo([{ ...ready, highLoadDays: [] }]).verdict).toBe("ready");
  });

  it("is ready when every goal is done and verified and nothing is open", () => {
    expect(goNoGo([ready])).toEqual({ verdict: "ready", reasons: [] });
  });

  it("is not ready while a goal is short, and says by how much", () => {
    const result = goNoGo([{ ...ready, goals: [{ discipline: "Skydive", target: 500, done: 480, verified: 470 }] }]);
    expect(result.verdict).toBe("not_ready");
    expect(result.reasons).toEqual([{ performerId: "p1", kind: "goal_not_done", blocking: true, message: "Alex: Skydive 480 of 500 done" }]);
  });

  it("counts only verified reps as proof: done but unverified blocks", () => {
    expect(kinds([{ ...ready, goals: [{ discipline: "Skydive", target: 500, done: 510, verified: 499 }] }])).toEqual([["goal_not_verified", true]]);
  });

  it("blocks on a preparing discipline without a goal and on serious or lost-time incidents", () => {
    expect(kinds([{ ...ready, disciplinesWithoutGoal: ["HALO jump"] }])).toEqual([["no_goal", true]]);
    expect(kinds([{ ...ready, openIncidents: [{ severity: "serious", description: "fall" }] }])).toEqual([["serious_incident", true]]);
    expect(kinds([{ ...ready, openIncidents: [{ severity: "lost_time", description: "sprain" }] }])).toEqual([["serious_incident", true]]);
  });

  it("warns, without blocking, on pending entries, minor incidents, low or missing check-ins and overrides", () => {
    const result = goNoGo([
      { ...ready, pendingEntries: 2, openIncidents: [{ severity: "near_miss", description: "late pull" }], overridesRecently: 1 },
      { ...ready, performerId: "p2", name: "Sam", latestCheckIn: { date: "2026-06-10", average: 2.4 } },
      { ...ready, performerId: "p3", name: "Jo", latestCheckIn: null },
    ]);
    expect(result.verdict).toBe("ready_with_warnings");
    expect(result.reasons.map((r) => [r.performerId, r.kind, r.blocking])).toEqual([
      ["p1", "open_incident", false],
      ["p1", "pending_entries", false],
      ["p1", "limit_overridden", false],
      ["p2", "low_readiness", false],
      ["p3", "no_check_in", false],
    ]);
    expect(result.reasons[3]!.message).toBe("Sam: readiness 2.4 of 5 on 10 Jun 2026");
  });

  it("is not ready when any one performer blocks, whatever the others", () => {
    expect(goNoGo([ready, { ...ready, performerId: "p2", goals: [{ discipline: "Skydive", target: 1, done: 0, verified: 0 }] }]).verdict).toBe("not_ready");
  });
});

describe("goNoGo ordering and wording", () => {
  it("lists blocking reasons first and groups thousands", () => {
    const result = goNoGo([
      { ...ready, pendingEntries: 1 },
      { ...ready, performerId: "p2", name: "Sam", goals: [{ discipline: "Motorbike jump", target: 13000, done: 9980, verified: 9980 }] },
    ]);
    expect(result.reasons.map((r) => r.kind)).toEqual(["goal_not_done", "pending_entries"]);
    expect(result.reasons[0]!.message).toBe("Sam: Motorbike jump 9,980 of 13,000 done");
  });
});

describe("currency in the verdict", () => {
  const rule = { discipline: "HALO jump", count: 1, days: 30 };
  it("a lapsed rule blocks, naming the day it lapsed and the rule; one never met says so", () => {
    const lapsed = goNoGo([{ ...ready, currency: [{ ...rule, current: false, currentUntil: "2026-06-10" }] }], { plannedDate: "2026-07-01" });
    expect(lapsed.verdict).toBe("not_ready");
    expect(lapsed.reasons).toEqual([
      expect.objectContaining({ kind: "currency_lapsed", blocking: true, message: expect.stringMatching(/HALO jump currency lapsed after 10 Jun 2026 \(1 in 30 days\)/) }),
    ]);
    const never = goNoGo([{ ...ready, currency: [{ ...rule, current: false, currentUntil: null }] }]);
    expect(never.reasons[0]!.message).toMatch(/HALO jump currency never met/);
  });

  it("a rule that lapses before the planned date blocks; one that holds through it, or a stunt without a date, does not", () => {
    const current = (currentUntil: string) => [{ ...rule, current: true, currentUntil }];
    expect(goNoGo([{ ...ready, currency: current("2026-06-30") }], { plannedDate: "2026-07-01" }).reasons).toEqual([
      expect.objectContaining({ kind: "currency_lapses_before_shoot", blocking: true, message: expect.stringMatching(/lapses after 30 Jun 2026, before the planned date 1 Jul 2026/) }),
    ]);
    expect(goNoGo([{ ...ready, currency: current("2026-07-01") }], { plannedDate: "2026-07-01" })).toEqual({ verdict: "ready", reasons: [] });
    expect(goNoGo([{ ...ready, currency: current("2026-06-30") }], { plannedDate: null })).toEqual({ verdict: "ready", reasons: [] });
  });
});

describe("equipment no longer on record", () => {
  it("blocks, as a stunt-level reason, and counts how many", () => {
    const one = goNoGo([ready], { missingEquipment: 1 });
    expect(one.verdict).toBe("not_ready");
    expect(one.reasons).toEqual([
      { performerId: null, kind: "equipment_missing", blocking: true, message: "A piece of equipment this stunt depends on was removed from the records: service state unknown" },
    ]);
    expect(goNoGo([ready], { missingEquipment: 2 }).reasons[0]!.message).toMatch(/^2 pieces of equipment this stunt depends on were removed/);
    expect(goNoGo([ready], { missingEquipment: 0 })).toEqual({ verdict: "ready", reasons: [] });
  });
});

describe("a discipline archived after the stunt was planned", () => {
  it("blocks once, for the stunt, saying what to do", () => {
    const judged = goNoGo([ready], { archivedDisciplines: ["Wire work"] });
    expect(judged).toEqual({
      verdict: "not_ready",
      reasons: [{ performerId: null, kind: "discipline_archived", blocking: true, message: "Wire work is archived: take it off the stunt, or restore it in Settings" }],
    });
    expect(goNoGo([ready], { archivedDisciplines: [] })).toEqual({ verdict: "ready", reasons: [] });
  });
});

describe("performerVerdicts", () => {
  it("gives each performer their own verdict and counts, leaving the stunt's own reasons out", () => {
    const reasons = [
      { performerId: "a", kind: "goal_not_done" as const, blocking: true, message: "A: short" },
      { performerId: "a", kind: "pending_entries" as const, blocking: false, message: "A: pending" },
      { performerId: "b", kind: "no_check_in" as const, blocking: false, message: "B: no check-in" },
      { performerId: null, kind: "equipment_overdue" as const, blocking: true, message: "Rig overdue" },
    ];
    expect(performerVerdicts([{ performerId: "a", name: "Ana" }, { performerId: "b", name: "Ben" }, { performerId: "c", name: "Cy" }], reasons)).toEqual([
      { performerId: "a", name: "Ana", verdict: "not_ready", blocking: 1, warnings: 1 },
      { performerId: "b", name: "Ben", verdict: "ready_with_warnings", blocking: 0, warnings: 1 },
      { performerId: "c", name: "Cy", verdict: "ready", blocking: 0, warnings: 0 },
    ]);
  });
});
