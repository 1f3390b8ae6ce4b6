import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { SignOffActions } from "@/components/forms/sign-off-row";
import { requireActorOrSignIn } from "@/lib/auth/actor";
import { formatDay } from "@/lib/calendar-day";
import { getProductionForMember } from "@/lib/data/productions";
import { listPendingSessions } from "@/lib/data/sign-off";
import { formatCount } from "@/lib/format";
import { pageData } from "@/lib/page-data";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Sign-off queue" };

export default async function SignOffPage({ params }: { params: Promise<{ productionId: string }> }) {
  const { productionId } = await params;
  const actor = await requireActorOrSignIn();
  const production = await pageData(() => getProductionForMember(actor, productionId));
  if (!can(production.role, "session.verify")) {
    return <Forbidden message="Only coordinators sign off training entries." backHref="/" />;
  }
  const pending = await pageData(() => listPendingSessions(actor, productionId));
  return (
    <div className="space-y-4">
      <div>
        <Link href={`/productions/${productionId}`} className="text-sm text-stone-600 underline-offset-2 hover:underline">
          ← {production.name}
        </Link>
        <h1 className="text-2xl font-bold">Awaiting sign-off</h1>
        <p className="text-sm text-stone-600">Oldest first. Nobody can sign off their own entry.</p>
      </div>
      {pending.length === 0 ? (
        <p className="card text-stone-700">Nothing is waiting. Every entry is signed off.</p>
      ) : (
        <ul className="space-y-3">
          {pending.map((s) => (
            <li key={s.id} className="card grid gap-3 sm:grid-cols-[1fr_auto]" data-testid="pending-session">
              <div className="text-sm">
                <p className="text-base font-semibold">
                  {s.performer.name}: {formatCount(s.count)} × {s.discipline.name.toLowerCase()}
                </p>
                <p className="text-stone-600">
                  {formatDay(s.date)}
                  {s.location ? ` · ${s.location}` : ""}
                  {s.durationMinutes ? ` · ${s.durationMinutes} min` : ""} · logged by {s.loggedBy.name}
                </p>
                {s.notes ? <p className="mt-1 text-stone-700">“{s.notes}”</p> : null}
              </div>
              <SignOffActions productionId={productionId} sessionId={s.id} ownEntry={s.performerId === actor.userId} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
