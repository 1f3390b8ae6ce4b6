import { ActionButton } from "./forms/action-button";
import { CredentialScanUpload } from "./forms/credential-scan";
import { equipmentServicedAction, removeCredentialAction, removeEquipmentAction } from "@/lib/actions/credentials";
import { formatDay } from "@/lib/domain/calendar-day";

const BADGE: Record<string, { text: string; className: string }> = {
  valid: { text: "Valid", className: "bg-emerald-100 text-emerald-900" },
  ok: { text: "OK", className: "bg-emerald-100 text-emerald-900" },
  expiring: { text: "Expiring soon", className: "bg-amber-100 text-amber-900" },
  due_soon: { text: "Due soon", className: "bg-amber-100 text-amber-900" },
  expired: { text: "Expired", className: "bg-red-100 text-red-900" },
  overdue: { text: "Overdue", className: "bg-red-100 text-red-900" },
};

function Badge({ status }: { status: string }) {
  const b = BADGE[status] ?? { text: status, className: "bg-stone-100" };
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${b.className}`}>{b.text}</span>;
}

export interface CredentialRow {
  id: string;
  userId: string;
  person: string;
  kind: string;
  name: string;
  number: string | null;
  expiresOn: string | null;
  status: string;
  scanName: string | null;
}

/** Credentials with their status; a remove button where the viewer may manage them. */
export function CredentialList({ productionId, items, showPerson, canRemove }: { productionId: string; items: CredentialRow[]; showPerson: boolean; canRemove: (c: CredentialRow) => boolean }) {
  if (items.length === 0) return <p className="text-sm text-stone-600">No credentials recorded yet.</p>;
  return (
    <ul className="divide-y divide-stone-100 text-sm" data-testid="credential-list">
      {items.map((c) => (
        <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{c.name}</span>
            <span className="text-stone-600">
              {" "}
              — {c.kind}
              {c.number ? ` ${c.number}` : ""}
              {showPerson ? `, ${c.person}` : ""}; {c.expiresOn ? `${c.status === "expired" ? "expired" : "valid through"} ${formatDay(c.expiresOn)}` : "does not expire"}
            </span>
          </span>
          <span className="inline-flex flex-wrap items-center gap-3">
            <Badge status={c.status} />
            {c.scanName ? (
              <a href={`/api/v1/productions/${productionId}/credentials/${c.id}/scan`} className="inline-flex min-h-6 items-center text-sm underline underline-offset-2" target="_blank" rel="noopener">
                View scan<span className="sr-only"> of {c.name}</span>
              </a>
            ) : null}
            {canRemove(c) ? <CredentialScanUpload productionId={productionId} credentialId={c.id} label={`${c.name} of ${c.person}`} hasScan={c.scanName !== null} /> : null}
            {canRemove(c) ? (
              <ActionButton
                action={removeCredentialAction.bind(null, productionId, c.id)}
                label="Remove"
                pendingLabel="Removing…"
                accessibleLabel={`Remove ${c.name} of ${c.person}`}
                confirm={`Remove ${c.name} of ${c.person}?`}
                danger
              />
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

export interface EquipmentRow {
  id: string;
  name: string;
  kind: string;
  owner: string | null;
  serviceIntervalDays: number | null;
  lastServiceOn: string | null;
  dueOn: string | null;
  status: string;
}

function due(e: EquipmentRow): string {
  if (e.status === "overdue" && e.dueOn === null) return "no service on record";
  if (!e.dueOn) return "no service due";
  return `${e.status === "overdue" ? "was due" : "due"} ${formatDay(e.dueOn)}`;
}

/** Equipment with its service state; coordinators mark a service done or remove it. */
export function EquipmentList({ productionId, items, manage }: { productionId: string; items: EquipmentRow[]; manage: boolean }) {
  if (items.length === 0) return <p className="text-sm text-stone-600">No equipment recorded yet.</p>;
  return (
    <ul className="divide-y divide-stone-100 text-sm" data-testid="equipment-list">
      {items.map((e) => (
        <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{e.name}</span>
            <span className="text-stone-600">
              {" "}
              — {e.kind}, {e.owner ?? "the production's"}; {due(e)}
              {e.serviceIntervalDays ? ` (every ${e.serviceIntervalDays} days${e.lastServiceOn ? `, last ${formatDay(e.lastServiceOn)}` : ""})` : ""}
            </span>
          </span>
          <span className="inline-flex flex-wrap items-center gap-3">
            <Badge status={e.status} />
            {manage && e.serviceIntervalDays ? (
              <ActionButton action={equipmentServicedAction.bind(null, productionId, e.id)} label="Serviced today" pendingLabel="Saving…" accessibleLabel={`Mark ${e.name} serviced today`} />
            ) : null}
            {manage ? (
              <ActionButton
                action={removeEquipmentAction.bind(null, productionId, e.id)}
                label="Remove"
                pendingLabel="Removing…"
                accessibleLabel={`Remove ${e.name}`}
                confirm={`Remove ${e.name}?`}
                danger
              />
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
