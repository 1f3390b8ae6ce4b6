// Other CSV layouts: which of the file's columns holds each field the import
// reads, and how its dates are written. Pure; the query schema
// (lib/schemas/logbook-import.ts) takes the choices, mapImportHeader applies them.

import { isCalendarDay } from "./calendar-day";

/** The fields a caller may map to a column of another name (`map.<field>=<header>`). */
export const MAPPABLE_FIELDS = ["date", "discipline", "count", "durationMinutes", "location", "notes"] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];
export type ColumnMapping = Partial<Record<MappableField, string>>;

/** How a file writes its dates; ISO is what our own export writes. */
export const DATE_FORMATS = ["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

// Day and month may go without their leading zero (spreadsheets drop it: 3/7/2026).
const PATTERNS: Record<Exclude<DateFormat, "YYYY-MM-DD">, { re: RegExp; day: number; month: number }> = {
  "DD/MM/YYYY": { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, day: 1, month: 2 },
  "MM/DD/YYYY": { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, day: 2, month: 1 },
  "DD.MM.YYYY": { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, day: 1, month: 2 },
};

/**
 * A date cell in the chosen format, as YYYY-MM-DD. ISO cells pass through
 * unchanged for the date rule to judge (its message is the one a logged entry
 * gets); the others must match their pattern and be a real day.
 */
export function readDateCell(raw: string, format: DateFormat): { value: string } | { problem: string } {
  const cell = raw.trim();
  if (format === "YYYY-MM-DD" || cell === "") return { value: cell };
  const pattern = PATTERNS[format];
  const match = pattern.re.exec(cell);
  if (!match) return { problem: `Date "${cell}" is not written ${format} (the date format chosen for this file)` };
  const pad = (s: string) => s.padStart(2, "0");
  const iso = `${match[3]}-${pad(match[pattern.month]!)}-${pad(match[pattern.day]!)}`;
  if (!isCalendarDay(iso)) return { problem: `Date "${cell}" is not a real day in ${format}` };
  return { value: iso };
}

/** The column a field starts mapped to in the form: the one of its own name (case and spaces aside), or none (""). */
export function defaultColumn(field: MappableField, headers: readonly string[]): string {
  return headers.find((h) => h.trim().toLowerCase() === field.toLowerCase()) ?? "";
}

/** A header row as the browser reads it: a byte-order mark dropped (the server's decoder drops it too), blanks left out. */
export function headerNames(row: readonly string[]): string[] {
  return row.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, "") : h).trim()).filter((h) => h !== "");
}
