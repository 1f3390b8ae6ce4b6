import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { entryFormValues } from "@/components/entry-change-page";
import { LogSessionForm } from "@/components/forms/log-session-form";
import { getProductionScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/domain/calendar-day";
import { formatCount } from "@/lib/domain/format";
import { loadCorrectionView } from "@/lib/views/correct-session";
import { pageData, pageIds } from "@/lib/views/page-data";

export const metadata: Metadata = { title: "Correct an entry" };

export default async function CorrectSessionPage({ params }: { params: Promise<{ productionId: string; sessionId: string }> }) {
  const { productionId, sessionId } = await pageIds(params);
  const scope = await pageData(() => getProductionScope(productionId));
  const production = { ...scope.production, role: scope.role, today: scope.today };
  const { original, disciplines, refusal } = await pageData(() => loadCorrectionView(scope, sessionId));
  const back = `/productions/${productionId}/performers/${original.performerId}`;
  if (refusal?.status === 403) forbidden();
  if (refusal) {
    // Not a matter of role: this entry is in a state that is not corrected (still pending, already replaced…).
    return (
      <div className="card max-w-xl">
        <h1 className="text-xl font-bold">This entry is not corrected</h1>
        <p className="mt-2 text-stone-700">{refusal.message}.</p>
        <Link href={back} className="btn-secondary mt-4">
          Back to the logbook
        </Link>
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <Link href={back} className="inline-flex min-h-6 items-center text-sm text-stone-600 underline-offset-2 hover:underline">
          ← {original.performer.name}
        </Link>
        <h1 className="text-2xl font-bold">Correct an entry</h1>
        <p className="text-sm text-stone-600">
          The entry of {formatDay(original.date)} — {formatCount(original.count)} × {original.discipline.name} — is verified
          and locked. A correction is a new entry with the right values; once a coordinator verifies it, it replaces the original.
          Both stay in the history.
        </p>
      </div>
      <section className="card">
        <LogSessionForm
          productionId={productionId}
          performers={[]}
          fixedPerformer={{ id: original.performerId, name: original.performer.name }}
          disciplines={disciplines}
          today={production.today}
          correction={{
            correctsId: original.id,
            defaults: entryFormValues(original),
          }}
          afterSave={{ href: back, label: "Back to the logbook" }}
        />
      </section>
    </div>
  );
}
