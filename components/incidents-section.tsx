import { CloseIncidentForm, IncidentForm } from "./forms/safety-forms";
import { formatDay } from "@/lib/domain/calendar-day";

interface IncidentRow {
  id: string;
  occurredOn: string;
  severity: string;
  status: string;
  performerId: string | null;
  description: string;
  followUp: string | null;
  unavailableUntil?: string | null;
}

/**
 * Incidents and near misses of a performer or a stunt: the list, a close form
 * for coordinators, and a report form for everyone allowed to report.
 */
export function IncidentsSection({
  productionId,
  today,
  incidents,
  performers,
  stuntId,
  canReport,
  canClose,
}: {
  productionId: string;
  today: string;
  incidents: IncidentRow[];
  performers: { id: string; name: string }[];
  stuntId?: string;
  canReport: boolean;
  canClose: boolean;
}) {
  const names = new Map(performers.map((p) => [p.id, p.name]));
  return (
    <section className="card space-y-3" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading" className="text-lg font-semibold">
        Incidents and near misses
      </h2>
      {incidents.length === 0 ? <p className="text-sm text-stone-600">None reported.</p> : null}
      <ul className="divide-y divide-stone-100">
        {incidents.map((i) => (
          <li key={i.id} className="py-2 text-sm" data-testid="incident">
            <p className="font-semibold">
              {formatDay(i.occurredOn)} · {i.severity.replace("_", " ")} · {i.status}
              {i.performerId && names.size > 1 ? ` · ${names.get(i.performerId) ?? ""}` : ""}
            </p>
            <p>{i.description}</p>
            {i.followUp ? <p className="text-stone-600">Follow-up: {i.followUp}</p> : null}
            {i.unavailableUntil ? (
              <p className={i.unavailableUntil >= today ? "font-medium text-red-800" : "text-stone-600"} data-testid="unavailable">
                {i.unavailableUntil >= today ? "Unavailable until" : "Was unavailable until"} {formatDay(i.unavailableUntil)}
              </p>
            ) : null}
            {i.status === "open" && canClose ? (
              <div className="mt-2 print:hidden">
                <CloseIncidentForm productionId={productionId} incidentId={i.id} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {canReport ? (
        <details className="print:hidden" id="report-incident">
          <summary className="cursor-pointer py-1 font-medium">Report an incident or near miss</summary>
          <div className="mt-3">
            <IncidentForm productionId={productionId} today={today} performers={performers} stuntId={stuntId} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
