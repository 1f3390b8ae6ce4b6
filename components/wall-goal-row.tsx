import type { DashboardRow } from "@/lib/domain/dashboard";
import { formatCount, formatPercent, STATUS_LABEL } from "@/lib/domain/format";
import type { GoalStatus } from "@/lib/domain/progress";

// One goal on the wall: a single line of text over a bar, read from across a
// room. One line by design (the text is truncated): the pager measures one
// row to know how many fit (components/wall-goal-pager.tsx).

const BAR: Record<GoalStatus, string> = { done: "bg-sky-500", on_track: "bg-emerald-500", behind: "bg-red-500", no_data: "bg-stone-500" };
// Light pills on the dark screen: colour and a word, both large (over 7:1).
const STATUS: Record<GoalStatus, string> = {
  behind: "bg-red-200 text-red-950",
  no_data: "bg-stone-300 text-stone-950",
  on_track: "bg-emerald-200 text-emerald-950",
  done: "bg-sky-200 text-sky-950",
};

export function WallGoalRow({ row }: { row: DashboardRow }) {
  const { goal } = row;
  return (
    <div data-status={goal.status}>
      <div className="flex items-center gap-4 whitespace-nowrap">
        <p className="min-w-0 flex-1 truncate text-3xl font-semibold">
          {row.performerName} <span className="font-normal text-stone-300">· {goal.discipline}</span>
        </p>
        <p className="text-2xl text-stone-200 tabular-nums" data-testid="wall-count">
          {formatCount(goal.done)} / {formatCount(goal.target)} · {formatPercent(goal.percent)}
        </p>
        <p className={`rounded-md px-3 py-0.5 text-2xl font-black uppercase ${STATUS[goal.status]}`}>{STATUS_LABEL[goal.status]}</p>
      </div>
      <div className="mt-2 h-3 overflow-hidden rounded-full bg-stone-800" aria-hidden="true">
        <div className={`h-full rounded-full ${BAR[goal.status]}`} style={{ width: `${Math.min(100, goal.percent)}%` }} />
      </div>
    </div>
  );
}
