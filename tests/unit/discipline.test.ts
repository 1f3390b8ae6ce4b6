import { describe, expect, it } from "vitest";
import { createDisciplineSchema } from "@/lib/schemas/discipline";
import { fieldErrors } from "@/lib/schemas/field-errors";

function errorsFor(payload: unknown) {
  const result = createDisciplineSchema.safeParse(payload);
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrors(result.error);
}

describe("createDisciplineSchema", () => {
  it("accepts a name and a unit and trims them", () => {
    expect(createDisciplineSchema.parse({ name: "  Cliff jump ", unit: " jump " })).toEqual({ name: "Cliff jump", unit: "jump" });
  });

  it("accepts the maximum lengths", () => {
    expect(createDisciplineSchema.safeParse({ name: "n".repeat(60), unit: "u".repeat(30) }).success).toBe(true);
  });

  it("requires both fields", () => {
    expect(errorsFor({ name: "", unit: "  " })).toEqual({ name: "Name is required", unit: "Unit is required" });
    expect(errorsFor({})).toEqual({ name: "Name is required", unit: "Unit is required" });
  });

  it("refuses too-long values", () => {
    expect(errorsFor({ name: "n".repeat(61), unit: "u".repeat(31) })).toEqual({
      name: "Name must be at most 60 characters",
      unit: "Unit must be at most 30 characters",
    });
  });
});
