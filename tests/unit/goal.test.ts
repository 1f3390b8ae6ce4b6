import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { createGoalSchema, MAX_GOAL_TARGET, milestoneSchema } from "@/lib/schemas/goal";

const formPayload = {
  performerId: "perf_1",
  disciplineId: "disc_1",
  target: "200",
  startDate: "2026-03-01",
  deadline: "2026-12-31",
};

function errorsFor(overrides: Record<string, unknown>) {
  const result = createGoalSchema.safeParse({ ...formPayload, ...overrides });
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrors(result.error);
}

describe("createGoalSchema: valid payloads", () => {
  it("accepts a form payload of strings", () => {
    const result = createGoalSchema.safeParse({ ...formPayload, milestones: [{ name: " Half ", count: "100" }] });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      performerId: "perf_1",
      disciplineId: "disc_1",
      target: 200,
      startDate: "2026-03-01",
      deadline: "2026-12-31",
      milestones: [{ name: "Half", count: 100 }],
    });
  });

  it("accepts a JSON payload with numbers and no milestones", () => {
    const result = createGoalSchema.safeParse({ ...formPayload, target: 200 });
    expect(result.success).toBe(true);
    expect(result.data?.target).toBe(200);
    expect(result.data?.milestones).toBeUndefined();
  });

  it("accepts a deadline equal to the start date", () => {
    expect(createGoalSchema.safeParse({ ...formPayload, deadline: "2026-03-01" }).success).toBe(true);
  });

  it("accepts a milestone equal to the target", () => {
    expect(createGoalSchema.safeParse({ ...formPayload, milestones: [{ name: "All", count: 200 }] }).success).toBe(true);
  });

  it("accepts target bounds 1 and MAX_GOAL_TARGET", () => {
    expect(MAX_GOAL_TARGET).toBe(1_000_000);
    expect(createGoalSchema.safeParse({ ...formPayload, target: "1" }).success).toBe(true);
    expect(createGoalSchema.safeParse({ ...formPayload, target: "1000000" }).success).toBe(true);
  });

  it("accepts 20 milestones", () => {
    const milestones = Array.from({ length: 20 }, (_, i) => ({ name: `m${i}`, count: i + 1 }));
    expect(createGoalSchema.safeParse({ ...formPayload, milestones }).success).toBe(true);
  });
});

describe("createGoalSchema: invalid fields", () => {
  it.each([
    ["0", "Target must be at least 1"],
    ["1000001", "Target must be at most 1,000,000"],
    ["12.5", "Target must be a whole number"],
    ["lots", "Target must be a number"],
    ["", "Target must be a number"],
  ])("target %j -> %s", (target, message) => {
    expect(errorsFor({ target })).toEqual({ target: message });
  });

  it("refuses a deadline before the start date, on the deadline key", () => {
    expect(errorsFor({ startDate: "2026-03-01", deadline: "2026-02-28" })).toEqual({
      deadline: "Deadline must not be before the start date",
    });
  });

  it("refuses impossible and out-of-range dates on their own keys", () => {
    expect(errorsFor({ startDate: "2026-02-30" })).toEqual({ startDate: "Start date must be a real date written YYYY-MM-DD" });
    expect(errorsFor({ deadline: "2101-01-01" })).toEqual({ deadline: "Deadline must be between 2000-01-01 and 2100-12-31" });
    expect(errorsFor({ startDate: "" })).toEqual({ startDate: "Start date is required" });
  });

  it("refuses a milestone count above the target on milestones.N.count", () => {
    expect(errorsFor({ milestones: [{ name: "Too far", count: "201" }] })).toEqual({
      "milestones.0.count": "Milestone count must not exceed the target",
    });
    expect(
      errorsFor({
        milestones: [
          { name: "Fine", count: 50 },
          { name: "Too far", count: 300 },
        ],
      }),
    ).toEqual({ "milestones.1.count": "Milestone count must not exceed the target" });
  });

  it("refuses milestones with a blank name or a count below 1", () => {
    expect(errorsFor({ milestones: [{ name: "  ", count: "0" }] })).toEqual({
      "milestones.0.name": "Milestone name is required",
      "milestones.0.count": "Milestone count must be at least 1",
    });
  });

  it("refuses more than 20 milestones", () => {
    const milestones = Array.from({ length: 21 }, (_, i) => ({ name: `m${i}`, count: i + 1 }));
    expect(errorsFor({ milestones })).toEqual({ milestones: "At most 20 milestones" });
  });

  it("refuses missing ids", () => {
    expect(errorsFor({ performerId: "", disciplineId: undefined })).toEqual({
      performerId: "Choose a performer",
      disciplineId: "Choose a discipline",
    });
  });
});

describe("milestoneSchema", () => {
  it("accepts a name and a count from a form", () => {
    expect(milestoneSchema.parse({ name: "First 10", count: "10" })).toEqual({ name: "First 10", count: 10 });
  });

  it("refuses a name over 60 characters", () => {
    const result = milestoneSchema.safeParse({ name: "x".repeat(61), count: 1 });
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({ name: "Milestone name must be at most 60 characters" });
  });
});
