import { z } from "zod";
import { CHECK_IN_SCALES } from "../domain/safety-choices";
import { calendarDay, optionalText, requiredId, wholeNumber } from "./fields";

export { CHECK_IN_SCALES };

/** One check-in a day; every scale 1 (worst) to 5 (best). */
export const checkInSchema = z.object({
  performerId: requiredId("Choose a performer"),
  date: calendarDay("Date"),
  sleep: wholeNumber("Sleep", 1, 5),
  soreness: wholeNumber("Soreness", 1, 5),
  fatigue: wholeNumber("Fatigue", 1, 5),
  stress: wholeNumber("Stress", 1, 5),
  mood: wholeNumber("Mood", 1, 5),
  note: optionalText("Note", 500, { multiline: true }),
});

export function checkInAverage(c: Record<(typeof CHECK_IN_SCALES)[number], number>): number {
  return CHECK_IN_SCALES.reduce((sum, k) => sum + c[k], 0) / CHECK_IN_SCALES.length;
}

/** The check-in list's query: whose, and from which day (default: the last 30 days). */
export const checkInQuerySchema = z.object({
  performerId: requiredId("Choose a performer"),
  since: z.preprocess((v) => (v === "" ? undefined : v), calendarDay("since").optional()),
});
