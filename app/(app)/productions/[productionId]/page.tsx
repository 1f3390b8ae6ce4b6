import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DashboardFilters } from "@/components/dashboard-filters";
import { LogSessionForm } from "@/components/forms/log-session-form";
import { GoalRow } from "@/components/goal-row";
import { requireActorOrSignIn } from "@/lib/auth/actor";
import { formatDay } from "@/lib/domain/calendar-day";
import { countByStatus, dashboardRows, disciplineNames } from "@/lib/domain/dashboard";
import { listDisciplines } from "@/lib/data/disciplines";
import { listPerformers } from "@/lib/data/performers";
import { getProductionForMember } from "@/lib/data/productions";
import { getProductionProgress, getWeeklyTrends, TREND_WEEKS } from "@/lib/data/progress";
import { countPendingSessions } from "@/lib/data/sign-off";
import { formatPercent } from "@/lib/domain/format";
import { homePathFor } from "@/lib/domain/navigation";
import { pageData } from "@/lib/views/page-data";
import { can } from "@/lib/domain/permissions";
import { overallReadiness } from "@/lib/domain/progress";
import { dashboardFilterSchema } from "@/lib/schemas/dashboard-filter";

export const metadata: Metadata = { title: "Team dashboard" };

function Tile({ label, value, tone = "text-stone-900" }: { label: string; value: string | number; tone?: string }) {
  return (
    <div className="card px-4 py-2 text-center sm:p-3">
      <p className="text-xs uppercase tracking-wide text-stone-500">{label}</p>
      <p className={`text-2xl font-bold tabular-nums ${tone}`}>{value}</p>
    </div>
  );
}

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ productionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { productionId } = await params;
  const filter = dashboardFilterSchema.parse(await searchParams);
  const actor = await requireActorOrSignIn();
  const production = await pageData(() => getProductionForMember(actor, productionId));
  // Performers have no team view: their home is their own page.
  if (!can(production.role, "team.viewProgress")) redirect(homePathFor(production, actor.userId));

  const canLog = can(production.role, "session.logForAnyone");
  const [progress, trends, performers, disciplines, pending] = await pageData(() =>
    Promise.all([
      getProductionProgress(actor, productionId, production.today),
      getWeeklyTrends(actor, productionId, production.today),
      canLog ? listPerformers(actor, productionId) : Promise.resolve([]),
      canLog ? listDisciplines(actor, productionId) : Promise.resolve([]),
      can(production.role, "session.verify") ? countPendingSessions(actor, productionId) : Promise.resolve(0),
    ]),
  );
  const allGoals = progress.performers.flatMap((p) => p.goals);
  const statusCounts = countByStatus(allGoals);
  const rows = dashboardRows(progress.performers, filter);
  const base = `/productions/${productionId}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-stone-600">
            Team dashboard · {formatDay(progress.asOf)} · {production.timeZone}
          </p>
          <h1 className="text-2xl font-bold">{production.name}</h1>
          <nav aria-label="Production" className="flex flex-wrap gap-4 text-sm">
            <Link href={`${base}/stunts`} className="underline underline-offset-2">
              Stunts and go / no-go
            </Link>
            {can(production.role, "session.verify") ? (
              <Link href={`${base}/sign-off`} className="underline underline-offset-2">
                Sign-off queue
              </Link>
            ) : null}
            <Link href={`${base}/wall`} className="underline underline-offset-2">
              Wall screen
            </Link>
            {can(production.role, "production.manageSettings") ? (
              <Link href={`${base}/settings`} className="underline underline-offset-2">
                Settings
              </Link>
            ) : null}
          </nav>
        </div>
        <div className="flex flex-wrap gap-2">
          <Tile label="Overall readiness" value={formatPercent(overallReadiness(allGoals))} />
          <Tile label="Goals behind" value={statusCounts.behind} tone={statusCounts.behind ? "text-red-700" : "text-stone-900"} />
          <Tile label="Goals done" value={`${statusCounts.done} / ${allGoals.length}`} />
          {pending > 0 ? (
            <Link href={`${base}/sign-off`} className="rounded-lg hover:ring-2 hover:ring-amber-400">
              <Tile label="Awaiting sign-off" value={pending} tone="text-amber-800" />
            </Link>
          ) : null}
        </div>
      </div>

      {statusCounts.behind > 0 ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
          {statusCounts.behind} {statusCounts.behind === 1 ? "goal is" : "goals are"} behind schedule at the recent pace:{" "}
          {rows
            .filter((r) => r.goal.status === "behind")
            .map((r) => `${r.performerName} (${r.goal.discipline.toLowerCase()})`)
            .join(", ")}
          .
        </p>
      ) : null}

      {canLog ? (
        <details className="card group">
          <summary className="cursor-pointer list-none text-lg font-semibold marker:hidden">
            <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
              ▸
            </span>
            Log a training session
          </summary>
          <div className="mt-3">
            <LogSessionForm
              productionId={productionId}
              performers={performers.map((p) => ({ id: p.performerId, name: p.name }))}
              disciplines={disciplines}
              today={production.today}
              canOverride={can(production.role, "limits.override")}
            />
          </div>
        </details>
      ) : null}

      <section aria-labelledby="performers-heading">
        <h2 id="performers-heading" className="mb-2 text-lg font-semibold">
          Performers
        </h2>
        {progress.performers.length === 0 ? <p className="card text-stone-600">No performers in this production yet.</p> : null}
        <ul className="flex flex-wrap gap-2">
          {progress.performers.map((p) => (
            <li key={p.performerId}>
              <Link href={`${base}/performers/${p.performerId}`} className="card flex items-baseline gap-2 !px-3 !py-2 hover:border-stone-400">
                <span className="font-semibold">{p.name}</span>
                <span className="text-sm tabular-nums text-stone-600">{formatPercent(overallReadiness(p.goals))} ready</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="goals-heading" className="card space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="goals-heading" className="text-lg font-semibold">
            Every goal, most urgent first
          </h2>
          <DashboardFilters disciplines={disciplineNames(allGoals)} filter={filter} clearHref={base} />
        </div>
        <p className="text-sm text-stone-600" aria-live="polite">
          Showing {rows.length} of {allGoals.length} goals · trend: reps per week, last 8 weeks
        </p>
        {rows.length === 0 ? (
          <p className="py-6 text-center text-stone-600">{allGoals.length === 0 ? "No goals set yet." : "No goal matches these filters."}</p>
        ) : (
          <ul className="divide-y divide-stone-100">
            {rows.map((row) => (
              <GoalRow
                key={row.goal.goalId}
                goal={row.goal}
                performerName={row.performerName}
                performerHref={`${base}/performers/${row.performerId}`}
                trend={trends.get(row.goal.goalId) ?? new Array<number>(TREND_WEEKS).fill(0)}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
