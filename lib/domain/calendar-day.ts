// Calendar days as "YYYY-MM-DD" strings.
//
// A training session happens on a day at the dropzone, not at an instant: the
// same session must read as the same day to a coordinator in another zone.
// All arithmetic goes through whole days since 1970-01-01 (UTC has no DST, so
// every day there is exactly 86,400,000 ms long).

export type CalendarDay = string;

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day on the Gregorian calendar ("2026-02-30" is false). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = utcDate(Number(y), Number(m), Number(d));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
}

/** Whole days since 1970-01-01. */
export function toEpochDay(day: CalendarDay): number {
  if (!isCalendarDay(day)) throw new RangeError(`Not a calendar day: ${day}`);
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return utcDate(y, m, d).getTime() / DAY_MS;
}

/** Midnight UTC of a day. setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999. */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

export function fromEpochDay(epochDay: number): CalendarDay {
  // toISOString writes years outside 0000-9999 with a sign and six digits; calendar days stay within.
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return fromEpochDay(toEpochDay(day) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return toEpochDay(to) - toEpochDay(from);
}

// Building an Intl.DateTimeFormat costs about 0.1 ms, paid on every request
// (the scope's "today"); one per time zone is kept. Zones are few per
// deployment (one per production), so the map stays small.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day that `instant` falls on in an IANA time zone. */
export function dayInTimeZone(instant: Date, timeZone: string): CalendarDay {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD. An unknown zone throws here, before it is kept.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Monday of the ISO week that `day` belongs to. */
export function startOfWeek(day: CalendarDay): CalendarDay {
  const epoch = toEpochDay(day);
  // 1970-01-01 was a Thursday: (epoch + 3) mod 7 is 0 on Mondays.
  const weekday = (((epoch + 3) % 7) + 7) % 7;
  return fromEpochDay(epoch - weekday);
}

/** "2026-03-04" -> "4 Mar 2026", without depending on the server's locale data. */
export function formatDay(day: CalendarDay): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${d} ${months[m - 1]} ${y}`;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant as the production's clock shows it: "4 Mar 2026, 14:05" (24-hour, in `timeZone`). */
export function formatInstant(instant: Date, timeZone: string): string {
  let format = timeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    timeFormats.set(timeZone, format);
  }
  return `${formatDay(dayInTimeZone(instant, timeZone))}, ${format.format(instant)}`;
}
