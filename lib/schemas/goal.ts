import { z } from "zod";
import { calendarDay, optionalWholeNumber, requiredId, requiredText, wholeNumber } from "./fields";

export const MAX_GOAL_TARGET = 1_000_000;
/** A career of freefall: 10,000 hours is far past any real logbook. */
export const MAX_MILESTONE_FREEFALL_MINUTES = 600_000;

export const milestoneSchema = z.object({
  name: requiredText("Milestone name", 60),
  count: wholeNumber("Milestone count", 1, MAX_GOAL_TARGET),
  /** Also required: this much cumulative freefall (a jump discipline only; the data layer checks the discipline). */
  freefallMinutes: optionalWholeNumber("Milestone freefall (minutes)", 1, MAX_MILESTONE_FREEFALL_MINUTES),
});

const goalFields = {
  target: wholeNumber("Target", 1, MAX_GOAL_TARGET),
  startDate: calendarDay("Start date"),
  deadline: calendarDay("Deadline"),
  milestones: z.array(milestoneSchema).max(20, { error: "At most 20 milestones" }).optional(),
};

/** What every goal must hold together: a deadline not before its start, milestones within the target. */
function checkGoal(goal: { target: number; startDate: string; deadline: string; milestones?: { count: number }[] }, ctx: z.RefinementCtx) {
  if (goal.deadline < goal.startDate) {
    ctx.addIssue({ code: "custom", path: ["deadline"], message: "Deadline must not be before the start date" });
  }
  for (const [i, m] of (goal.milestones ?? []).entries()) {
    if (m.count > goal.target) {
      ctx.addIssue({
        code: "custom",
        path: ["milestones", i, "count"],
        message: "Milestone count must not exceed the target",
      });
    }
  }
}

export const createGoalSchema = z
  .object({
    performerId: requiredId("Choose a performer"),
    disciplineId: requiredId("Choose a discipline"),
    ...goalFields,
  })
  .superRefine(checkGoal);

/** A goal's new target, dates and milestones (the whole of them: milestones left out are removed). Its performer and discipline stay. */
export const updateGoalSchema = z.strictObject(goalFields).superRefine(checkGoal);

/** Archive a goal (`true`) or restore it (`false`). */
export const archiveGoalSchema = z.strictObject({
  archived: z.boolean({ error: "Archived must be true or false" }),
});

export type CreateGoalInput = z.infer<typeof createGoalSchema>;
