import Link from "next/link";
import { ProgressBar } from "./progress-bar";
import { Sparkline } from "./sparkline";
import { GoalStatusBadge } from "./status-badge";
import { formatDay } from "@/lib/domain/calendar-day";
import type { DashboardGoal } from "@/lib/domain/dashboard";
import { formatRate } from "@/lib/domain/format";

/**
 * One goal as a row: who and what, status, the bar, the recent trend and the
 * forecast. Used by the team dashboard (with performer and trend) and the
 * performer page's at-a-glance list (without).
 */
export function GoalRow({
  goal,
  performerName,
  performerHref,
  trend,
}: {
  goal: DashboardGoal;
  performerName: string;
  /** Shown as the row's first column when given (team dashboard). */
  performerHref?: string;
  trend?: number[];
}) {
  return (
    <li
      className="goal-row"
      data-testid="goal-row"
      data-discipline={goal.discipline}
      data-status={goal.status}
    >
      <div className="flex items-center justify-between gap-2 sm:block">
        <div>
          {performerHref ? (
            <Link href={performerHref} className="font-semibold underline-offset-2 hover:underline">
              {performerName}
            </Link>
          ) : null}
          <p className={performerHref ? "text-sm text-stone-700" : "font-medium"}>{goal.discipline}</p>
        </div>
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
      {trend ? (
        <div className="hidden lg:block">
          <Sparkline values={trend} label={`${performerName}, ${goal.discipline}, last ${trend.length} weeks`} />
        </div>
      ) : null}
      <p className="text-xs text-stone-600 sm:text-right">
        {goal.status === "done" ? (
          <>Reached {goal.projectedFinish ? formatDay(goal.projectedFinish) : ""}</>
        ) : goal.projectedFinish ? (
          <>
            Projected <span className="font-medium text-stone-800">{formatDay(goal.projectedFinish)}</span>
          </>
        ) : (
          <>No recent reps to project from</>
        )}
        <br />
        Deadline {formatDay(goal.deadline)}
        {goal.status !== "done" && goal.requiredPerDay !== null ? (
          <>
            <br />
            Needs {formatRate(goal.requiredPerDay)}/day, recent {formatRate(goal.recentPerDay)}
          </>
        ) : null}
      </p>
    </li>
  );
}
