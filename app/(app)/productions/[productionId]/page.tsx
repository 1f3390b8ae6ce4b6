import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DashboardFilters } from "@/components/dashboard-filters";
import { LogSessionForm } from "@/components/forms/log-session-form";
import { GoalRow } from "@/components/goal-row";
import { Pagination } from "@/components/pagination";
import { getProductionScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/domain/calendar-day";
import { formatPercent } from "@/lib/domain/format";
import { homePathFor } from "@/lib/domain/navigation";
import { can } from "@/lib/domain/permissions";
import { dashboardFilterSchema } from "@/lib/schemas/dashboard-filter";
import { loadDashboardView } from "@/lib/views/dashboard";
import { pageData, pageIds } from "@/lib/views/page-data";

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
  const { productionId } = await pageIds(params);
  const filter = dashboardFilterSchema.parse(await searchParams);
  const scope = await pageData(() => getProductionScope(productionId));
  // Performers have no team view: their home is their own page.
  if (!can(scope.role, "team.viewProgress")) redirect(homePathFor({ id: productionId, role: scope.role }, scope.actor.userId));
  const view = await pageData(() => loadDashboardView(scope, filter));
  const { tiles, rights, rows } = view;
  const base = `/productions/${productionId}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-stone-600">
            Team dashboard · {formatDay(view.asOf)} · {view.production.timeZone}
          </p>
          <h1 className="text-2xl font-bold">{view.production.name}</h1>
          <nav aria-label="Production" className="flex flex-wrap gap-4 text-sm">
            <Link href={`${base}/stunts`} className="underline underline-offset-2">
              Stunts and go / no-go
            </Link>
            {rights.canVerify ? (
              <Link href={`${base}/sign-off`} className="underline underline-offset-2">
                Sign-off queue
              </Link>
            ) : null}
            <Link href={`${base}/wall`} className="underline underline-offset-2">
              Wall screen
            </Link>
            {rights.canManageSettings ? (
              <Link href={`${base}/settings`} className="underline underline-offset-2">
                Settings
              </Link>
            ) : null}
          </nav>
        </div>
        <div className="flex flex-wrap gap-2">
          <Tile label="Overall readiness" value={formatPercent(tiles.readiness)} />
          <Tile label="Goals behind" value={tiles.behind} tone={tiles.behind ? "text-red-700" : "text-stone-900"} />
          <Tile label="Goals done" value={`${tiles.done} / ${tiles.goals}`} />
          {tiles.pending > 0 ? (
            <Link href={`${base}/sign-off`} className="rounded-lg hover:ring-2 hover:ring-amber-400">
              <Tile label="Awaiting sign-off" value={tiles.pending} tone="text-amber-800" />
            </Link>
          ) : null}
        </div>
      </div>

      {tiles.behind > 0 ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
          {tiles.behind} {tiles.behind === 1 ? "goal is" : "goals are"} behind schedule at the recent pace:{" "}
          {view.behind.map((r) => `${r.performerName} (${r.discipline})`).join(", ")}
          .
        </p>
      ) : null}

      {view.currency.length > 0 ? (
        <section aria-labelledby="currency-heading" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="currency-alerts">
          <h2 id="currency-heading" className="font-semibold">
            Currency: {view.currency.filter((c) => c.status === "lapsed").length} lapsed, {view.currency.filter((c) => c.status === "lapsing").length} lapsing within 7 days
          </h2>
          <ul className="mt-1 grid gap-x-6 sm:grid-cols-2">
            {view.currency.map((c) => (
              <li key={`${c.performerId}-${c.discipline}`}>
                <Link href={`/productions/${view.production.id}/performers/${c.performerId}#currency`} className="underline underline-offset-2">
                  {c.performerName}
                </Link>
                , {c.discipline}: <span className={c.status === "lapsed" ? "font-semibold text-red-800" : ""}>{c.text}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {view.unavailable.length > 0 ? (
        <section aria-labelledby="unavailable-heading" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950" data-testid="unavailable-alerts">
          <h2 id="unavailable-heading" className="font-semibold">
            Off training today: {view.unavailable.length}
          </h2>
          <ul className="mt-1 grid gap-x-6 sm:grid-cols-2">
            {view.unavailable.map((u) => (
              <li key={u.performerId}>
                <Link href={`/productions/${view.production.id}/performers/${u.performerId}`} className="underline underline-offset-2">
                  {u.performerName}
                </Link>
                , until {formatDay(u.until)} ({u.description})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {view.logForm ? (
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
              performers={view.logForm.performers}
              disciplines={view.logForm.disciplines}
              equipment={view.logForm.equipment}
              today={view.today}
              canOverride={rights.canOverride}
            />
          </div>
        </details>
      ) : null}

      <section aria-labelledby="performers-heading">
        <h2 id="performers-heading" className="mb-2 text-lg font-semibold">
          Performers
        </h2>
        {view.performers.length === 0 ? <p className="card text-stone-600">No performers in this production yet.</p> : null}
        <ul className="flex flex-wrap gap-2">
          {view.performers.map((p) => (
            <li key={p.performerId}>
              <Link href={`${base}/performers/${p.performerId}`} className="chip">
                <b>{p.name}</b>
                <small className="tabular-nums text-stone-600">{`${formatPercent(p.readiness)} ready`}</small>
                {p.load ? (
                  <small className={`tabular-nums ${p.load.band === "high" ? "font-semibold text-red-800" : p.load.band === "caution" ? "text-amber-900" : "text-stone-600"}`} data-testid="load-ratio">
                    {`load ${p.load.ratio.toFixed(2)}${p.load.band === "high" || p.load.band === "caution" ? ` (${p.load.band})` : ""}`}
                  </small>
                ) : null}
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
          <DashboardFilters disciplines={view.disciplineNames} filter={filter} clearHref={base} />
        </div>
        <p className="text-sm text-stone-600" aria-live="polite">
          Showing {rows.items.length} of {rows.total} matching goals ({tiles.goals} in all) · trend: reps per week, last 8 weeks
        </p>
        {rows.total === 0 ? (
          <p className="py-6 text-center text-stone-600">{tiles.goals === 0 ? "No goals set yet." : "No goal matches these filters."}</p>
        ) : (
          <ul className="divide-y divide-stone-100">
            {rows.items.map((row) => (
              <GoalRow
                key={row.goal.goalId}
                goal={row.goal}
                performerName={row.performerName}
                performerHref={`${base}/performers/${row.performerId}`}
                trend={row.trend}
              />
            ))}
          </ul>
        )}
        <Pagination page={rows.page} pageCount={rows.pageCount} hrefFor={(page) => pageHref(base, filter, page)} />
      </section>
    </div>
  );
}

function pageHref(base: string, filter: { discipline?: string | undefined; status?: string | undefined }, page: number): string {
  const query = new URLSearchParams();
  if (filter.discipline) query.set("discipline", filter.discipline);
  if (filter.status) query.set("status", filter.status);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}
