import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { signInSchema } from "@/lib/schemas/sign-in";

function errorsFor(payload: unknown) {
  const result = signInSchema.safeParse(payload);
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrors(result.error);
}

describe("signInSchema", () => {
  it("accepts an email and password, trimming and lower-casing the email only", () => {
    expect(signInSchema.parse({ email: "  Coordinator@Demo.TEST ", password: " Secret pass " })).toEqual({
      email: "coordinator@demo.test",
      password: " Secret pass ",
    });
  });

  it.each(["not-an-email", "a@", "@b.test", ""])("refuses the email %j", (email) => {
    expect(errorsFor({ email, password: "x" })).toEqual({ email: "Enter the email address you were invited with" });
  });

  it("requires a password", () => {
    expect(errorsFor({ email: "a@b.test", password: "" })).toEqual({ password: "Enter your password" });
  });

  it("accepts a 200-character password and refuses 201", () => {
    expect(signInSchema.safeParse({ email: "a@b.test", password: "p".repeat(200) }).success).toBe(true);
    expect(errorsFor({ email: "a@b.test", password: "p".repeat(201) })).toEqual({ password: "Password is too long" });
  });

  it("reports missing fields on their keys", () => {
    expect(Object.keys(errorsFor({})).sort()).toEqual(["email", "password"]);
  });
});
