import { z } from "zod";
import { addDays, daysBetween, type CalendarDay } from "../domain/calendar-day";
import { calendarDay } from "./fields";

// The query of `GET …/performers/{performerId}/load` and of a goal's
// feasibility. Query strings carry strings; an empty value means "not given".

/** Days listed when `from` is not given: the chronic average's 28 days and two weeks before them. */
export const DEFAULT_LOAD_DAYS = 42;
/** At most a year (a leap year's 366 days) per request. */
export const MAX_LOAD_DAYS = 366;

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

/** As documented: both days optional (the defaults depend on the production's today). */
export const loadQuerySchema = z.object({
  from: z.preprocess(blank, calendarDay("from").optional()).meta({ description: `The first day listed (YYYY-MM-DD); default: ${DEFAULT_LOAD_DAYS - 1} days before \`to\`` }),
  to: z.preprocess(blank, calendarDay("to").optional()).meta({ description: "The last day listed (YYYY-MM-DD); default: today in the production's time zone" }),
});

/**
 * The days to list: the query with its defaults filled in from `today`, from
 * on or before to, at most MAX_LOAD_DAYS days. A range error names `from`:
 * whatever was given, `from` is the day that moves to fix it.
 */
export function loadRangeSchema(today: CalendarDay) {
  return loadQuerySchema
    .transform((q) => {
      const to = q.to ?? today;
      return { from: q.from ?? addDays(to, -(DEFAULT_LOAD_DAYS - 1)), to };
    })
    .superRefine((range, ctx) => {
      if (range.from > range.to) {
        ctx.addIssue({ code: "custom", path: ["from"], message: `from (${range.from}) must be on or before to (${range.to})` });
      } else if (daysBetween(range.from, range.to) + 1 > MAX_LOAD_DAYS) {
        ctx.addIssue({ code: "custom", path: ["from"], message: `from must be at most ${MAX_LOAD_DAYS - 1} days before to (${range.to}): at most ${MAX_LOAD_DAYS} days at once` });
      }
    });
}

export type LoadRange = z.output<ReturnType<typeof loadRangeSchema>>;
