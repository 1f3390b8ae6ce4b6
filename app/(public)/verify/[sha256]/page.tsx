import type { Metadata } from "next";
import { connection } from "next/server";
import { formatDay, formatInstant } from "@/lib/domain/calendar-day";
import { pageData, pageIds } from "@/lib/views/page-data";
import { loadSealView } from "@/lib/views/verify";

// Public, no account: the page a sealed dossier's QR code opens. It says what
// the seal states and whether it still holds, nothing of the evidence itself.
export const metadata: Metadata = { title: "Check a sealed dossier", robots: { index: false, follow: false } };

const VERDICT: Record<string, string> = { ready: "Ready", ready_with_warnings: "Ready with warnings", not_ready: "Not ready" };

export default async function VerifyPage({ params }: { params: Promise<{ sha256: string }> }) {
  // Read on every request: whether the record still holds can change.
  await connection();
  const { sha256 } = await pageIds(params);
  const check = await pageData(() => loadSealView(sha256));
  const s = check.statement;
  const holds = check.contentIntact && check.chain.ok;
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-8">
      <p className="mb-4 text-2xl font-black tracking-tight">
        Stunt<span className="text-brand-text">book</span>
      </p>
      <h1 className="mb-4 text-xl font-semibold">Sealed dossier</h1>
      <p role="status" data-testid="seal-status" className={`card mb-4 text-sm font-medium ${holds ? "text-emerald-900" : "text-red-900"}`}>
        {holds
          ? "This seal holds: the dossier is on record exactly as sealed, and the production's audit record still holds up to the point it names."
          : !check.contentIntact
            ? "This seal does NOT hold: the dossier on record no longer matches its seal."
            : `This seal does NOT hold: the production's audit record has changed since it was sealed (${check.chain.ok ? "" : check.chain.problem}).`}
      </p>
      <dl className="card grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm" data-testid="seal-statement">
        <dt className="text-stone-600">Stunt</dt>
        <dd>{s.stunt}</dd>
        <dt className="text-stone-600">Production</dt>
        <dd>{s.production}</dd>
        {s.plannedDate ? (
          <>
            <dt className="text-stone-600">Planned for</dt>
            <dd>{formatDay(s.plannedDate)}</dd>
          </>
        ) : null}
        <dt className="text-stone-600">Verdict sealed</dt>
        <dd className="font-semibold">{VERDICT[s.verdict] ?? s.verdict}</dd>
        <dt className="text-stone-600">Sealed</dt>
        <dd>
          {formatInstant(new Date(s.sealedAt), s.timeZone)} ({s.timeZone}) by {s.sealedBy}
        </dd>
        <dt className="text-stone-600">Audit record</dt>
        <dd>{s.auditChain.entries.toLocaleString("en-US")} entries</dd>
        <dt className="text-stone-600">SHA-256</dt>
        <dd className="font-mono text-xs break-all">{s.sha256}</dd>
        <dt className="text-stone-600">Chain head</dt>
        <dd className="font-mono text-xs break-all">{s.auditChain.head}</dd>
      </dl>
      <p className="mt-4 text-xs text-stone-600">Checked {formatInstant(new Date(check.checkedAt), s.timeZone)} ({s.timeZone}). The dossier itself is kept by the production; ask its coordinator for a copy.</p>
    </main>
  );
}
