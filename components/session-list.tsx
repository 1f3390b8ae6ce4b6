import Link from "next/link";
import { DeleteSessionButton } from "./forms/delete-session-button";
import { WitnessRequestForm } from "./forms/witness-request-form";
import { JumpTable } from "./jump-table";
import { SessionStatusBadge } from "./status-badge";
import { formatDay } from "@/lib/domain/calendar-day";
import type { LogbookEntry } from "@/lib/domain/logbook";
import { formatCount } from "@/lib/domain/format";
import { describeSigner, signerOf } from "@/lib/domain/witness";

/** "Verified by Coordinator (USPA D-1)" or "Verified by Kari Nordmann (D-12345), outside witness". */
function SignerLine({ entry }: { entry: LogbookEntry }) {
  const signer = signerOf(entry);
  return signer ? <p className="text-stone-600">{describeSigner(signer)}</p> : null;
}

/** What the viewer of a logbook may do to its entries (decided by the page from lib/domain/permissions). */
export interface LogbookRights {
  productionId: string;
  canChange: boolean;
  canReadHistory: boolean;
  /** Verified entries a pending correction would replace: they offer no second one. */
  beingCorrected?: readonly string[];
}

/** A performer's logbook: latest entries with their sign-off state and what may be done to them. */
export function SessionList({ sessions, rights }: { sessions: LogbookEntry[]; rights: LogbookRights }) {
  if (sessions.length === 0) return <p className="text-sm text-stone-600">No sessions logged yet.</p>;
  return (
    <ul className="divide-y divide-stone-100" data-testid="session-list">
      {sessions.map((s) => (
        <li key={s.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
          <div>
            <p className="font-medium">
              {formatDay(s.date)} · {formatCount(s.count)} × {s.discipline.name}
            </p>
            <p className="text-stone-600">
              {[s.location, s.durationMinutes ? `${s.durationMinutes} min` : null, s.rpe === null ? null : `effort ${s.rpe}/10 (RPE)`, `logged by ${s.loggedBy.name}`].filter(Boolean).join(" · ")}
            </p>
            {s.status === "verified" ? <SignerLine entry={s} /> : null}
            {s.status === "rejected" && s.rejectionReason ? <p className="text-red-800">Rejected: {s.rejectionReason}</p> : null}
            {s.correctsId ? <p className="text-amber-900">Correction: {s.correctionReason}</p> : null}
            {s.limitOverrideReason ? <p className="font-medium text-red-800">Dose limit overridden: {s.limitOverrideReason}</p> : null}
            {s.status === "superseded" ? <p className="text-stone-600">Replaced by a verified correction; no longer counts.</p> : null}
            {s.notes ? <p className="text-stone-700">“{s.notes}”</p> : null}
            {s.equipment?.length ? <p className="text-stone-600">Equipment: {s.equipment.map((e) => e.name).join(", ")}</p> : null}
            {s.jumps?.length ? <JumpTable jumps={s.jumps} /> : null}
            <p className="mt-1 flex flex-wrap gap-3">
              {/* Who may change an entry may log it, and so may ask a witness to sign it (lib/domain/witness.ts). */}
              {rights.canChange && s.status === "pending" ? (
                <WitnessRequestForm productionId={rights.productionId} sessionId={s.id} label={`the ${formatDay(s.date)} entry of ${s.count} ${s.discipline.name}`} />
              ) : null}
              {rights.canChange && s.status === "pending" ? (
                <DeleteSessionButton productionId={rights.productionId} sessionId={s.id} label={`the ${formatDay(s.date)} entry of ${s.count} ${s.discipline.name}`} />
              ) : null}
              {rights.canChange && s.status === "pending" ? (
                <Link href={`/productions/${rights.productionId}/sessions/${s.id}/edit`} className="inline-flex min-h-6 items-center text-sm underline underline-offset-2">
                  Edit…<span className="sr-only"> the {formatDay(s.date)} entry</span>
                </Link>
              ) : null}
              {rights.canChange && s.status === "rejected" ? (
                <Link href={`/productions/${rights.productionId}/sessions/${s.id}/again`} className="inline-flex min-h-6 items-center text-sm underline underline-offset-2">
                  Log again…<span className="sr-only"> the {formatDay(s.date)} entry</span>
                </Link>
              ) : null}
              {s.status === "verified" && rights.beingCorrected?.includes(s.id) ? (
                <span className="inline-flex min-h-6 items-center text-sm text-amber-900" data-testid="correction-pending">
                  A correction waits for sign-off
                </span>
              ) : rights.canChange && s.status === "verified" ? (
                <Link href={`/productions/${rights.productionId}/sessions/${s.id}/correct`} className="inline-flex min-h-6 items-center text-sm underline underline-offset-2">
                  Correct…
                </Link>
              ) : null}
              {rights.canReadHistory ? (
                <Link href={`/productions/${rights.productionId}/sessions/${s.id}/history`} className="inline-flex min-h-6 items-center text-sm text-stone-600 underline underline-offset-2">
                  History
                </Link>
              ) : null}
            </p>
          </div>
          <SessionStatusBadge status={s.status} />
        </li>
      ))}
    </ul>
  );
}
