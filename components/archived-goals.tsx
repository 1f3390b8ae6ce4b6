import { formatDay, formatInstant } from "@/lib/domain/calendar-day";
import { formatCount } from "@/lib/domain/format";
import { setGoalArchivedAction } from "@/lib/actions/settings";
import { ActionButton } from "./forms/action-button";

export interface ArchivedGoal {
  goalId: string;
  discipline: string;
  unit: string;
  disciplineArchived: boolean;
  target: number;
  done: number;
  startDate: string;
  deadline: string;
  archivedAt: Date;
}

/**
 * A performer's archived goals, folded away under the active ones: kept with
 * their count so nobody wonders where a goal went, restorable by a coordinator.
 */
export function ArchivedGoals({ productionId, goals, timeZone, canRestore }: { productionId: string; goals: ArchivedGoal[]; timeZone: string; canRestore: boolean }) {
  if (goals.length === 0) return null;
  return (
    <details className="card" data-testid="archived-goals">
      <summary className="cursor-pointer font-semibold">
        Archived goals ({goals.length})
      </summary>
      <p className="mt-2 text-sm text-stone-600">Off the dashboard, the forecasts and every verdict. Their entries stay in the logbook.</p>
      <ul className="mt-2 divide-y divide-stone-100 text-sm">
        {goals.map((g) => (
          <li key={g.goalId} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{g.discipline}</span>: {formatCount(g.done)} / {formatCount(g.target)} {g.unit}s, {formatDay(g.startDate)} to{" "}
              {formatDay(g.deadline)} · archived <time dateTime={g.archivedAt.toISOString()}>{formatInstant(g.archivedAt, timeZone)}</time>
            </span>
            {canRestore && !g.disciplineArchived ? (
              <ActionButton
                action={setGoalArchivedAction.bind(null, productionId, g.goalId, false)}
                label="Restore"
                pendingLabel="Restoring…"
                accessibleLabel={`Restore the ${g.discipline} goal`}
              />
            ) : null}
            {canRestore && g.disciplineArchived ? <span className="text-stone-600">{g.discipline} is archived: restore it in Settings first</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
