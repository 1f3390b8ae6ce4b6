import { SessionStatusBadge } from "./status-badge";
import { formatDay } from "@/lib/calendar-day";
import type { TrainingSessionRow } from "@/lib/data/training-sessions";
import { formatCount } from "@/lib/format";

/** A performer's logbook: latest entries with their sign-off state. */
export function SessionList({ sessions }: { sessions: TrainingSessionRow[] }) {
  if (sessions.length === 0) return <p className="text-sm text-stone-600">No sessions logged yet.</p>;
  return (
    <ul className="divide-y divide-stone-100" data-testid="session-list">
      {sessions.map((s) => (
        <li key={s.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
          <div>
            <p className="font-medium">
              {formatDay(s.date)} · {formatCount(s.count)} × {s.discipline.name.toLowerCase()}
            </p>
            <p className="text-stone-600">
              {[s.location, s.durationMinutes ? `${s.durationMinutes} min` : null, `logged by ${s.loggedBy.name}`].filter(Boolean).join(" · ")}
            </p>
            {s.status === "verified" && s.verifiedBy ? (
              <p className="text-stone-600">
                Verified by {s.verifiedBy.name}
                {s.verifiedBy.credential ? ` (${s.verifiedBy.credential})` : ""}
              </p>
            ) : null}
            {s.status === "rejected" && s.rejectionReason ? <p className="text-red-800">Rejected: {s.rejectionReason}</p> : null}
            {s.notes ? <p className="text-stone-700">“{s.notes}”</p> : null}
          </div>
          <SessionStatusBadge status={s.status} />
        </li>
      ))}
    </ul>
  );
}
