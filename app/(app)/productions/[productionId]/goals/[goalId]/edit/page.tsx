import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { GoalForm } from "@/components/forms/settings-forms";
import { setGoalArchivedAction } from "@/lib/actions/settings";
import { formatInstant } from "@/lib/domain/calendar-day";
import { getProductionScope } from "@/lib/auth/scope";
import { pageData, pageIds } from "@/lib/views/page-data";
import { loadGoalEditView } from "@/lib/views/goal-edit";

export const metadata: Metadata = { title: "Edit a goal" };

export default async function GoalEditPage({ params }: { params: Promise<{ productionId: string; goalId: string }> }) {
  const { productionId, goalId } = await pageIds(params);
  const scope = await pageData(() => getProductionScope(productionId));
  const { goal, today } = await pageData(() => loadGoalEditView(scope, goalId));
  const back = `/productions/${productionId}/performers/${goal.performer.id}`;
  return (
    <div className="max-w-2xl space-y-4">
      <div>
        <Link href={back} className="inline-block py-1 text-sm text-stone-600 underline-offset-2 hover:underline">
          ← {goal.performer.name}
        </Link>
        <h1 className="text-2xl font-bold">
          {goal.performer.name}: {goal.discipline.name} goal
        </h1>
        <p className="text-sm text-stone-600">
          Progress, milestone days and the forecast follow the new figures at once; the change is kept in the audit log with the goal as it was.
        </p>
      </div>
      {goal.archivedAt ? (
        <section className="card space-y-2" aria-label="Archived">
          <p>
            Archived <time dateTime={goal.archivedAt.toISOString()}>{formatInstant(goal.archivedAt, scope.production.timeZone)}</time>: off the dashboard, the
            forecasts and every verdict. Restore it to see its progress and edit it again.
          </p>
          {goal.discipline.archivedAt ? (
            <p className="text-sm text-stone-700">{goal.discipline.name} is archived too: restore the discipline in Settings first.</p>
          ) : (
            <ActionButton action={setGoalArchivedAction.bind(null, productionId, goal.goalId, false)} label="Restore this goal" pendingLabel="Restoring…" accessibleLabel={`Restore this goal: ${goal.discipline.name}`} />
          )}
        </section>
      ) : (
        <>
          <section className="card" aria-label="The goal">
            <GoalForm
              productionId={productionId}
              performerId={goal.performer.id}
              disciplines={[]}
              today={today}
              goal={{ goalId: goal.goalId, target: goal.target, startDate: goal.startDate, deadline: goal.deadline, milestones: goal.milestones }}
            />
          </section>
          <section className="card space-y-2" aria-labelledby="archive-heading">
            <h2 id="archive-heading" className="font-semibold">
              Archive
            </h2>
            <p className="text-sm text-stone-600">
              A goal no longer trained for (the stunt was cut, or a new goal replaces it): off the dashboard, the forecasts and every verdict. Its
              entries stay in the logbook, and it can be restored from {goal.performer.name}&apos;s page.
            </p>
            <ActionButton
              action={setGoalArchivedAction.bind(null, productionId, goal.goalId, true)}
              label="Archive this goal"
              pendingLabel="Archiving…"
              accessibleLabel={`Archive this goal: ${goal.performer.name}, ${goal.discipline.name}`}
              confirm={`Archive ${goal.performer.name}'s ${goal.discipline.name} goal? It leaves the dashboard and every verdict.`}
              danger
            />
          </section>
        </>
      )}
    </div>
  );
}
