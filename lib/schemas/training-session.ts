import { z } from "zod";
import { MAX_REPS_PER_SESSION, MAX_RPE, MAX_SESSION_MINUTES } from "../domain/session-bounds";
import { jumpsSchema } from "./jump";
import { calendarDay, optionalText, optionalWholeNumber, requiredId, text, wholeNumber } from "./fields";

export { MAX_REPS_PER_SESSION, MAX_RPE, MAX_SESSION_MINUTES };

export const sessionFields = z.object({
  performerId: requiredId("Choose a performer"),
  disciplineId: requiredId("Choose a discipline"),
  date: calendarDay("Date"),
  count: wholeNumber("Count", 1, MAX_REPS_PER_SESSION),
  durationMinutes: optionalWholeNumber("Duration", 1, MAX_SESSION_MINUTES),
  /** Effort rating (session-RPE, 0-10): times the minutes, the session's training load. */
  rpe: optionalWholeNumber("Effort (RPE)", 0, MAX_RPE).meta({ description: "Effort rating, 0 (rest) to 10 (maximal); with durationMinutes, the session's training load (RPE × minutes)" }),
  location: optionalText("Location", 120),
  notes: optionalText("Notes", 2000, { multiline: true }),
});

/** A new entry; with `correctsId` it is a correction of a verified entry and needs a reason. */
export const logTrainingSessionSchema = sessionFields
  .extend({
    correctsId: z.preprocess((v) => (v === "" ? undefined : v), requiredId("Unknown entry to correct").optional()),
    reason: optionalText("Reason", 500, { multiline: true }),
    /** Why a coordinator logs past a hard dose limit. */
    overrideReason: optionalText("Override reason", 500, { multiline: true }),
    /** One row per jump, for a discipline that records jumps (lib/schemas/jump.ts); as many as the count. */
    jumps: jumpsSchema,
    /** The equipment used (a rig, a bike): ids of the production's equipment. */
    equipmentIds: z.array(requiredId("Unknown equipment"), { error: "equipmentIds must be a list of equipment ids" }).max(10, { error: "At most 10 pieces of equipment" }).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.correctsId && !entry.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why the entry is corrected" });
    }
    if (entry.jumps && entry.jumps.length > 0 && entry.jumps.length !== entry.count) {
      ctx.addIssue({ code: "custom", path: ["jumps"], message: `Give one row per jump: ${entry.jumps.length} rows for a count of ${entry.count}` });
    }
  });

export type LogTrainingSessionInput = z.infer<typeof logTrainingSessionSchema>;

/** Changes to a pending entry: any of its fields but the performer, at least one. */
export const editTrainingSessionSchema = sessionFields
  .omit({ performerId: true })
  .partial()
  .refine((changes) => Object.values(changes).some((v) => v !== undefined), {
    message: "Change at least one field",
    path: ["_form"],
  });

export const bulkVerifySchema = z.object({
  sessionIds: z
    .array(requiredId("Unknown entry"), { error: "Choose the entries to verify" })
    .min(1, { error: "Choose at least one entry" })
    .max(200, { error: "Verify at most 200 entries at once" }),
});

export const rejectTrainingSessionSchema = z.object({
  reason: text("Reason", 500, {
    multiline: true,
    min: 3,
    minMessage: "Give a reason the performer can act on",
    typeMessage: "Give a reason the performer can act on",
  }),
});
