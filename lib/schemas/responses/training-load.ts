import { z } from "zod";
import { count, day, id } from "./common";

const ratioBand = z.enum(["low", "sweet-spot", "caution", "high"]);

const loadDay = z
  .object({
    date: day,
    load: count.describe("The day's session loads added up: RPE × minutes of each rated session (0 without one)"),
    acute: z.number().min(0).describe("7-day exponentially weighted average of the daily load, 2 decimals"),
    chronic: z.number().min(0).describe("28-day exponentially weighted average of the daily load, 2 decimals"),
    ratio: z.number().min(0).nullable().describe("acute ÷ chronic, 2 decimals; null for the first 27 days after the first rated session, and while chronic is 0"),
    band: ratioBand
      .nullable()
      .describe("Of the unrounded ratio: low under 0.8, sweet-spot to 1.3, caution to 1.5, high above. Warnings from disputed literature, never refusals; null with the ratio"),
  })
  .meta({ id: "LoadDay" });

export const performerLoad = z.object({
  performerId: id,
  from: day,
  to: day,
  days: z.array(loadDay).describe("One row per day from `from` to `to`, oldest first"),
});

const nullableCount = count.nullable();

export const goalFeasibility = z
  .object({
    goalId: id,
    performerId: id,
    disciplineId: id,
    discipline: z.string(),
    asOf: day,
    remaining: count.describe("The target minus the goal's progress as of asOf (pending and verified reps from its start)"),
    deadline: day,
    limits: z
      .object({ maxPerDay: nullableCount, maxPer7Days: nullableCount, minRestDays: nullableCount })
      .describe("The discipline's dose limits when they are hard; all null when they are soft (a soft limit never stops a session)"),
    feasible: z.boolean().describe("The target can be reached by the deadline, training from asOf + 1 within the hard limits"),
    earliestFinish: day.nullable().describe("The first day the target can be reached at the most the limits allow; null when nothing remains, or never within ten years"),
    evenDailyCount: nullableCount.describe("⌈remaining ÷ sessionsNeeded⌉; null when reps remain but no session day is left"),
    sessionsNeeded: count.describe("Session days from asOf + 1 to the deadline, spaced as tightly as the minimum rest allows"),
    reason: z.string().nullable().describe("Why not, with figures (\"needs 61 a day; the hard limit allows 40; …\"); null when feasible"),
  })
  .meta({ id: "GoalFeasibility" });

const compliance = z.enum(["green", "yellow", "red"]).nullable().describe("green: within 20 % of the plan; yellow: 50–79 % or 121–150 %; red: otherwise, or a past planned day with nothing logged; null: still to do");

export const plan = z
  .object({
    performer: z.object({ id, name: z.string() }),
    from: day,
    to: day,
    entries: z.array(z.object({ date: day, disciplineId: id, count: count.describe("Planned"), done: count.describe("Logged (counting entries)"), compliance })),
    days: z.array(
      z.object({
        date: day,
        disciplines: z.array(z.object({ disciplineId: id, planned: count, done: count, compliance })),
        compliance: compliance.describe("The day's worst planned discipline"),
      }),
    ),
  })
  .meta({ id: "Plan" });
