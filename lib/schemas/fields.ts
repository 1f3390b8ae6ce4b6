// Field schemas shared by every payload. Forms send strings and JSON sends
// numbers: the preprocessors accept both, so one schema serves the form, the
// server action and the JSON API.

import { z } from "zod";
import { isCalendarDay } from "../domain/calendar-day";

/** Empty form fields mean "not given". */
function blankToUndefined(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" && value.trim() === "") return undefined;
  return value;
}

/** A decimal string from a form becomes a number; anything else is left for zod to judge. */
function numericString(value: unknown): unknown {
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return value;
}

export function wholeNumber(label: string, min: number, max: number) {
  return z.preprocess(
    numericString,
    z
      .number({ error: `${label} must be a number` })
      .int({ error: `${label} must be a whole number` })
      .min(min, { error: `${label} must be at least ${min.toLocaleString("en-US")}` })
      .max(max, { error: `${label} must be at most ${max.toLocaleString("en-US")}` }),
  );
}

export function optionalWholeNumber(label: string, min: number, max: number) {
  return z.preprocess(blankToUndefined, wholeNumber(label, min, max).optional());
}

// Training logs start long after 2000 and cannot plan past 2100: anything
// outside is a typo (a year of 0202, 20026), not a real entry.
export const EARLIEST_DAY = "2000-01-01";
export const LATEST_DAY = "2100-12-31";

export function calendarDay(label: string) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .refine(isCalendarDay, { error: `${label} must be a real date written YYYY-MM-DD` })
    .refine((d) => d >= EARLIEST_DAY && d <= LATEST_DAY, {
      error: `${label} must be between ${EARLIEST_DAY} and ${LATEST_DAY}`,
    });
}

export function requiredId(message: string) {
  return z.string({ error: message }).trim().min(1, { error: message }).max(64, { error: message });
}

export function optionalText(label: string, max: number) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: `${label} must be text` })
      .trim()
      .max(max, { error: `${label} must be at most ${max} characters` })
      .optional(),
  );
}

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` });
}
