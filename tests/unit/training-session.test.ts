import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/schemas/field-errors";
import {
  logTrainingSessionSchema,
  MAX_REPS_PER_SESSION,
  MAX_SESSION_MINUTES,
  rejectTrainingSessionSchema,
} from "@/lib/schemas/training-session";

const formPayload = {
  performerId: "perf_1",
  disciplineId: "disc_1",
  date: "2026-03-04",
  count: "12",
  durationMinutes: "90",
  location: "Voss dropzone",
  notes: "Two tracking dives",
};

function errorsFor(overrides: Record<string, unknown>) {
  const result = logTrainingSessionSchema.safeParse({ ...formPayload, ...overrides });
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrors(result.error);
}

describe("logTrainingSessionSchema: valid payloads", () => {
  it("accepts a form payload of strings and converts the numbers", () => {
    const result = logTrainingSessionSchema.safeParse(formPayload);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      performerId: "perf_1",
      disciplineId: "disc_1",
      date: "2026-03-04",
      count: 12,
      durationMinutes: 90,
      location: "Voss dropzone",
      notes: "Two tracking dives",
    });
  });

  it("accepts a JSON payload with numbers", () => {
    const result = logTrainingSessionSchema.safeParse({ ...formPayload, count: 12, durationMinutes: 90 });
    expect(result.success).toBe(true);
    expect(result.data?.count).toBe(12);
    expect(result.data?.durationMinutes).toBe(90);
  });

  it("accepts the bounds: 1 and MAX_REPS_PER_SESSION reps, 1 and MAX_SESSION_MINUTES minutes", () => {
    expect(MAX_REPS_PER_SESSION).toBe(1000);
    expect(MAX_SESSION_MINUTES).toBe(1440);
    for (const count of ["1", "1000", 1, 1000]) {
      expect(logTrainingSessionSchema.safeParse({ ...formPayload, count }).success).toBe(true);
    }
    for (const durationMinutes of ["1", "1440"]) {
      expect(logTrainingSessionSchema.safeParse({ ...formPayload, durationMinutes }).success).toBe(true);
    }
  });

  it("accepts the date range bounds 2000-01-01 and 2100-12-31", () => {
    expect(logTrainingSessionSchema.safeParse({ ...formPayload, date: "2000-01-01" }).success).toBe(true);
    expect(logTrainingSessionSchema.safeParse({ ...formPayload, date: "2100-12-31" }).success).toBe(true);
  });

  it("trims whitespace around numbers, dates, ids and text", () => {
    const result = logTrainingSessionSchema.safeParse({
      ...formPayload,
      performerId: "  perf_1 ",
      date: " 2026-03-04 ",
      count: " 7 ",
      location: "  Voss  ",
    });
    expect(result.data).toMatchObject({ performerId: "perf_1", date: "2026-03-04", count: 7, location: "Voss" });
  });

  it("turns blank optional fields into undefined", () => {
    const result = logTrainingSessionSchema.safeParse({ ...formPayload, durationMinutes: "", location: "   ", notes: "" });
    expect(result.success).toBe(true);
    expect(result.data?.durationMinutes).toBeUndefined();
    expect(result.data?.location).toBeUndefined();
    expect(result.data?.notes).toBeUndefined();
  });

  it("treats missing and null optional fields as not given", () => {
    const { durationMinutes: _d, location: _l, notes: _n, ...required } = formPayload;
    expect(logTrainingSessionSchema.safeParse(required).success).toBe(true);
    const withNulls = logTrainingSessionSchema.safeParse({ ...required, durationMinutes: null, location: null, notes: null });
    expect(withNulls.success).toBe(true);
    expect(withNulls.data?.durationMinutes).toBeUndefined();
  });

  it("accepts notes of exactly 2000 characters and a location of 120", () => {
    const result = logTrainingSessionSchema.safeParse({ ...formPayload, notes: "n".repeat(2000), location: "l".repeat(120) });
    expect(result.success).toBe(true);
  });
});

