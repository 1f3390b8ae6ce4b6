import { dayInTimeZone, formatDay, type CalendarDay } from "./calendar-day";
import { ValidationError } from "./errors";

/** Training, check-ins and incidents are recorded after they happen: a day after the production's today is refused. */
export function assertNotFuture(date: CalendarDay, timeZone: string, now: Date, field = "date"): void {
  const today = dayInTimeZone(now, timeZone);
  if (date > today) throw new ValidationError({ [field]: `Date cannot be after today (${formatDay(today)} in ${timeZone})` });
}
