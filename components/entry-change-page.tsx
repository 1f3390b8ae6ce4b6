import Link from "next/link";
import { forbidden } from "next/navigation";
import { LogSessionForm } from "@/components/forms/log-session-form";
import { formatDay } from "@/lib/domain/calendar-day";
import { formatCount } from "@/lib/domain/format";
import type { LogbookEntry } from "@/lib/domain/logbook";
import type { Refusal } from "@/lib/domain/permissions";

/** An entry's values as the log form's fields start from them (a correction, an edit, a rejected entry logged again). */
function entryFormValues(entry: { disciplineId: string; date: string; count: number; durationMinutes: number | null; rpe: number | null; location: string | null; notes: string | null }) {
  return {
    disciplineId: entry.disciplineId,
    date: entry.date,
    count: String(entry.count),
    durationMinutes: entry.durationMinutes ? String(entry.durationMinutes) : "",
    rpe: entry.rpe === null ? "" : String(entry.rpe),
    location: entry.location ?? "",
    notes: entry.notes ?? "",
  };
}

// One page for the three ways an entry is changed: a pending entry edited in
// place, a rejected one logged again as a new entry, a verified (locked) one
// corrected by a new entry that replaces it once verified.

export type EntryChange = "edit" | "again" | "correct";

const TEXT: Record<EntryChange, { title: string; refused: string; intro: string }> = {
  edit: { title: "Edit an entry", refused: "edited", intro: "It waits for sign-off, so it can still change. The change is kept in its history." },
  again: { title: "Log an entry again", refused: "logged again", intro: "It was sent back. Log it again with the right values: a new entry, which waits for sign-off." },
  correct: {
    title: "Correct an entry",
    refused: "corrected",
    intro: "It is verified and locked. A correction is a new entry with the right values; once a coordinator verifies it, it replaces the original. Both stay in the history.",
  },
};

export function EntryChangePage({
  productionId,
  change,
  today,
  entry,
  disciplines,
  refusal,
}: {
  productionId: string;
  change: EntryChange;
  today: string;
  entry: Pick<LogbookEntry, "id" | "performerId" | "disciplineId" | "date" | "count" | "durationMinutes" | "rpe" | "location" | "notes" | "rejectionReason"> & {
    performer: { name: string };
    discipline: { name: string };
  };
  disciplines: { id: string; name: string; unit: string; recordsJumps?: boolean }[];
  refusal: Refusal | null;
}) {
  const back = `/productions/${productionId}/performers/${entry.performerId}`;
  if (refusal?.status === 403) forbidden();
  if (refusal) {
    return (
      <div className="card max-w-xl">
        <h1 className="text-xl font-bold">This entry is not {TEXT[change].refused}</h1>
        <p className="mt-2 text-stone-700">{refusal.message}.</p>
        <Link href={back} className="btn-secondary mt-4">
          Back to the logbook
        </Link>
      </div>
    );
  }
  const defaults = entryFormValues(entry);

  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <Link href={back} className="inline-flex min-h-6 items-center text-sm text-stone-600 underline-offset-2 hover:underline">
          ← {entry.performer.name}
        </Link>
        <h1 className="text-2xl font-bold">{TEXT[change].title}</h1>
        <p className="text-sm text-stone-600">
          The entry of {formatDay(entry.date)} — {formatCount(entry.count)} × {entry.discipline.name}
          {change === "again" && entry.rejectionReason ? `, sent back: “${entry.rejectionReason}”` : ""}. {TEXT[change].intro}
        </p>
      </div>
      <section className="card">
        <LogSessionForm
          productionId={productionId}
          performers={[]}
          fixedPerformer={{ id: entry.performerId, name: entry.performer.name }}
          disciplines={disciplines}
          today={today}
          {...(change === "edit" ? { editing: { sessionId: entry.id, defaults } } : change === "correct" ? { correction: { correctsId: entry.id, defaults } } : { prefill: defaults })}
          afterSave={{ href: back, label: "Back to the logbook" }}
        />
      </section>
    </div>
  );
}
