import { z } from "zod";
import { calendarDay, optionalText, optionalWholeNumber, requiredId, wholeNumber } from "./fields";

// The busiest reported day of the regimen was about 30 skydives; a motorbike
// ramp session runs to a few dozen jumps. 1,000 reps in one sitting is
// certainly a typo (an extra zero), so it is refused rather than counted.
export const MAX_REPS_PER_SESSION = 1000;
export const MAX_SESSION_MINUTES = 24 * 60;

export const logTrainingSessionSchema = z.object({
  performerId: requiredId("Choose a performer"),
  disciplineId: requiredId("Choose a discipline"),
  date: calendarDay("Date"),
  count: wholeNumber("Count", 1, MAX_REPS_PER_SESSION),
  durationMinutes: optionalWholeNumber("Duration", 1, MAX_SESSION_MINUTES),
  location: optionalText("Location", 120),
  notes: optionalText("Notes", 2000),
});

export type LogTrainingSessionInput = z.infer<typeof logTrainingSessionSchema>;

export const rejectTrainingSessionSchema = z.object({
  reason: z
    .string({ error: "Give a reason the performer can act on" })
    .trim()
    .min(3, { error: "Give a reason the performer can act on" })
    .max(500, { error: "Reason must be at most 500 characters" }),
});
