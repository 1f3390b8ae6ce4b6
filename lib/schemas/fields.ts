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
    })
    // For the OpenAPI document only: JSON Schema cannot state the refinements above.
    .meta({ format: "date", description: `YYYY-MM-DD, ${EARLIEST_DAY} to ${LATEST_DAY}` });
}

// Ids are generated (cuid) and travel in URLs and JSON. Anything outside this
// alphabet cannot name a row, and some of it (NUL, lone surrogates) makes the
// database itself fail: refused before a query is built.
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function requiredId(message: string) {
  return z.string({ error: message }).trim().min(1, { error: message }).max(64, { error: message }).regex(ID_PATTERN, { error: message });
}

// ---- Free text -----------------------------------------------------------
// One rule for every name, note and reason: what a person can read back is
// what is stored. Lone UTF-16 surrogates cannot be stored (SQLite and
// PostgreSQL refuse them: a 500 before this rule), control characters and
// bidirectional overrides hide or reorder what a reader sees (a name that
// shows "Anna" but sorts and matches as something else), and a value made
// only of invisible characters is empty in all but name.

const LONE_SURROGATE = /[\uD800-\uDFFF]/u; // with the u flag, a valid pair is one code point and does not match
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINE_BREAK_OR_TAB = /[^\P{Cc}\n\t]/u;
// Whitespace, default-ignorable code points (zero-width space and joiners, soft
// hyphen, variation selectors, Hangul fillers), format characters, and the
// blank Braille pattern that is often used as an "invisible" name.
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]*$/u;

export interface TextOptions {
  /** Notes and descriptions: line breaks and tabs are kept (CR LF from a form becomes LF). */
  multiline?: boolean;
}

/** Why a text value cannot be stored as it is, or null when it can. Pure: unit-tested on its own. */
export function textProblem(value: string, options: TextOptions = {}): string | null {
  if (LONE_SURROGATE.test(value)) return "contains a broken character (a lone UTF-16 surrogate)";
  if (BIDI_CONTROL.test(value)) return "contains a text-direction override character";
  if ((options.multiline ? CONTROL_BUT_LINE_BREAK_OR_TAB : CONTROL).test(value)) {
    return options.multiline ? "contains a control character" : "contains a control character or a line break";
  }
  if (value !== "" && INVISIBLE_ONLY.test(value)) return "contains only invisible characters";
  return null;
}

/** Line breaks as LF: forms send textareas with CR LF, JSON clients anything. */
function normalizeLineBreaks(value: unknown): unknown {
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value;
}

/**
 * The shared free-text rule: a string, trimmed, within its length, passing
 * `textProblem`. `min` > 1 keeps its own message (a rejection reason must say something).
 */
export function text(label: string, max: number, options: TextOptions & { min?: number; minMessage?: string; typeMessage?: string } = {}) {
  const min = options.min ?? 1;
  const minMessage = options.minMessage ?? `${label} is required`;
  const schema = z
    .string({ error: options.typeMessage ?? `${label} must be text` })
    .trim()
    .min(min, { error: minMessage })
    .max(max, { error: `${label} must be at most ${max} characters` })
    .superRefine((value, ctx) => {
      const problem = textProblem(value, options);
      if (problem) ctx.addIssue({ code: "custom", message: `${label} ${problem}` });
    });
  return options.multiline ? z.preprocess(normalizeLineBreaks, schema) : schema;
}

export function optionalText(label: string, max: number, options: TextOptions = {}) {
  return z.preprocess(blankToUndefined, text(label, max, options).optional());
}

export function requiredText(label: string, max: number, options: TextOptions = {}) {
  return text(label, max, { ...options, typeMessage: `${label} is required` });
}

// ---- Times ---------------------------------------------------------------

/** A moment written in ISO 8601 (with or without offset) whose day lies within the same bounds as `calendarDay`. */
export function dateTime(label: string) {
  return z.iso
    .datetime({ offset: true, local: true, error: `${label} must be a date and time` })
    .refine((v) => v.slice(0, 10) >= EARLIEST_DAY && v.slice(0, 10) <= LATEST_DAY, {
      error: `${label} must be between ${EARLIEST_DAY} and ${LATEST_DAY}`,
    });
}
