// The shared free-text rule (lib/schemas/fields.ts) and the schemas that use
// it: what cannot be stored, or would mislead a reader, is refused with the
// field named; ordinary text in any script passes.

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { dateTime, optionalText, requiredId, requiredText, textProblem } from "@/lib/schemas/fields";
import { createDisciplineSchema } from "@/lib/schemas/discipline";
import { checkInSchema } from "@/lib/schemas/check-in";
import { createGoalSchema } from "@/lib/schemas/goal";
import { addMemberSchema } from "@/lib/schemas/member";
import { profileSchema } from "@/lib/schemas/profile";
import { createStuntSchema, logTakeSchema, reportIncidentSchema, updateIncidentSchema } from "@/lib/schemas/stunt";
import { logTrainingSessionSchema, rejectTrainingSessionSchema } from "@/lib/schemas/training-session";

describe("textProblem", () => {
  it.each([
    ["plain text", "Cliff jump, take 3"],
    ["other scripts and emoji", "Åse Ødegård — スタント 🪂 ‏مرحبا"],
    ["a surrogate pair (one astral character)", "\ud83e\ude82"],
    ["a zero-width joiner inside an emoji sequence", "👩\u200d🚒 fire stunt"],
    ["the empty string (the length rule decides)", ""],
  ])("accepts %s", (_, value) => {
    expect(textProblem(value)).toBeNull();
  });

  it.each([
    ["a lone high surrogate", "notes \ud800", /lone UTF-16 surrogate/],
    ["a lone low surrogate", "\udc00", /lone UTF-16 surrogate/],
    ["a reversed pair", "\ude82\ud83e", /lone UTF-16 surrogate/],
    ["NUL", "Anna\u0000", /control character/],
    ["escape", "\u001b[31mred", /control character/],
    ["DEL", "x\u007f", /control character/],
    ["a C1 control", "x\u0085", /control character/],
    ["a newline in a single-line field", "Anna\nBerg", /line break/],
    ["a tab in a single-line field", "Anna\tBerg", /control character/],
    ["right-to-left override", "Anna\u202eevil", /text-direction override/],
    ["left-to-right embedding", "\u202aAnna", /text-direction override/],
    ["right-to-left isolate", "Anna\u2067x\u2069", /text-direction override/],
    ["first-strong isolate", "\u2068Anna", /text-direction override/],
    ["only a zero-width space", "\u200b", /only invisible/],
    ["only zero-width joiners and a BOM", "\u200d\u200c\ufeff", /only invisible/],
    ["only Hangul fillers", "\u3164\u115f", /only invisible/],
    ["only a blank Braille pattern", "\u2800\u2800", /only invisible/],
    ["only a soft hyphen", "\u00ad", /only invisible/],
  ])("refuses %s", (_, value, message) => {
    expect(textProblem(value)).toMatch(message);
  });

  it("keeps line breaks and tabs in multi-line text, but no other control character", () => {
    expect(textProblem("Line one\n\tLine two", { multiline: true })).toBeNull();
    expect(textProblem("Line one\u0000", { multiline: true })).toMatch(/control character/);
    expect(textProblem("Line one\u000b", { multiline: true })).toMatch(/control character/);
    expect(textProblem("\u202e", { multiline: true })).toMatch(/text-direction override/);
    expect(textProblem("\n\u200b\n", { multiline: true })).toMatch(/only invisible/);
  });
});

