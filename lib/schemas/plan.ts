import { z } from "zod";
import { addDays, daysBetween, startOfWeek, type CalendarDay } from "../domain/calendar-day";
import { calendarDay, requiredId, wholeNumber } from "./fields";

// A performer's training plan (`GET`/`PUT …/performers/{performerId}/plan`):
// how many reps of a discipline on a day. Query strings carry strings; an
// empty value means "not given".

/** At most a year (a leap year's 366 days) per request. */
export const MAX_PLAN_DAYS = 366;
/** Reps a day's plan may hold for one discipline (the same bound as a day's dose limit). */
export const MAX_PLANNED_COUNT = 100_000;
/** Entries one PUT may carry: a year of three disciplines a day. */
export const MAX_PLAN_ENTRIES = 1100;
/** Weeks a week may be repeated onto at once. */
export const MAX_REPEAT_WEEKS = 26;

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

export const planQuerySchema = z.object({
  from: z.preprocess(blank, calendarDay("from").optional()).meta({ description: "The first day (YYYY-MM-DD); default: Monday of this week in the production's time zone" }),
  to: z.preprocess(blank, calendarDay("to").optional()).meta({ description: "The last day (YYYY-MM-DD); default: the Sunday six days after `from`" }),
});

/** The days a plan request covers: defaults from `today`, from on or before to, at most MAX_PLAN_DAYS. A range error names `from`. */
export function planRangeSchema(today: CalendarDay) {
  return planQuerySchema
    .transform((q) => {
      const from = q.from ?? (q.to ? addDays(q.to, -6) : startOfWeek(today));
      return { from, to: q.to ?? addDays(from, 6) };
    })
    .superRefine((range, ctx) => {
      if (range.from > range.to) ctx.addIssue({ code: "custom", path: ["from"], message: `from (${range.from}) must be on or before to (${range.to})` });
      else if (daysBetween(range.from, range.to) + 1 > MAX_PLAN_DAYS) {
        ctx.addIssue({ code: "custom", path: ["from"], message: `from must be at most ${MAX_PLAN_DAYS - 1} days before to (${range.to}): at most ${MAX_PLAN_DAYS} days at once` });
      }
    });
}

export const planEntrySchema = z.strictObject({
  date: calendarDay("Date"),
  disciplineId: requiredId("Choose a discipline"),
  count: wholeNumber("Count", 0, MAX_PLANNED_COUNT),
});

/**
 * A PUT's body: the whole plan for the query's days, replacing what was
 * planned in them (a count of 0, or a day left out, plans nothing). One entry
 * per day and discipline.
 */
export const planBodySchema = z
  .array(planEntrySchema, { error: "Send an array of { date, disciplineId, count }" })
  .max(MAX_PLAN_ENTRIES, { error: `At most ${MAX_PLAN_ENTRIES} entries at once` })
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      const key = `${e.date}/${e.disciplineId}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "date"], message: `${e.date} is planned twice for the same discipline: one entry per day and discipline` });
      seen.add(key);
    });
  });

export type PlanBody = z.infer<typeof planBodySchema>;

/** Repeat a week's plan onto the weeks after it (the plan page's form). */
export const repeatWeekSchema = z.object({
  week: calendarDay("Week").refine((d) => startOfWeek(d) === d, { error: "The week starts on a Monday" }),
  weeks: wholeNumber("Weeks", 1, MAX_REPEAT_WEEKS),
});
