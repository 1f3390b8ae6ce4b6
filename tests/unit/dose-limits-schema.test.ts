// Dose limits are a safety setting: only a well-formed payload that says
// exactly what it sets may change them. The settings form reaches the same
// strict schema through its own small adapter.

import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { doseLimitsFormSchema, doseLimitsSchema } from "@/lib/schemas/limits";

const full = { maxPerDay: 10, maxPer7Days: 40, minRestDays: 1, hard: true };
const errorsOf = (input: unknown) => {
  const result = doseLimitsSchema.safeParse(input);
  expect(result.success).toBe(false);
  return fieldErrors(result.error!);
};

describe("doseLimitsSchema (the JSON API)", () => {
  it("accepts every key given, null clearing a limit", () => {
    expect(doseLimitsSchema.parse(full)).toEqual(full);
    expect(doseLimitsSchema.parse({ maxPerDay: null, maxPer7Days: null, minRestDays: null, hard: false })).toEqual({
      maxPerDay: null,
      maxPer7Days: null,
      minRestDays: null,
      hard: false,
    });
  });

  it.each([["yes"], [1], ["1"], ["true"], ["on"], [null], [0], ["false"]])("refuses hard = %j", (hard) => {
    expect(errorsOf({ ...full, hard })).toEqual({ hard: "hard is required: true or false" });
  });

  it("refuses a missing hard", () => {
    const { hard: _, ...rest } = full;
    expect(errorsOf(rest)).toEqual({ hard: "hard is required: true or false" });
  });

  it("refuses a missing limit: clearing one takes an explicit null", () => {
    const { maxPer7Days: _, ...rest } = full;
    expect(errorsOf(rest)).toEqual({ maxPer7Days: "Maximum per 7 days is required: a whole number, or null to clear it" });
  });

  it("refuses the empty object, naming every key", () => {
    expect(Object.keys(errorsOf({})).sort()).toEqual(["hard", "maxPer7Days", "maxPerDay", "minRestDays"]);
  });

  it("refuses unknown keys, naming them", () => {
    expect(errorsOf({ ...full, maxPerday: 5, extra: true })).toEqual({ maxPerday: 'Unknown field "maxPerday"', extra: 'Unknown field "extra"' });
  });

  it("refuses wrong types and out-of-range numbers, naming the field", () => {
    expect(errorsOf({ ...full, maxPerDay: "10" })).toEqual({ maxPerDay: "Maximum per day is required: a whole number, or null to clear it" });
    expect(errorsOf({ ...full, maxPerDay: 2.5 })).toEqual({ maxPerDay: "Maximum per day must be a whole number" });
    expect(errorsOf({ ...full, minRestDays: -1 })).toEqual({ minRestDays: "Minimum rest must be at least 0" });
    expect(errorsOf({ ...full, maxPer7Days: 10_000_000 })).toEqual({ maxPer7Days: "Maximum per 7 days must be at most 700,000" });
  });

  it("refuses anything but an object", () => {
    for (const input of [null, [], "x", 3, true]) expect(doseLimitsSchema.safeParse(input).success).toBe(false);
  });
});

describe("doseLimitsFormSchema (the settings form)", () => {
  it("maps the form's strings: digits to numbers, blank to null, the checkbox to a boolean", () => {
    expect(doseLimitsFormSchema.parse({ maxPerDay: "12", maxPer7Days: "", minRestDays: " 2 ", hard: "on" })).toEqual({
      maxPerDay: 12,
      maxPer7Days: null,
      minRestDays: 2,
      hard: true,
    });
  });

  it("reads an unchecked (absent) checkbox as off", () => {
    expect(doseLimitsFormSchema.parse({ maxPerDay: "", maxPer7Days: "", minRestDays: "" })).toEqual({
      maxPerDay: null,
      maxPer7Days: null,
      minRestDays: null,
      hard: false,
    });
  });

  it("ignores the form's other entries and still judges values with the API's rules", () => {
    const result = doseLimitsFormSchema.safeParse({ maxPerDay: "0", maxPer7Days: "abc", minRestDays: "1.5", hard: "on", $ACTION_KEY: "k" });
    expect(fieldErrors(result.error!)).toEqual({
      maxPerDay: "Maximum per day must be at least 1",
      maxPer7Days: "Maximum per 7 days is required: a whole number, or null to clear it",
      minRestDays: "Minimum rest must be a whole number",
    });
  });
});
