import { asOfSchema } from "../../progress-query";
import { z } from "zod";
import { performerCurrency } from "../../responses/currency";
import { performerProgress, productionProgress } from "../../responses/progress";
import type { ApiOperation } from "../operation";

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
];
