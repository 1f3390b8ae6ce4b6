import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors, validationMessage } from "@/lib/schemas/field-errors";

function errorOf(schema: z.ZodType, value: unknown): z.ZodError {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return result.error;
}

describe("fieldErrors", () => {
  it("maps each issue to its dotted path", () => {
    const schema = z.object({
      name: z.string().min(1, { error: "Name is required" }),
      items: z.array(z.object({ count: z.number().min(1, { error: "Too small" }) })),
    });
    expect(fieldErrors(errorOf(schema, { name: "", items: [{ count: 1 }, { count: 0 }] }))).toEqual({
      name: "Name is required",
      "items.1.count": "Too small",
    });
  });

  it("names a key sent as __proto__ like any other unknown field, as JSON too", () => {
    const body = JSON.parse('{"archived":true,"__proto__":{"x":1}}') as unknown;
    const fields = fieldErrors(errorOf(z.strictObject({ archived: z.boolean() }), body));
    expect(Object.keys(fields)).toEqual(["__proto__"]);
    expect(JSON.parse(JSON.stringify(fields))).toEqual(JSON.parse('{"__proto__":"Unknown field \\"__proto__\\""}'));
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });

  it("keeps the first message when a field has several issues", () => {
    const schema = z.object({
      code: z.string().min(5, { error: "Too short" }).regex(/^\d+$/, { error: "Digits only" }),
    });
    const error = errorOf(schema, { code: "ab" });
    expect(error.issues).toHaveLength(2);
    expect(fieldErrors(error)).toEqual({ code: "Too short" });
  });

  it("puts issues without a path under _form", () => {
    const schema = z.string({ error: "Send text" });
    expect(fieldErrors(errorOf(schema, 42))).toEqual({ _form: "Send text" });
  });

  it("builds errors from hand-made issues", () => {
    const error = new z.ZodError([
      { code: "custom", path: ["deadline"], message: "First", input: undefined },
      { code: "custom", path: ["deadline"], message: "Second", input: undefined },
      { code: "custom", path: [], message: "Whole form", input: undefined },
    ]);
    expect(fieldErrors(error)).toEqual({ deadline: "First", _form: "Whole form" });
  });

  it("is empty for an error with no issues", () => {
    expect(fieldErrors(new z.ZodError([]))).toEqual({});
  });
});

describe("validationMessage", () => {
  it("says what is wrong in words, even with no field to highlight", () => {
    expect(validationMessage({ sessionIds: "Choose at least one entry" })).toBe("Choose at least one entry. Nothing was saved.");
    expect(validationMessage({ occurredOn: "Date cannot be in the future.", description: "Description is required" })).toBe("Check these: Date cannot be in the future; Description is required. Nothing was saved.");
    expect(validationMessage({ a: "Same", b: "Same" })).toBe("Same. Nothing was saved.");
    expect(validationMessage({})).toBe("Some fields need attention. Nothing was saved.");
  });
});