describe("text schemas", () => {
  it("name the field in the message", () => {
    const result = z.object({ name: requiredText("Name", 80) }).safeParse({ name: "\u200b" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ name: "Name contains only invisible characters" });
  });

  it("turn a form's CR LF into LF in multi-line text, and refuse a lone CR elsewhere", () => {
    expect(optionalText("Notes", 100, { multiline: true }).parse("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
    expect(requiredText("Name", 80).safeParse("one\rtwo").success).toBe(false);
  });

  it("still treat blank optional text as not given", () => {
    expect(optionalText("Notes", 100).parse("   ")).toBeUndefined();
    expect(optionalText("Notes", 100).parse(undefined)).toBeUndefined();
  });
});

// Every free-text field of every payload, with a valid payload to spoil.
// [what, field path, schema, a valid payload]: the names come first, so the test titles never format a schema object.
const fields: [string, string, z.ZodType, Record<string, unknown>][] = [
  ["discipline", "name", createDisciplineSchema, { name: "Skydive", unit: "jump" }],
  ["discipline", "unit", createDisciplineSchema, { name: "Skydive", unit: "jump" }],
  ["goal milestone", "milestones.0.name", createGoalSchema, { performerId: "p1", disciplineId: "d1", target: 10, startDate: "2026-01-01", deadline: "2026-12-31", milestones: [{ name: "A", count: 5 }] }],
  ["member", "name", addMemberSchema, { email: "a@b.co", name: "Anna", role: "performer" }],
  ["profile", "name", profileSchema, { name: "Anna", credential: "Stunt rigger" }],
  ["profile", "credential", profileSchema, { name: "Anna", credential: "Stunt rigger" }],
  ["session", "location", logTrainingSessionSchema, { performerId: "p1", disciplineId: "d1", date: "2026-01-02", count: 3, location: "Voss", notes: "Fine" }],
  ["session", "notes", logTrainingSessionSchema, { performerId: "p1", disciplineId: "d1", date: "2026-01-02", count: 3, location: "Voss", notes: "Fine" }],
  ["correction", "reason", logTrainingSessionSchema, { performerId: "p1", disciplineId: "d1", date: "2026-01-02", count: 3, correctsId: "s1", reason: "Miscounted" }],
  ["override", "overrideReason", logTrainingSessionSchema, { performerId: "p1", disciplineId: "d1", date: "2026-01-02", count: 3, overrideReason: "Medic present" }],
  ["rejection", "reason", rejectTrainingSessionSchema, { reason: "Count looks wrong" }],
  ["stunt", "name", createStuntSchema, { name: "Cliff jump", description: "From 20 m", performerIds: ["p1"] }],
  ["stunt", "description", createStuntSchema, { name: "Cliff jump", description: "From 20 m", performerIds: ["p1"] }],
  ["take", "notes", logTakeSchema, { performerId: "p1", outcome: "usable", notes: "Clean" }],
  ["incident", "description", reportIncidentSchema, { occurredOn: "2026-01-02", severity: "minor", description: "Bruised", followUp: "Rest" }],
  ["incident", "followUp", reportIncidentSchema, { occurredOn: "2026-01-02", severity: "minor", description: "Bruised", followUp: "Rest" }],
  ["incident update", "followUp", updateIncidentSchema, { status: "closed", followUp: "Rest" }],
  ["check-in", "note", checkInSchema, { performerId: "p1", date: "2026-01-02", sleep: 3, soreness: 3, fatigue: 3, stress: 3, mood: 3, note: "Tired" }],
];

function withField(payload: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(payload);
  const keys = path.split(".");
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return copy;
}

describe.each(fields)("%s schema, field %s", (_, path, schema, payload) => {
  it("accepts the valid payload", () => {
    expect(schema.safeParse(payload).success).toBe(true);
  });
  it.each([
    ["a lone surrogate", "Fine \ud800"],
    ["NUL", "Fine\u0000"],
    ["a bidi override", "Fine\u202e"],
    ["only invisible characters", "\u200b\u200b"],
  ])("refuses %s, naming the field", (_, value) => {
    const result = schema.safeParse(withField(payload, path, value));
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrors(result.error!))).toEqual([path]);
  });
});

describe("ids", () => {
  it("are letters, digits, _ and - only", () => {
    expect(requiredId("Unknown").safeParse("cmb2x9k0d0000qzrm1234abcd").success).toBe(true);
    for (const bad of ["a\u0000", "\ud800", "a b", "../x", "a%2F", "x".repeat(65)]) expect(requiredId("Unknown").safeParse(bad).success).toBe(false);
  });
});

describe("dateTime (take times)", () => {
  const at = dateTime("Time");
  it("accepts times from 2000 to 2100, with or without an offset", () => {
    for (const ok of ["2026-03-29T14:05:00Z", "2026-03-29T14:05:00+02:00", "2026-03-29T14:05", "2000-01-01T00:00:00Z", "2100-12-31T23:59:59Z"]) {
      expect(at.safeParse(ok).success, ok).toBe(true);
    }
  });
  it("refuses times outside 2000 to 2100, like dates", () => {
    for (const bad of ["1999-12-31T23:59:59Z", "2101-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T00:00:00Z"]) {
      expect(at.safeParse(bad).error?.issues[0]?.message, bad).toBe("Time must be between 2000-01-01 and 2100-12-31");
    }
  });
  it("is the rule of the takes schema", () => {
    const result = logTakeSchema.safeParse({ performerId: "p1", outcome: "usable", at: "0999-01-01T00:00:00Z" });
    expect(fieldErrors(result.error!)).toEqual({ at: "Time must be between 2000-01-01 and 2100-12-31" });
  });
});
