import type { Metadata } from "next";
import Link from "next/link";
import { GoalForm } from "@/components/forms/settings-forms";
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
      <section className="card" aria-label="The goal">
        <GoalForm
          productionId={productionId}
          performerId={goal.performer.id}
          disciplines={[]}
          today={today}
          goal={{ goalId: goal.goalId, target: goal.target, startDate: goal.startDate, deadline: goal.deadline, milestones: goal.milestones }}
        />
      </section>
    </div>
  );
}
