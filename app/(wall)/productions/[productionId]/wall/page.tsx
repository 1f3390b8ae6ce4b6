import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { LiveRefresh } from "@/components/live-refresh";
import { WallGoalPager } from "@/components/wall-goal-pager";
import { WallGoalRow } from "@/components/wall-goal-row";
import { WallStunts } from "@/components/wall-stunts";
import { getProductionScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/domain/calendar-day";
import { formatPercent } from "@/lib/domain/format";
import { can } from "@/lib/domain/permissions";
import { wallQuerySchema } from "@/lib/schemas/wall";
import { pageData, pageIds } from "@/lib/views/page-data";
import { loadWallView } from "@/lib/views/wall";

export const metadata: Metadata = { title: "Wall screen" };

/**
 * A TV on set (1920 × 1080): everything on one screen, never a scrollbar
 * nobody can scroll. The header and the stunts take what they need; the
 * goals fill the rest and turn page by page (components/wall-goal-pager.tsx).
 * Below the `lg` breakpoint (a laptop window, a phone) the page flows instead.
 */
export default async function WallPage({
  params,
  searchParams,
}: {
  params: Promise<{ productionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { productionId } = await pageIds(params);
  const { every } = wallQuerySchema.parse(await searchParams);
  const scope = await pageData(() => getProductionScope(productionId));
  if (!can(scope.role, "team.viewProgress")) forbidden();
  const view = await pageData(() => loadWallView(scope));
  const { counts } = view;

  return (
    <main className="flex min-h-dvh flex-col gap-5 p-6 lg:h-dvh lg:overflow-hidden lg:p-8">
      <header className="flex flex-wrap items-end justify-between gap-x-8 gap-y-2">
        <div className="min-w-0">
          <h1 className="truncate text-4xl font-black tracking-tight lg:text-6xl">{view.production.name}</h1>
          <p className="mt-1 text-2xl text-stone-200 lg:text-3xl">
            {formatDay(view.asOf)} · {view.goals} {view.goals === 1 ? "goal" : "goals"}:{" "}
            <span className="font-bold text-red-300" data-testid="wall-behind">
              {counts.behind} behind
            </span>{" "}
            · <span className="text-emerald-300">{counts.on_track} on track</span> · <span className="text-sky-300">{counts.done} done</span>
            {counts.no_data ? <span className="text-stone-300"> · {counts.no_data} not started</span> : null}
          </p>
        </div>
        <div className="text-right">
          <p className="text-xl tracking-widest text-stone-300 uppercase">Team readiness</p>
          <p className="text-6xl leading-none font-black tabular-nums lg:text-8xl" data-testid="wall-readiness">
            {formatPercent(view.readiness)}
          </p>
        </div>
      </header>

      <WallStunts productionId={productionId} stunts={view.stunts.shown} more={view.stunts.more} />

      {view.rows.length === 0 ? (
        <p className="text-2xl text-stone-300">No goals yet.</p>
      ) : (
        <WallGoalPager every={every} label="Goals · behind first" items={view.rows.map((row) => <WallGoalRow key={row.goal.goalId} row={row} />)} />
      )}

      <LiveRefresh eventsUrl={`/api/v1/productions/${productionId}/events`} className="text-lg text-stone-300" />
    </main>
  );
}
