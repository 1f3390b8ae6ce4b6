import { formatInstant } from "@/lib/domain/calendar-day";
import { SealDossierForm } from "./forms/safety-forms";

// A stunt's sealed dossiers: each with its seal, the verdict it froze, and the
// files; coordinators seal a new one here.

const VERDICT: Record<string, string> = { ready: "Ready", ready_with_warnings: "Ready with warnings", not_ready: "Not ready" };

interface DossierRow {
  id: string;
  sha256: string;
  verdict: string;
  createdAt: string;
  createdBy: { name: string };
  url: string;
}

export function DossiersSection({ productionId, stuntId, dossiers, canSeal, timeZone }: { productionId: string; stuntId: string; dossiers: DossierRow[]; canSeal: boolean; timeZone: string }) {
  const file = (id: string, suffix: string) => `/api/v1/productions/${productionId}/dossiers/${id}${suffix}`;
  return (
    <section className="card" aria-labelledby="dossiers-heading" data-testid="dossiers">
      <h2 id="dossiers-heading" className="mb-1 text-lg font-semibold">
        Sealed dossiers
      </h2>
      <p className="mb-3 text-sm text-stone-600">
        Evidence frozen for the insurer or the record. Anyone can check a seal, without an account, at the address printed on its PDF.
      </p>
      {dossiers.length === 0 ? (
        <p className="text-sm text-stone-600">No dossier sealed yet.</p>
      ) : (
        <ul className="divide-y divide-stone-100 text-sm">
          {dossiers.map((d) => (
            <li key={d.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2" data-testid="dossier-row">
              <span className="font-medium">
                {formatInstant(new Date(d.createdAt), timeZone)} · {VERDICT[d.verdict] ?? d.verdict}
              </span>
              <span className="text-stone-600">by {d.createdBy.name}</span>
              <span className="font-mono text-xs text-stone-600" title={d.sha256}>
                SHA-256 {d.sha256.slice(0, 16)}…
              </span>
              <span className="flex flex-wrap gap-3">
                <a className="inline-block py-1 underline" href={file(d.id, ".pdf")}>
                  PDF (A4)
                </a>
                <a className="inline-block py-1 underline" href={file(d.id, ".pdf?paper=letter")}>
                  PDF (Letter)
                </a>
                <a className="inline-block py-1 underline" href={file(d.id, ".json")}>
                  JSON
                </a>
                <a className="inline-block py-1 underline" href={`/verify/${d.sha256}`}>
                  Check the seal
                </a>
              </span>
            </li>
          ))}
        </ul>
      )}
      {canSeal ? (
        <div className="mt-4 print:hidden">
          <SealDossierForm productionId={productionId} stuntId={stuntId} />
        </div>
      ) : null}
    </section>
  );
}
