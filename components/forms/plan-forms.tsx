"use client";

import { repeatPlanWeekAction, savePlanWeekAction } from "@/lib/actions/plan";
import { formatDay } from "@/lib/domain/calendar-day";
import { ActionForm } from "./action-form";
import { describedBy, Field } from "./field";

// The plan page's forms (coordinators): a week as a grid of counts, one row
// per discipline and one column per day; and repeating the week.

interface Discipline {
  id: string;
  name: string;
  unit: string;
}

export function PlanWeekForm({
  productionId,
  performerId,
  week,
  days,
  disciplines,
  planned,
}: {
  productionId: string;
  performerId: string;
  week: string;
  days: string[];
  disciplines: Discipline[];
  /** What is planned now, keyed `<disciplineId>.<date>`. */
  planned: Record<string, number>;
}) {
  return (
    <ActionForm action={savePlanWeekAction.bind(null, productionId, performerId, week)} label="Plan this week" submit="Save the week">
      {(state) => {
        const errors = Object.values(state.fields ?? {});
        return (
          <>
            <div className="overflow-x-auto">
              <table className="w-full min-w-[40rem] text-left text-sm">
                <caption className="sr-only">Reps planned per discipline and day; leave a field empty to plan nothing</caption>
                <thead>
                  <tr className="text-stone-600">
                    <th scope="col" className="py-1 pr-2">
                      Discipline
                    </th>
                    {days.map((d) => (
                      <th key={d} scope="col" className="py-1 pr-2 font-medium">
                        {formatDay(d).replace(/ \d{4}$/, "")}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {disciplines.map((discipline) => (
                    <tr key={discipline.id} className="border-t border-stone-100">
                      <th scope="row" className="py-1 pr-2 font-medium">
                        {discipline.name}
                      </th>
                      {days.map((d) => {
                        const key = `${discipline.id}.${d}`;
                        const submitted = state.status === "error" ? state.values?.[`count.${key}`] : undefined;
                        const invalid = state.fields?.[`count.${key}`];
                        return (
                          <td key={d} className="py-1 pr-2">
                            <input
                              type="number"
                              inputMode="numeric"
                              min={0}
                              name={`count.${key}`}
                              defaultValue={submitted ?? (planned[key] ? String(planned[key]) : "")}
                              aria-label={`${discipline.name}, ${formatDay(d)}: ${discipline.unit}s planned`}
                              aria-invalid={invalid ? true : undefined}
                              aria-describedby={invalid ? "plan-week-errors" : undefined}
                              className="field-input w-20"
                            />
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {errors.length ? (
              <ul id="plan-week-errors" className="text-sm text-red-700" role="alert">
                {errors.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            ) : null}
          </>
        );
      }}
    </ActionForm>
  );
}

export function RepeatWeekForm({ productionId, performerId, week }: { productionId: string; performerId: string; week: string }) {
  return (
    <ActionForm action={repeatPlanWeekAction.bind(null, productionId, performerId, week)} label="Repeat this week" submit="Repeat the week" className="flex flex-wrap items-end gap-3">
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : {};
        return (
          <Field id="repeat-weeks" label={`Copy the week of ${formatDay(week)} onto the next … weeks (replacing their plan)`} error={e.weeks ?? e.week}>
            <input type="number" inputMode="numeric" min={1} max={26} name="weeks" defaultValue={v.weeks ?? "4"} className="field-input w-24" {...describedBy("repeat-weeks", e.weeks ?? e.week)} />
          </Field>
        );
      }}
    </ActionForm>
  );
}
