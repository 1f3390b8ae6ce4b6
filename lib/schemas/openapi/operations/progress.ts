import { asOfSchema } from "../../progress-query";
import { z } from "zod";
import { performerCurrency } from "../../responses/currency";
import { performerProgress, productionProgress } from "../../responses/progress";
import { goalFeasibility, performerLoad, plan } from "../../responses/training-load";
import { DEFAULT_LOAD_DAYS, loadQuerySchema, MAX_LOAD_DAYS } from "../../training-load";
import type { ApiOperation } from "../operation";
import { planBodySchema, planQuerySchema } from "../../plan";

const P = "/api/v1/productions/{productionId}";
const area = "Progress";
// `asOf` defaults to today in the production's time zone.
const asOfQuery = asOfSchema.partial();

export const progressOperations: ApiOperation[] = [
  {
    method: "get",
    path: `${P}/progress`,
    area,
    summary: "Every performer's goals: done, verified, pace, projected finish, milestones",
    who: "coordinator, viewer",
    query: asOfQuery,
    responses: { 200: { description: "The team's progress on `asOf`", schema: productionProgress } },
  },
  {
    method: "get",
    path: `${P}/performers/{performerId}/progress`,
    area,
    summary: "One performer's goals, each with a per-day series",
    who: "coordinator, viewer, the performer",
    query: asOfQuery,
    responses: { 200: { description: "The performer's progress on `asOf`", schema: performerProgress } },
  },
  {
    method: "get",
    path: `${P}/performers/{performerId}/currency`,
    area,
    summary: "One performer's currency in every discipline with a rule",
    description: "Current when the counting sessions dated in the `days` days ending on `asOf` add up to at least `count` reps (the counting rule of progress).",
    who: "coordinator, viewer, the performer",
    query: asOfQuery,
    responses: { 200: { description: "Currency on `asOf`, one item per discipline with a rule", schema: z.array(performerCurrency) } },
  },
  {
    method: "get",
    path: `${P}/performers/{performerId}/load`,
    area,
    summary: "One performer's training load per day: load, acute and chronic averages, their ratio and its band",
    description:
      `A session's load is its RPE × its minutes (session-RPE); a session without either adds none. Over every discipline, the sessions that count toward progress. ` +
      `Acute and chronic are exponentially weighted averages (λ = 2 / (N + 1), N = 7 and 28; Williams et al., BJSM 2017) from 0 on the day before the first rated session. ` +
      `Figures to 2 decimals; the band is judged on the unrounded ratio. Default: the ${DEFAULT_LOAD_DAYS} days ending today; at most ${MAX_LOAD_DAYS} days.`,
    who: "coordinator, viewer, the performer",
    query: loadQuerySchema,
    responses: { 200: { description: "One row per day from `from` to `to`", schema: performerLoad } },
  },
  {
    method: "get",
    path: `${P}/goals/{goalId}/feasibility`,
    area,
    summary: "Can the goal still be reached by its deadline within the hard dose limits?",
    description:
      "As of `asOf` (default today), training from the next day: the earliest finish at the most the hard limits allow on every allowed day (the 7-day window and the rest counting what is logged), " +
      "the session days left and the even count per session day, and if not feasible, why and by how much. Soft limits are not applied.",
    who: "coordinator, viewer, the goal's performer",
    query: asOfQuery,
    responses: { 200: { description: "The verdict on `asOf`", schema: goalFeasibility } },
    errors: { 409: "The goal is archived: restore it to forecast it" },
  },
  {
    method: "get",
    path: `${P}/performers/{performerId}/logbook.pdf`,
    area,
    summary: "The performer's logbook as a PDF, as a paper logbook lays it out",
    description:
      "Entries oldest first with their sign-off (verifier and credential, or the outside witness), corrections and jumps; on every page the production, the performer, the print date, the audit chain's head and the page number; a totals page per discipline. The logbook's filters apply.",
    who: "coordinator, viewer, the performer",
    query: z.object({
      paper: z.enum(["a4", "letter"]).optional().describe("a4 (the default) or letter"),
      disciplineId: z.string().optional(),
      status: z.enum(["pending", "verified", "rejected", "superseded"]).optional(),
      from: z.string().optional().describe("YYYY-MM-DD"),
      to: z.string().optional().describe("YYYY-MM-DD"),
    }),
    responses: { 200: { description: "The PDF", mediaType: "application/pdf" } },
  },
  {
    method: "get",
    path: `${P}/performers/{performerId}/plan`,
    area,
    summary: "The performer's training plan against what was logged, per day",
    description: "One entry per planned day and discipline, with the reps logged that day (entries that count toward progress) and the compliance colour; `days` lists every day of the range, with unplanned work too.",
    who: "coordinator, viewer, the performer",
    query: planQuerySchema,
    responses: { 200: { description: "The plan from `from` to `to`", schema: plan } },
  },
  {
    method: "put",
    path: `${P}/performers/{performerId}/plan`,
    area,
    summary: "Replace the performer's plan for a range of days",
    description: "The body is the whole plan for `?from=&to=` (both inclusive; this week when omitted): what was planned on those days is replaced. A count of 0, or a day left out, plans nothing. One entry per day and discipline; every day within the range.",
    who: "coordinator",
    query: planQuerySchema,
    body: planBodySchema,
    responses: { 200: { description: "The plan as saved, against what was logged", schema: plan } },
  },
];
