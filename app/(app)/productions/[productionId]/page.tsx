import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LogSessionForm } from "@/components/forms/log-session-form";
import { GoalRow } from "@/components/goal-row";
import { requireActorOrSignIn } from "@/lib/auth/actor";
import { formatDay } from "@/lib/calendar-day";
import { listDisciplines } from "@/lib/data/disciplines";
import { listPerformers } from "@/lib/data/performers";
import { getProductionForMember } from "@/lib/data/productions";
import { getProductionProgress } from "@/lib/data/progress";
import { countPendingSessions } from "@/lib/data/training-sessions";
import { formatPercent } from "@/lib/format";
import { homePathFor } from "@/lib/navigation";
import { pageData } from "@/lib/page-data";
import { can } from "@/lib/permissions";
import { compareByUrgency, overallReadiness } from "@/lib/progress";

export const metadata: Metadata = { title: "Team dashboard" };

export default async function DashboardPage({ params }: { params: Promise<{ productionId: string }> }) {
  const { productionId } = await params;
  const actor = await requireActorOrSignIn();
  const production = await pageData(() => getProductionForMember(actor, productionId));
  // Performers have no team view: their home is their own page.
  if (!can(production.role, "team.viewProgress")) redirect(homePathFor(production, actor.userId));

  const canLog = can(production.role, "session.logForAnyone");
  const [progress, performers, disciplines, pending] = await pageData(() =>
    Promise.all([
      getProductionProgress(actor, productionId),
      canLog ? listPerformers(actor, productionId) : Promise.resolve([]),
      canLog ? listDisciplines(actor, productionId) : Promise.resolve([]),
      can(production.role, "session.verify") ? countPendingSessions(actor, productionId) : Promise.resolve(0),
    ]),
  );
  const allGoals = progress.performers.flatMap((p) => p.goals);
  const behind = allGoals.filter((g) => g.status === "behind").length;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-stone-600">
            Team dashboard · {formatDay(progress.asOf)} · {production.timeZone}
          </p>
          <h1 className="text-2xl font-bold">{production.name}</h1>
        </div>
        <div className="flex flex-wrap gap-2">
          <div className="card px-4 py-2 sm:p-3 text-center">
            <p className="text-xs uppercase tracking-wide text-stone-500">Overall readiness</p>
            <p className="text-2xl font-bold tabular-nums">{formatPercent(overallReadiness(allGoals))}</p>
          </div>
          {pending > 0 ? (
            <Link href={`/productions/${productionId}/sign-off`} className="card px-4 py-2 sm:p-3 text-center hover:border-amber-400">
              <p className="text-xs uppercase tracking-wide text-stone-500">Awaiting sign-off</p>
              <p className="text-2xl font-bold tabular-nums text-amber-800">{pending}</p>
            </Link>
          ) : null}
        </div>
      </div>

      {behind > 0 ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
          {behind} {behind === 1 ? "goal is" : "goals are"} behind schedule at the recent pace.
        </p>
      ) : null}

      {canLog ? (
        <section className="card" aria-labelledby="log-heading">
          <h2 id="log-heading" className="mb-3 text-lg font-semibold">
            Log a training session
          </h2>
          <LogSessionForm
            productionId={productionId}
            performers={performers.map((p) => ({ id: p.performerId, name: p.name }))}
            disciplines={disciplines}
            today={production.today}
          />
        </section>
      ) : null}

      <section aria-labelledby="team-heading" className="space-y-4">
        <h2 id="team-heading" className="text-lg font-semibold">
          Performers
        </h2>
        {progress.performers.length === 0 ? (
          <p className="card text-stone-600">No performers in this production yet.</p>
        ) : null}
        {progress.performers.map((performer) => (
          <article key={performer.performerId} className="card" aria-labelledby={`p-${performer.performerId}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={`p-${performer.performerId}`} className="text-base font-semibold">
                <Link href={`/productions/${productionId}/performers/${performer.performerId}`} className="underline-offset-2 hover:underline">
                  {performer.name}
                </Link>
              </h3>
              <p className="text-sm text-stone-600">Readiness {formatPercent(overallReadiness(performer.goals))}</p>
            </div>
            {performer.goals.length === 0 ? (
              <p className="mt-2 text-sm text-stone-600">No goals set.</p>
            ) : (
              <ul className="divide-y divide-stone-100">
                {[...performer.goals].sort(compareByUrgency).map((goal) => (
                  <GoalRow key={goal.goalId} goal={goal} performerName={performer.name} />
                ))}
              </ul>
            )}
          </article>
        ))}
      </section>
    </div>
  );
}
