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
];
