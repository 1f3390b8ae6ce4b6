import type { Metadata } from "next";
import Link from "next/link";
import { StuntForm } from "@/components/forms/safety-forms";
import { getProductionScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/domain/calendar-day";
import { pageData, pageIds } from "@/lib/views/page-data";
import { loadStuntsView } from "@/lib/views/stunts";

export const metadata: Metadata = { title: "Stunts" };

export default async function StuntsPage({ params }: { params: Promise<{ productionId: string }> }) {
  const { productionId } = await pageIds(params);
  const scope = await pageData(() => getProductionScope(productionId));
  const production = { ...scope.production, role: scope.role, today: scope.today };
  const { stunts, performers, disciplines, equipment, manage } = await pageData(() => loadStuntsView(scope));
  return (
    <div className="space-y-4">
      <div>
        <Link href="/" className="inline-flex min-h-6 items-center text-sm text-stone-600 underline-offset-2 hover:underline">
          ← {production.name}
        </Link>
        <h1 className="text-2xl font-bold">Stunts</h1>
        <p className="text-sm text-stone-600">The shots, their take ledgers and their go / no-go verdicts.</p>
      </div>
      {stunts.length === 0 ? <p className="card text-stone-600">No stunts yet.</p> : null}
      <ul className="grid gap-3 sm:grid-cols-2">
        {stunts.map((s) => (
          <li key={s.id}>
            <Link href={`/productions/${productionId}/stunts/${s.id}`} className="card block hover:border-stone-400">
              <span className="block text-lg font-semibold">{s.name}</span>
              <span className="text-sm text-stone-600">
                {s.plannedDate ? `Planned ${formatDay(s.plannedDate)} · ` : ""}
                {s.performerIds.length} performer{s.performerIds.length === 1 ? "" : "s"} · {s.takes} take{s.takes === 1 ? "" : "s"}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {manage ? (
        <section className="card" aria-labelledby="new-stunt">
          <h2 id="new-stunt" className="mb-3 text-lg font-semibold">
            Add a stunt
          </h2>
          <StuntForm
            productionId={productionId}
            performers={performers.map((p) => ({ id: p.performerId, name: p.name }))}
            disciplines={disciplines.map((d) => ({ id: d.id, name: d.name }))}
            equipment={equipment}
          />
        </section>
      ) : null}
    </div>
  );
}
