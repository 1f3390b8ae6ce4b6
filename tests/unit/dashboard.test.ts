import { describe, expect, it } from "vitest";
import { countByStatus, dashboardRows, disciplineNames, type DashboardGoal } from "@/lib/domain/dashboard";
import type { GoalStatus } from "@/lib/domain/progress";
import { dashboardFilterSchema } from "@/lib/schemas/dashboard-filter";

function goal(goalId: string, discipline: string, status: GoalStatus, percent: number): DashboardGoal {
  return {
    goalId,
    discipline,
    unit: "jump",
    status,
    percent,
    target: 100,
    done: percent,
    verified: percent,
    remaining: 100 - percent,
    startDate: "2026-01-01",
    deadline: "2026-12-31",
    daysLeft: 100,
    recentPerDay: 1,
    requiredPerDay: 1,
    projectedFinish: null,
    milestones: [],
  };
}

const performers = [
  { performerId: "b", name: "Bea", goals: [goal("b1", "Skydive", "done", 100), goal("b2", "HALO jump", "behind", 50)] },
  { performerId: "a", name: "Ana", goals: [goal("a1", "Skydive", "behind", 20), goal("a2", "HALO jump", "on_track", 60)] },
  { performerId: "c", name: "Cy", goals: [] },
];

describe("dashboardRows", () => {
  it("puts behind first, least complete first within a status, then by name", () => {
    expect(dashboardRows(performers, {}).map((r) => r.goal.goalId)).toEqual(["a1", "b2", "a2", "b1"]);
  });

  it("filters by discipline and by status, together", () => {
    expect(dashboardRows(performers, { discipline: "Skydive" }).map((r) => r.goal.goalId)).toEqual(["a1", "b1"]);
    expect(dashboardRows(performers, { status: "behind" }).map((r) => r.performerName)).toEqual(["Ana", "Bea"]);
    expect(dashboardRows(performers, { discipline: "HALO jump", status: "done" })).toEqual([]);
  });
});

describe("countByStatus and disciplineNames", () => {
  it("counts every status, zero included", () => {
    expect(countByStatus(performers.flatMap((p) => p.goals))).toEqual({ behind: 2, no_data: 0, on_track: 1, done: 1 });
  });

  it("lists disciplines once, in first-seen order", () => {
    expect(disciplineNames(performers.flatMap((p) => p.goals))).toEqual(["Skydive", "HALO jump"]);
  });
});

describe("dashboardFilterSchema", () => {
  it("keeps known values and drops unknown ones instead of failing the page", () => {
    expect(dashboardFilterSchema.parse({ discipline: "Skydive", status: "behind" })).toEqual({ discipline: "Skydive", status: "behind" });
    expect(dashboardFilterSchema.parse({ status: "late", discipline: ["a", "b"] })).toEqual({ discipline: undefined, status: undefined });
    expect(dashboardFilterSchema.parse({})).toEqual({});
  });
});