describe("logTrainingSessionSchema: count", () => {
  it.each([
    ["0", "Count must be at least 1"],
    [0, "Count must be at least 1"],
    ["-3", "Count must be at least 1"],
    ["2.5", "Count must be a whole number"],
    [2.5, "Count must be a whole number"],
    ["abc", "Count must be a number"],
    ["", "Count must be a number"],
    ["1e3", "Count must be a number"],
    [undefined, "Count must be a number"],
    [null, "Count must be a number"],
    [true, "Count must be a number"],
    ["1001", "Count must be at most 1,000"],
    [1001, "Count must be at most 1,000"],
  ])("count %j -> %s", (count, message) => {
    expect(errorsFor({ count })).toEqual({ count: message });
  });
});

describe("logTrainingSessionSchema: date", () => {
  it.each([
    ["2026-02-30", "Date must be a real date written YYYY-MM-DD"],
    ["2026-02-29", "Date must be a real date written YYYY-MM-DD"],
    ["04/03/2026", "Date must be a real date written YYYY-MM-DD"],
    ["2026-3-4", "Date must be a real date written YYYY-MM-DD"],
    ["1999-12-31", "Date must be between 2000-01-01 and 2100-12-31"],
    ["2101-01-01", "Date must be between 2000-01-01 and 2100-12-31"],
    ["", "Date is required"],
    ["   ", "Date is required"],
    [undefined, "Date is required"],
  ])("date %j -> %s", (date, message) => {
    expect(errorsFor({ date })).toEqual({ date: message });
  });
});

describe("logTrainingSessionSchema: ids", () => {
  it.each([
    ["performerId", "Choose a performer"],
    ["disciplineId", "Choose a discipline"],
  ])("%s blank, missing or too long -> %s", (key, message) => {
    expect(errorsFor({ [key]: "" })).toEqual({ [key]: message });
    expect(errorsFor({ [key]: "  " })).toEqual({ [key]: message });
    expect(errorsFor({ [key]: undefined })).toEqual({ [key]: message });
    expect(errorsFor({ [key]: "x".repeat(65) })).toEqual({ [key]: message });
  });
});

describe("logTrainingSessionSchema: optional fields", () => {
  it.each([
    ["0", "Duration must be at least 1"],
    ["1441", "Duration must be at most 1,440"],
    ["1.5", "Duration must be a whole number"],
    ["abc", "Duration must be a number"],
  ])("durationMinutes %j -> %s", (durationMinutes, message) => {
    expect(errorsFor({ durationMinutes })).toEqual({ durationMinutes: message });
  });

  it("refuses notes over 2000 characters", () => {
    expect(errorsFor({ notes: "n".repeat(2001) })).toEqual({ notes: "Notes must be at most 2000 characters" });
  });

  it("refuses a location over 120 characters", () => {
    expect(errorsFor({ location: "l".repeat(121) })).toEqual({ location: "Location must be at most 120 characters" });
  });

  it("refuses a location that is not text", () => {
    expect(errorsFor({ location: 5 })).toEqual({ location: "Location must be text" });
  });
});

describe("logTrainingSessionSchema: several errors", () => {
  it("reports each invalid field on its own key", () => {
    expect(errorsFor({ count: "0", date: "2026-02-30", notes: "n".repeat(2001) })).toEqual({
      count: "Count must be at least 1",
      date: "Date must be a real date written YYYY-MM-DD",
      notes: "Notes must be at most 2000 characters",
    });
  });
});

describe("rejectTrainingSessionSchema", () => {
  it("accepts a reason and trims it", () => {
    expect(rejectTrainingSessionSchema.safeParse({ reason: "  Wrong date  " }).data).toEqual({ reason: "Wrong date" });
  });

  it.each([
    [undefined, "Give a reason the performer can act on"],
    ["", "Give a reason the performer can act on"],
    ["  ab  ", "Give a reason the performer can act on"],
    ["r".repeat(501), "Reason must be at most 500 characters"],
  ])("reason %j -> %s", (reason, message) => {
    const result = rejectTrainingSessionSchema.safeParse({ reason });
    expect(result.success).toBe(false);
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({ reason: message });
  });

  it("accepts 3 and 500 characters", () => {
    expect(rejectTrainingSessionSchema.safeParse({ reason: "abc" }).success).toBe(true);
    expect(rejectTrainingSessionSchema.safeParse({ reason: "r".repeat(500) }).success).toBe(true);
  });
});
