import { z } from "zod";
import { count, day, id } from "./common";

export const currencyRule = z.object({ count, days: count }).meta({ id: "CurrencyRule" });

export const disciplineCurrencyRule = z
  .object({ disciplineId: id, discipline: z.string(), currency: currencyRule.nullable().describe("null: the discipline has no currency rule") })
  .meta({ id: "DisciplineCurrencyRule" });

export const performerCurrency = z
  .object({
    disciplineId: id,
    discipline: z.string(),
    count: count.describe("Reps the rule requires…"),
    days: count.describe("…within this many days"),
    current: z.boolean(),
    currentUntil: day.nullable().describe("The last day the rule holds without more training (in the past once lapsed); null if never met"),
    lastSession: day.nullable().describe("The newest counting session of the discipline on or before asOf"),
    status: z.enum(["current", "lapsing", "lapsed"]).describe("lapsing: current, but for fewer than 7 more days"),
  })
  .meta({ id: "PerformerCurrency" });
