import { formatCount, formatPercent } from "@/lib/domain/format";
import type { GoalStatus } from "@/lib/domain/progress";

const FILL: Record<GoalStatus, string> = {
  done: "bg-sky-600",
  on_track: "bg-emerald-600",
  behind: "bg-red-600",
  no_data: "bg-stone-400",
};

/** done / target as a bar, readable by screen readers as a progressbar with its numbers. */
export function ProgressBar({
  label,
  done,
  target,
  percent,
  status,
  unit,
}: {
  label: string;
  done: number;
  target: number;
  percent: number;
  status: GoalStatus;
  unit: string;
}) {
  const text = `${formatCount(done)} of ${formatCount(target)} ${unit}s (${formatPercent(percent)})`;
  return (
    <div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={target}
        aria-valuenow={Math.min(done, target)}
        aria-valuetext={text}
        className="h-3 w-full overflow-hidden rounded-full bg-stone-200"
      >
        <div className={`h-full rounded-full ${FILL[status]}`} style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      <p className="mt-1 text-sm tabular-nums text-stone-700" data-testid="progress-text">
        <span className="font-semibold text-stone-900">{formatCount(done)}</span> / {formatCount(target)} ·{" "}
        {formatPercent(percent)}
      </p>
    </div>
  );
}
