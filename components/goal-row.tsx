import { ProgressBar } from "./progress-bar";
import { GoalStatusBadge } from "./status-badge";
import { formatDay } from "@/lib/calendar-day";
import type { GoalProgressView } from "@/lib/data/progress";

/** One performer x goal on the team dashboard. */
export function GoalRow({ goal, performerName }: { goal: GoalProgressView; performerName: string }) {
  return (
    <li className="grid gap-2 py-3 sm:grid-cols-[10rem_1fr_8rem] sm:items-center sm:gap-4" data-testid="goal-row" data-discipline={goal.discipline}>
      <div className="flex items-center justify-between gap-2 sm:block">
        <p className="font-medium">{goal.discipline}</p>
        <div className="sm:mt-1">
          <GoalStatusBadge status={goal.status} />
        </div>
      </div>
      <ProgressBar
        label={`${performerName}: ${goal.discipline}`}
        done={goal.done}
        target={goal.target}
        percent={goal.percent}
        status={goal.status}
        unit={goal.unit}
      />
      <p className="text-xs text-stone-600 sm:text-right">
        {goal.status === "done" ? (
          <>Reached {goal.projectedFinish ? formatDay(goal.projectedFinish) : ""}</>
        ) : goal.projectedFinish ? (
          <>Projected {formatDay(goal.projectedFinish)}</>
        ) : (
          <>No recent reps to project from</>
        )}
        <br />
        Deadline {formatDay(goal.deadline)}
      </p>
    </li>
  );
}
