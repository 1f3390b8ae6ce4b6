import Link from "next/link";
import { CumulativeChart } from "./charts/cumulative-chart";
import { WeeklyVolumeChart } from "./charts/weekly-volume-chart";
import { ProgressBar } from "./progress-bar";
import { GoalStatusBadge } from "./status-badge";
import { formatDay } from "@/lib/domain/calendar-day";
import { cumulativeChartData, weeklyVolume } from "@/lib/domain/chart-data";
import type { Feasibility } from "@/lib/domain/feasibility";
import type { GoalProgressWithSeries } from "@/lib/domain/progress";
import { formatCount, formatRate, pluralUnit } from "@/lib/domain/format";
import { formatFreefall } from "@/lib/domain/jumps";

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-md bg-stone-50 px-3 py-2">
      <dt className="text-xs uppercase tracking-wide text-stone-500">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
      {note ? <dd className="text-xs text-stone-600">{note}</dd> : null}
    </div>
  );
}

/**
 * "Can it still be done?" within the hard dose limits (lib/domain/feasibility.ts):
 * the earliest finish and the even pace when it can, the reason in a warning
 * when it cannot. Nothing for a goal already done.
 */
function FeasibilityLine({ feasibility, unit, remaining }: { feasibility: Feasibility; unit: string; remaining: number }) {
  if (feasibility.feasible && feasibility.earliestFinish === null) return null;
  const sessionDays = `${formatCount(feasibility.sessionsNeeded)} session ${feasibility.sessionsNeeded === 1 ? "day" : "days"}`;
  return (
    <div className={feasibility.feasible ? "rounded-md bg-stone-50 px-3 py-2" : "rounded-md border border-amber-400 bg-amber-50 px-3 py-2"} data-testid="feasibility">
      <h4 className="text-sm font-semibold text-stone-700">
        Can it still be done?
      </h4>
      {feasibility.feasible ? (
        <p className="text-sm">
          On track to be possible: earliest finish {formatDay(feasibility.earliestFinish!)};{" "}
          {/* ⌈2 ÷ 124⌉ = 1 "a day over 124 days" would read as 124: fewer reps than days say so instead. */}
          {remaining >= feasibility.sessionsNeeded
            ? `${formatCount(feasibility.evenDailyCount ?? 0)} ${pluralUnit(unit, feasibility.evenDailyCount ?? 0)} a day over ${sessionDays}.`
            : `${formatCount(remaining)} ${pluralUnit(unit, remaining)} left, fewer than the ${sessionDays} before the deadline.`}
        </p>
      ) : (
        <p className="text-sm font-medium text-amber-900">
          <span aria-hidden="true">⚠ </span>No: {feasibility.reason}.
        </p>
      )}
    </div>
  );
}

/** A goal on the performer page: numbers, whether it can still be done, chart of the running total, weekly volume, milestones. */
export function GoalCard({
  goal,
  asOf,
  performerName,
  incidentDays,
  feasibility,
  editHref,
}: {
  goal: GoalProgressWithSeries;
  asOf: string;
  performerName: string;
  incidentDays?: number[];
  /** Whether the remaining reps fit before the deadline within the hard limits (absent: not shown). */
  feasibility?: Feasibility;
  /** Where a coordinator edits the goal (absent: no link). */
  editHref?: string;
}) {
  const chart = cumulativeChartData(goal, goal.series, asOf);
  const pendingReps = goal.done - goal.verified;
  return (
    <article className="card space-y-4" aria-labelledby={`goal-${goal.goalId}`} data-testid="goal-card" data-discipline={goal.discipline}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`goal-${goal.goalId}`} className="text-lg font-semibold">
          {goal.discipline}
        </h3>
        <span className="flex items-center gap-3">
          {editHref ? (
            <Link href={editHref} className="inline-block py-1 text-sm underline underline-offset-2">
              Edit goal<span className="sr-only"> ({goal.discipline})</span>
            </Link>
          ) : null}
          <GoalStatusBadge status={goal.status} />
        </span>
      </div>
      <ProgressBar label={`${performerName}: ${goal.discipline}`} done={goal.done} target={goal.target} percent={goal.percent} status={goal.status} unit={goal.unit} />
      {pendingReps > 0 ? (
        <p className="text-sm text-amber-800">
          {formatCount(pendingReps)} of these {goal.unit}s are pending verification.
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-4">
        <Stat label="Remaining" value={formatCount(goal.remaining)} note={`${goal.daysLeft} days to deadline`} />
        <Stat label="Needed per day" value={formatRate(goal.requiredPerDay)} note={`recent: ${formatRate(goal.recentPerDay)} / day`} />
        <Stat
          label={goal.status === "done" ? "Reached" : "Projected finish"}
          value={goal.projectedFinish ? formatDay(goal.projectedFinish) : "—"}
          note={`deadline ${formatDay(goal.deadline)}`}
        />
        <Stat label="Verified" value={formatCount(goal.verified)} note={`of ${formatCount(goal.done)} logged`} />
        {goal.freefallSeconds !== undefined ? (
          <Stat label="Freefall" value={formatFreefall(goal.freefallSeconds)} note={`of freefall in ${formatCount(goal.done)} ${goal.unit}s`} />
        ) : null}
      </dl>
      {feasibility ? <FeasibilityLine feasibility={feasibility} unit={goal.unit} remaining={goal.remaining} /> : null}
      <CumulativeChart
        title={`${goal.discipline}: running total against the target of ${formatCount(goal.target)}`}
        points={chart.points}
        domain={chart.domain}
        target={goal.target}
        deadlineDay={chart.deadlineDay}
        unit={goal.unit}
        incidentDays={incidentDays}
      />
      <div>
        <h4 className="text-sm font-semibold text-stone-700">Weekly volume</h4>
        <WeeklyVolumeChart title={`${goal.discipline}: ${goal.unit}s per week`} weeks={weeklyVolume(goal.series)} unit={goal.unit} />
      </div>
      {goal.milestones.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold text-stone-700">Milestones</h4>
          <ol className="mt-1 grid gap-1 text-sm sm:grid-cols-2">
            {goal.milestones.map((m) => (
              <li key={`${m.name}-${m.count}`} className="flex justify-between gap-2 rounded bg-stone-50 px-2 py-1">
                <span>
                  {m.reachedOn ? "✓ " : ""}
                  {m.name}{" "}
                  <span className="text-stone-500">
                    ({formatCount(m.count)}
                    {m.freefallMinutes ? ` and ${formatFreefall(m.freefallMinutes * 60)} freefall` : ""})
                  </span>
                </span>
                <span className="text-stone-600">
                  {m.reachedOn ? formatDay(m.reachedOn) : m.projectedOn ? `projected ${formatDay(m.projectedOn)}` : "not projected"}
                </span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </article>
  );
}
