import { describe, expect, it } from "vitest";
import { buildDemoPlan, DEMO_USERS } from "@/lib/demo/demo-plan";
import { computeGoalProgress, countsFromDailyTotals } from "@/lib/domain/progress";
import { CLIFF_JUMP_REGIMEN } from "@/lib/domain/regimen-template";
import { MAX_REPS_PER_SESSION } from "@/lib/schemas/training-session";

const today = "2026-11-25";
const plan = buildDemoPlan(today);

function statusesOf(performerKey: string) {
  return Object.fromEntries(
    plan.goals
      .filter((g) => g.performerKey === performerKey)
      .map((goal) => {
        const days = plan.sessions
          .filter((s) => s.performerKey === performerKey && s.disciplineName === goal.disciplineName && s.status !== "rejected")
          .map((s) => ({ date: s.date, count: s.count, verified: s.status === "verified" ? s.count : 0 }));
        return [goal.disciplineName, computeGoalProgress(goal, countsFromDailyTotals(goal, days, today), today).status];
      }),
  );
}

describe("demo plan", () => {
  it("has the five demo accounts with their roles", () => {
    expect(DEMO_USERS.map((u) => [u.email, u.role])).toEqual([
      ["coordinator@demo.test", "coordinator"],
      ["performer1@demo.test", "performer"],
      ["performer2@demo.test", "performer"],
      ["performer3@demo.test", "performer"],
      ["viewer@demo.test", "viewer"],
    ]);
  });

  it("gives every performer the regimen's goals over one year", () => {
    expect(plan.goals).toHaveLength(3 * CLIFF_JUMP_REGIMEN.disciplines.length);
    for (const goal of plan.goals) {
      expect(goal.startDate).toBe("2026-03-30");
      expect(goal.deadline).toBe("2027-03-29");
    }
  });

  it("keeps to one goal per performer and discipline, as the goal writer does (the seed writes goals directly)", () => {
    const pairs = plan.goals.map((g) => `${g.performerKey}/${g.disciplineName}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("performer1 is ahead: every goal on track or done", () => {
    for (const status of Object.values(statusesOf("performer1"))) expect(["on_track", "done"]).toContain(status);
  });

  it("performer2 is behind on the long goals", () => {
    const statuses = statusesOf("performer2");
    expect(statuses["Motorbike jump"]).toBe("behind");
    expect(statuses["Skydive"]).toBe("behind");
  });

  it("performer3 has finished every goal", () => {
    for (const status of Object.values(statusesOf("performer3"))) expect(status).toBe("done");
  });

  it("only logs sessions a real day could hold, never in the future", () => {
    for (const s of plan.sessions) {
      expect(s.count).toBeGreaterThan(0);
      expect(s.count).toBeLessThanOrEqual(MAX_REPS_PER_SESSION);
      expect(s.date <= today).toBe(true);
    }
  });

  it("is the same plan for the same day", () => {
    expect(buildDemoPlan(today)).toEqual(plan);
  });

  it("has pending, verified and rejected entries to show", () => {
    const statuses = new Set(plan.sessions.map((s) => s.status));
    expect([...statuses].sort()).toEqual(["pending", "rejected", "verified"]);
  });
});
