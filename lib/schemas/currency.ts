import { z } from "zod";
import { MAX_CURRENCY_COUNT, MAX_CURRENCY_DAYS } from "../domain/currency";
import { parseOrThrow } from "./parse";

// A discipline's currency rule is a safety setting, like its dose limits: a
// request sets it only by saying exactly what it sets. `{ count, days }` sets
// it, `{}` clears it; one without the other, a string, a fraction or an
// unknown key is refused, never read as "no rule".

const whole = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a whole number` })
    .int({ error: `${label} must be a whole number` })
    .min(1, { error: `${label} must be at least 1` })
    .max(max, { error: `${label} must be at most ${max.toLocaleString("en-US")}` });

export const currencyRuleSchema = z
  .strictObject({
    count: whole("Count", MAX_CURRENCY_COUNT).optional(),
    days: whole("Days", MAX_CURRENCY_DAYS).optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.count !== undefined && rule.days === undefined) ctx.addIssue({ code: "custom", path: ["days"], message: "Days is required with a count (or send {} to clear the rule)" });
    if (rule.days !== undefined && rule.count === undefined) ctx.addIssue({ code: "custom", path: ["count"], message: "Count is required with days (or send {} to clear the rule)" });
  })
  .meta({ description: "`{ count, days }`: at least count reps within days days; `{}` clears the rule" });

export type CurrencyRuleInput = z.infer<typeof currencyRuleSchema>;

/** The settings form's adapter: two text fields, both blank to clear; then the API's own schema. */
export function currencyRuleFromForm(values: Record<string, string>): CurrencyRuleInput {
  const read = (v: string | undefined) => {
    const t = (v ?? "").trim();
    if (t === "") return undefined;
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
  };
  const rule: Record<string, unknown> = {};
  const count = read(values.currencyCount);
  const days = read(values.currencyDays);
  if (count !== undefined) rule.count = count;
  if (days !== undefined) rule.days = days;
  return parseOrThrow(currencyRuleSchema, rule);
}
