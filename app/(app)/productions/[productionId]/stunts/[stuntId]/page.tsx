import type { Metadata } from "next";
import Link from "next/link";
import { TakeForm } from "@/components/forms/safety-forms";
import { IncidentsSection } from "@/components/incidents-section";
import { getProductionScope } from "@/lib/auth/scope";
import { formatDay, formatInstant } from "@/lib/domain/calendar-day";
import { DossiersSection } from "@/components/dossiers-section";
import { formatCount } from "@/lib/domain/format";
import { pageData, pageIds } from "@/lib/views/page-data";
import { loadStuntView } from "@/lib/views/stunts";
import { can } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "Stunt" };

const VERDICT = {
  ready: { text: "Ready", style: "border-emerald-400 bg-emerald-50 text-emerald-900" },
  ready_with_warnings: { text: "Ready, with open warnings", style: "border-amber-400 bg-amber-50 text-amber-900" },
  not_ready: { text: "Not ready", style: "border-red-400 bg-red-50 text-red-900" },
} as const;

export default async function StuntPage({ params }: { params: Promise<{ productionId: string; stuntId: string }> }) {
  const { productionId, stuntId } = await pageIds(params);
  const scope = await pageData(() => getProductionScope(productionId));
  const production = { ...scope.production, role: scope.role, today: scope.today };
  const { stunt, readiness, performers: lines, incidents, dossiers, canSeal, timeZone } = await pageData(() => loadStuntView(scope, stuntId));
  const verdict = VERDICT[readiness.verdict];
  const preparation = stunt.preparation.map((p) => `${formatCount(p.reps)} × ${p.discipline}`).join(", ");
  const performers = stunt.performers.map((p) => ({ id: p.performerId, name: p.name }));

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/productions/${productionId}/stunts`} className="inline-flex min-h-6 items-center text-sm text-stone-600 underline-offset-2 hover:underline">
          ← Stunts
        </Link>
        <h1 className="text-2xl font-bold">{stunt.name}</h1>
        <p className="text-stone-700" data-testid="stunt-summary">
          {stunt.takes.length} take{stunt.takes.length === 1 ? "" : "s"}
          {preparation ? `; ${preparation} of preparation` : ""}
          {stunt.plannedDate ? ` · planned ${formatDay(stunt.plannedDate)}` : ""} · {stunt.performers.map((p) => p.name).join(", ")}
        </p>
      </div>

      <section aria-labelledby="verdict-heading" className={`rounded-lg border-2 p-4 ${verdict.style}`} data-testid="verdict" data-verdict={readiness.verdict}>
        <h2 id="verdict-heading" className="text-sm font-semibold uppercase tracking-wide">
          Go / no-go · as of {formatDay(readiness.asOf)}
        </h2>
        <p className="text-3xl font-black">{verdict.text}</p>
        {readiness.hiddenReasons > 0 ? (
          <p className="mt-1 text-sm">
            {readiness.hiddenReasons} more reason{readiness.hiddenReasons === 1 ? "" : "s"} concern other performers; coordinators and viewers see
            them.
          </p>
        ) : null}
        <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Each performer" data-testid="performer-verdicts">
          {lines.map((p) => (
            <li key={p.performerId} className="rounded border border-current px-2 py-0.5">
              <b>{p.name}</b>: {VERDICT[p.verdict].text.toLowerCase()}
              {p.blocking ? ` (${p.blocking} blocking)` : p.warnings ? ` (${p.warnings} ${p.warnings === 1 ? "warning" : "warnings"})` : ""}
            </li>
          ))}
        </ul>
        {readiness.reasons.length ? (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {readiness.reasons.map((r, i) => (
              <li key={i}>
                <span className="font-semibold">{r.blocking ? "Blocking" : "Warning"}:</span> {r.message}
              </li>
            ))}
          </ul>
        ) : readiness.hiddenReasons === 0 ? (
          <p className="mt-1">Every preparing goal is done and verified; nothing is pending or open.</p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="takes-heading">
        <h2 id="takes-heading" className="mb-2 text-lg font-semibold">
          Take ledger
        </h2>
        {stunt.takes.length === 0 ? (
          <p className="text-sm text-stone-600">No takes yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-200 text-stone-600">
                <th className="py-1 pr-2">Take</th>
                <th className="py-1 pr-2">Performer</th>
                <th className="py-1 pr-2">Time</th>
                <th className="py-1 pr-2">Outcome</th>
                <th className="py-1">Notes</th>
              </tr>
            </thead>
            <tbody>
              {stunt.takes.map((t) => (
                <tr key={t.id} className="border-b border-stone-100" data-testid="take-row">
                  <td className="py-1 pr-2 font-semibold">{t.number}</td>
                  <td className="py-1 pr-2">{t.performer}</td>
                  <td className="py-1 pr-2">{formatInstant(new Date(t.at), timeZone)}</td>
                  <td className="py-1 pr-2">{t.outcome.replace("_", " ")}</td>
                  <td className="py-1">{t.notes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {can(production.role, "take.log") ? (
          <div className="mt-4 print:hidden">
            <TakeForm productionId={productionId} stuntId={stuntId} performers={performers} notReady={readiness.verdict === "not_ready"} />
          </div>
        ) : null}
      </section>

      <IncidentsSection
        productionId={productionId}
        today={production.today}
        incidents={incidents}
        performers={performers}
        stuntId={stuntId}
        canReport={can(production.role, "incident.report")}
        canClose={can(production.role, "incident.manage")}
      />

      {dossiers ? <DossiersSection productionId={productionId} stuntId={stuntId} dossiers={dossiers} canSeal={canSeal} timeZone={timeZone} /> : null}
    </div>
  );
}
