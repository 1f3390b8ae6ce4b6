import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { LiveRefresh } from "@/components/live-refresh";
import { GoalStatusBadge } from "@/components/status-badge";
import { getProductionScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/domain/calendar-day";
import { formatCount, formatPercent } from "@/lib/domain/format";
import { pageData, pageIds } from "@/lib/views/page-data";
import { can } from "@/lib/domain/permissions";
import type { GoalStatus } from "@/lib/domain/progress";
import { loadWallView } from "@/lib/views/wall";

export const metadata: Metadata = { title: "Wall screen" };

const BAR: Record<GoalStatus, string> = { done: "bg-sky-500", on_track: "bg-emerald-500", behind: "bg-red-500", no_data: "bg-stone-500" };

export default async function WallPage({ params }: { params: Promise<{ productionId: string }> }) {
  const { productionId } = await pageIds(params);
  const scope = await pageData(() => getProductionScope(productionId));
  if (!can(scope.role, "team.viewProgress")) forbidden();
  const view = await pageData(() => loadWallView(scope));
  const { counts } = view;

  return (
    <main className="flex min-h-dvh flex-col gap-6 p-6 lg:p-10">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-4xl font-black tracking-tight lg:text-6xl">{view.production.name}</h1>
          <p className="mt-1 text-xl text-stone-300 lg:text-2xl">{formatDay(view.asOf)}</p>
        </div>
        <div className="text-right">
          <p className="text-lg uppercase tracking-widest text-stone-400">Team readiness</p>
          <p className="text-6xl font-black tabular-nums lg:text-8xl" data-testid="wall-readiness">
            {formatPercent(view.readiness)}
          </p>
        </div>
      </header>

      <p className="text-2xl lg:text-3xl">
        <span className="font-bold text-red-400">{counts.behind} behind</span> ·{" "}
        <span className="text-emerald-400">{counts.on_track} on track</span> · <span className="text-sky-400">{counts.done} done</span>
        {counts.no_data ? <span className="text-stone-400"> · {counts.no_data} not started</span> : null}
      </p>

      <ul className="grid flex-1 content-start gap-x-10 gap-y-5 xl:grid-cols-2">
        {view.rows.map((row) => (
          <li key={row.goal.goalId} data-testid="wall-row">
            <div className="flex items-baseline justify-between gap-3">
              <p className="text-2xl font-semibold lg:text-3xl">
                {row.performerName} <span className="font-normal text-stone-400">· {row.goal.discipline}</span>
              </p>
              <GoalStatusBadge status={row.goal.status} />
            </div>
            <div className="mt-2 h-5 overflow-hidden rounded-full bg-stone-800" aria-hidden="true">
              <div className={`h-full rounded-full ${BAR[row.goal.status]}`} style={{ width: `${Math.min(100, row.goal.percent)}%` }} />
            </div>
            <p className="mt-1 text-xl tabular-nums text-stone-300 lg:text-2xl" data-testid="wall-count">
              {formatCount(row.goal.done)} / {formatCount(row.goal.target)} {row.goal.unit}s · {formatPercent(row.goal.percent)}
              {row.goal.status !== "done" && row.goal.projectedFinish ? ` · projected ${formatDay(row.goal.projectedFinish)}` : ""}
            </p>
          </li>
        ))}
      </ul>

      <LiveRefresh eventsUrl={`/api/v1/productions/${productionId}/events`} className="text-lg text-stone-400" />
    </main>
  );
}
