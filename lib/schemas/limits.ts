import { z } from "zod";
import { parseOrThrow } from "./parse";

// Dose limits are a safety setting: a request changes them only when it says
// exactly what it sets. Every key is required (a number, or null to clear that
// limit), `hard` is a real boolean, and an unknown key is refused: a typo such
// as `maxPerday` or `hard: "yes"` must never quietly clear a limit or switch
// hard limits off.

const limit = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} is required: a whole number, or null to clear it` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min.toLocaleString("en-US")}` })
    .max(max, { error: `${label} must be at most ${max.toLocaleString("en-US")}` })
    .nullable();

/** The JSON API's payload, and what the data layer accepts. */
export const doseLimitsSchema = z.strictObject({
  maxPerDay: limit("Maximum per day", 1, 100_000),
  maxPer7Days: limit("Maximum per 7 days", 1, 700_000),
  minRestDays: limit("Minimum rest", 0, 365),
  hard: z.boolean({ error: "hard is required: true or false" }),
});

export type DoseLimitsInput = z.infer<typeof doseLimitsSchema>;

/** A number field of the settings form: "" clears the limit, digits become a number, anything else is judged by the API schema. */
function formLimit(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * The settings form's adapter: FormData sends strings, and an unchecked
 * checkbox sends nothing. Maps them onto the strict API payload, then checks
 * that payload with the very same schema the API uses.
 */
export const doseLimitsFormSchema = z
  .object({
    maxPerDay: z.preprocess(formLimit, z.unknown()),
    maxPer7Days: z.preprocess(formLimit, z.unknown()),
    minRestDays: z.preprocess(formLimit, z.unknown()),
    hard: z.preprocess((v) => v === "on", z.boolean()),
  })
  .pipe(doseLimitsSchema);

/** The form's values as the API payload, or the field errors (thrown, as `parseOrThrow` does). */
export function doseLimitsFromForm(values: Record<string, string>): DoseLimitsInput {
  return parseOrThrow(doseLimitsFormSchema, values);
}
