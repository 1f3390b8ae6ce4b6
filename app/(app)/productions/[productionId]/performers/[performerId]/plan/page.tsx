import type { Metadata } from "next";
import Link from "next/link";
import { COMPLIANCE, PlanCalendar } from "@/components/plan-calendar";
import { PlanWeekForm, RepeatWeekForm } from "@/components/forms/plan-forms";
import { getProductionScope } from "@/lib/auth/scope";
import { formatDay, isCalendarDay } from "@/lib/domain/calendar-day";
import { pageData, pageIds } from "@/lib/views/page-data";
import { loadPlanView, type PlanLayout } from "@/lib/views/plan";

export const metadata: Metadata = { title: "Training plan" };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ productionId: string; performerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { productionId, performerId } = await pageIds(params);
  const query = await searchParams;
  const scope = await pageData(() => getProductionScope(productionId));
  // Navigation, not a payload: an unreadable view or day shows this week.
  const layout: PlanLayout = query.view === "month" ? "month" : "week";
  const anchor = typeof query.date === "string" && isCalendarDay(query.date) ? query.date : scope.today;
  const view = await pageData(() => loadPlanView(scope, performerId, layout, anchor));
  const { plan, disciplines } = view;
  // Every discipline's name, archived ones too: their past days are still on the calendar.
  const names = view.disciplineNames;
  const here = `/productions/${productionId}/performers/${performerId}/plan`;
  const link = (l: PlanLayout, date: string) => `${here}?view=${l}&date=${date}`;
  const month = view.anchor.slice(0, 7);
  const title = layout === "week" ? `Week of ${formatDay(plan.from)}` : `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
  const planned = Object.fromEntries(plan.entries.map((e) => [`${e.disciplineId}.${e.date}`, e.count]));

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/productions/${productionId}/performers/${performerId}`} className="inline-flex min-h-6 items-center text-sm text-stone-600 underline-offset-2 hover:underline">
          ← {plan.performer.name}
        </Link>
        <h1 className="text-2xl font-bold">Training plan — {plan.performer.name}</h1>
        <p className="text-sm text-stone-600">Planned against logged, per day and discipline.</p>
        <ul className="mt-1 flex flex-wrap gap-2 text-xs" aria-label="What the colours mean">
          <li className={`rounded border px-2 py-0.5 ${COMPLIANCE.green.style}`}>
            <b>{COMPLIANCE.green.label}</b>: within 20 % of the plan
          </li>
          <li className={`rounded border px-2 py-0.5 ${COMPLIANCE.yellow.style}`}>
            <b>{COMPLIANCE.yellow.label}</b>: 50–79 % or 121–150 %
          </li>
          <li className={`rounded border px-2 py-0.5 ${COMPLIANCE.red.style}`}>
            <b>{COMPLIANCE.red.label}</b>: anything else, or a past planned day with nothing logged
          </li>
        </ul>
      </div>

      <nav aria-label="Plan period" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Link className="inline-block py-1 underline" href={link(layout, view.previous)}>
          ← Previous {layout}
        </Link>
        <h2 className="text-lg font-semibold" data-testid="plan-period">
          {title}
        </h2>
        <Link className="inline-block py-1 underline" href={link(layout, view.next)}>
          Next {layout} →
        </Link>
        <Link className="inline-block py-1 underline" href={link(layout, view.today)}>
          Today
        </Link>
        <span aria-hidden="true">·</span>
        {layout === "week" ? (
          <Link className="inline-block py-1 underline" href={link("month", plan.from)}>
            Month view
          </Link>
        ) : (
          <Link className="inline-block py-1 underline" href={link("week", view.anchor)}>
            Week view
          </Link>
        )}
      </nav>

      <section aria-labelledby="plan-period">
        <PlanCalendar days={plan.days} names={names} today={view.today} layout={layout} month={layout === "month" ? month : undefined} />
      </section>

      {view.canEdit && layout === "week" ? (
        <section className="card space-y-4 print:hidden" aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="text-lg font-semibold">
            Plan this week
          </h2>
          {disciplines.length === 0 ? (
            <p className="text-sm text-stone-600">Add a discipline on the settings page first.</p>
          ) : (
            <>
              <PlanWeekForm
                productionId={productionId}
                performerId={performerId}
                week={plan.from}
                days={plan.days.map((d) => d.date)}
                disciplines={disciplines}
                planned={planned}
              />
              <RepeatWeekForm productionId={productionId} performerId={performerId} week={plan.from} />
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
