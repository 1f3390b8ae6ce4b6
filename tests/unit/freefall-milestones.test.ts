import { describe, expect, it } from "vitest";
import { milestoneSchema } from "@/lib/schemas/goal";
import {
  computeGoalProgress,
  countsFromDailyTotals,
  freefallCountsFromDaily,
  freefallThresholds,
  type DailyFreefall,
  type DailyTotal,
  type GoalDefinition,
} from "@/lib/domain/progress";

// Milestones that require cumulative freefall as well as a count (the USPA
// ladder: B = 50 jumps and 30 min, D = 500 jumps and 3 h).

const goal: GoalDefinition = {
  target: 500,
  startDate: "2026-01-01",
  deadline: "2026-12-31",
  milestones: [
    { name: "A licence", count: 25 },
    { name: "B licence", count: 50, freefallMinutes: 30 },
  ],
};

const jumps = (date: string, count: number): DailyTotal => ({ date, count, verified: count });
const freefall = (date: string, seconds: number): DailyFreefall => ({ date, seconds });

function progress(days: DailyTotal[], ff: DailyFreefall[], asOf: string) {
  const counts = countsFromDailyTotals(goal, days, asOf);
  return computeGoalProgress(goal, { ...counts, freefall: freefallCountsFromDaily(goal, ff, asOf) }, asOf);
}

const milestone = (p: ReturnType<typeof progress>, name: string) => p.milestones.find((m) => m.name === name)!;

describe("freefall thresholds", () => {
  it("are the milestones' minutes in seconds, once each, in order", () => {
    const g = { ...goal, milestones: [...goal.milestones!, { name: "C", count: 200, freefallMinutes: 60 }, { name: "C bis", count: 210, freefallMinutes: 30 }] };
    expect(freefallThresholds(g)).toEqual([1800, 3600]);
  });
});

describe("freefall counts as of a day", () => {
  const ff = [freefall("2026-02-10", 600), freefall("2025-12-31", 999), freefall("2026-02-01", 1200), freefall("2026-03-01", 60)];
  it("sum the goal's days from its start to asOf, and the last 14 days apart", () => {
    const counts = freefallCountsFromDaily(goal, ff, "2026-02-10");
    expect(counts.total).toBe(1800);
    expect(counts.recent).toBe(1800);
    expect(freefallCountsFromDaily(goal, ff, "2026-02-20").recent).toBe(600);
  });
  it("know the first day the running freefall reached each threshold, in date order whatever the input order", () => {
    expect(freefallCountsFromDaily(goal, ff, "2026-03-31").reachedOn.get(1800)).toBe("2026-02-10");
    expect(freefallCountsFromDaily(goal, ff, "2026-02-09").reachedOn.has(1800)).toBe(false);
  });
});

describe("a milestone that requires freefall", () => {
  it("is reached on the later day of its count and its freefall", () => {
    const p = progress([jumps("2026-02-01", 30), jumps("2026-02-05", 25)], [freefall("2026-02-01", 1500), freefall("2026-02-09", 400)], "2026-02-20");
    expect(milestone(p, "B licence")).toMatchObject({ freefallMinutes: 30, reachedOn: "2026-02-09", projectedOn: null });
    // A count-only milestone ignores freefall.
    expect(milestone(p, "A licence")).toMatchObject({ freefallMinutes: null, reachedOn: "2026-02-01" });
  });

  it("is not reached by the count alone: it is projected from the freefall pace", () => {
    // 60 jumps, only 20 min of freefall, all in the last 14 days: 10 more minutes at 20 min / 14 days is 7 days.
    const p = progress([jumps("2026-02-10", 60)], [freefall("2026-02-10", 1200)], "2026-02-10");
    expect(milestone(p, "B licence")).toMatchObject({ reachedOn: null, projectedOn: "2026-02-17" });
  });

  it("is not reached by freefall alone: it is projected from the jump pace", () => {
    // 40 jumps in the last 14 days and 45 min: 10 more jumps at 40 per 14 days is 4 days (ceil 3.5).
    const p = progress([jumps("2026-02-10", 40)], [freefall("2026-02-10", 2700)], "2026-02-10");
    expect(milestone(p, "B licence")).toMatchObject({ reachedOn: null, projectedOn: "2026-02-14" });
  });

  it("is projected on the later of its two projections", () => {
    // 40 jumps (10 to go at 40 per 14 days: 4 days) and 10 min (20 to go at 10 per 14 days: 28 days).
    const p = progress([jumps("2026-02-10", 40)], [freefall("2026-02-10", 600)], "2026-02-10");
    expect(milestone(p, "B licence").projectedOn).toBe("2026-03-10");
  });

  it("is not projected while no freefall was logged recently", () => {
    const p = progress([jumps("2026-01-02", 60), jumps("2026-02-10", 1)], [freefall("2026-01-02", 100)], "2026-02-10");
    expect(milestone(p, "B licence")).toMatchObject({ reachedOn: null, projectedOn: null });
  });

  it("is not reached when the jumps carry no freefall at all", () => {
    const counts = countsFromDailyTotals(goal, [jumps("2026-02-10", 60)], "2026-02-10");
    const p = computeGoalProgress(goal, counts, "2026-02-10");
    expect(milestone(p, "B licence")).toMatchObject({ reachedOn: null, projectedOn: null });
  });
});

describe("the milestone schema", () => {
  it("takes freefall minutes as an optional whole number", () => {
    expect(milestoneSchema.parse({ name: "B", count: "50", freefallMinutes: "30" })).toEqual({ name: "B", count: 50, freefallMinutes: 30 });
    expect(milestoneSchema.parse({ name: "A", count: 25, freefallMinutes: "" })).toEqual({ name: "A", count: 25 });
  });
  it("names the field when the minutes are not a count", () => {
    for (const bad of [0, -5, 1.5, "thirty", true, 10_000_000]) {
      const result = milestoneSchema.safeParse({ name: "B", count: 50, freefallMinutes: bad });
      expect(result.success, String(bad)).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual(["freefallMinutes"]);
      expect(result.error!.issues[0]!.message).toMatch(/^Milestone freefall \(minutes\)/);
    }
  });
});
