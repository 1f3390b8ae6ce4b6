"use server";

import { repeatPlanWeek, setPlan } from "../data/plan";
import { addDays, formatDay } from "../domain/calendar-day";
import { ValidationError } from "../domain/errors";
import type { FormState } from "./form-state";
import { productionAction } from "./run-action";

// Server actions of the plan page: save a week's grid, repeat a week.

/** The week grid posts one field per discipline and day, `count.<disciplineId>.<date>`; an empty field plans nothing. */
export async function savePlanWeekAction(productionId: string, performerId: string, week: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const entries = Object.entries(values)
      .filter(([key]) => key.startsWith("count."))
      .map(([key, count]) => {
        const [, disciplineId, date] = key.split(".");
        return { date, disciplineId, count: count.trim() === "" ? 0 : count };
      });
    const plan = await setPlan(scope, performerId, { from: week, to: addDays(week, 6) }, entries).catch((error: unknown) => {
      // The API names an entry by its index; the grid's fields are named by discipline and day.
      if (!(error instanceof ValidationError)) throw error;
      const fields = Object.entries(error.fields).map(([key, message]) => {
        const entry = entries[Number(key.split(".")[0])];
        return entry ? [`count.${entry.disciplineId}.${entry.date}`, `${formatDay(entry.date!)}: ${message}`] : [key, message];
      });
      throw new ValidationError(Object.fromEntries(fields));
    });
    const total = plan.entries.reduce((sum, e) => sum + e.count, 0);
    if (plan.entries.length === 0) return "Week saved: nothing planned.";
    const days = new Set(plan.entries.map((e) => e.date)).size;
    return `Week saved: ${total.toLocaleString("en-US")} reps planned over ${days} ${days === 1 ? "day" : "days"}.`;
  });
}

export async function repeatPlanWeekAction(productionId: string, performerId: string, week: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const { copied, until } = await repeatPlanWeek(scope, performerId, { week, weeks: values.weeks });
    return `Copied onto the following weeks, up to ${until}: ${copied} planned ${copied === 1 ? "entry" : "entries"}.`;
  });
}
