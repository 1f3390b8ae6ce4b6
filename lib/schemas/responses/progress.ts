import { z } from "zod";
import { GOAL_STATUSES } from "../dashboard-filter";
import { count, day, id } from "./common";

const milestoneProgress = z.object({
  name: z.string(),
  count,
  freefallMinutes: count.nullable().describe("Cumulative freefall the milestone also requires (a jump discipline), in minutes; null when none"),
  reachedOn: day.nullable().describe("The day both its count and its freefall (if any) were reached"),
  projectedOn: day.nullable(),
});

export const goalProgress = z
  .object({
    goalId: id,
    discipline: z.string(),
    unit: z.string(),
    target: count,
    done: count,
    verified: count,
    remaining: count,
    percent: z.number().min(0).max(100),
    startDate: day,
    deadline: day,
    daysLeft: count,
    recentPerDay: z.number().min(0),
    requiredPerDay: z.number().nullable(),
    projectedFinish: day.nullable(),
    status: z.enum(GOAL_STATUSES),
    milestones: z.array(milestoneProgress),
    freefallSeconds: count.optional().describe("Cumulative freefall of the goal's counting jumps, for a discipline that records jumps"),
  })
  .meta({ id: "GoalProgress" });

export const productionProgress = z.object({
  production: z.object({ id, name: z.string() }),
  asOf: day,
  performers: z.array(z.object({ performerId: id, name: z.string(), goals: z.array(goalProgress) })),
});

const seriesPoint = z.object({ date: day, count, cumulative: count });

export const performerProgress = z.object({
  production: z.object({ id, name: z.string() }),
  asOf: day,
  performerId: id,
  name: z.string(),
  goals: z.array(goalProgress.extend({ series: z.array(seriesPoint) })),
});
