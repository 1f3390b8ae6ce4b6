import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { BULK_FORM_ID, BulkVerifyForm } from "@/components/forms/bulk-verify-form";
import { SignOffActions } from "@/components/forms/sign-off-row";
import { getProductionScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/domain/calendar-day";
import { formatCount, formatWaited } from "@/lib/domain/format";
import { pageData, pageIds } from "@/lib/views/page-data";
import { loadSignOffView } from "@/lib/views/sign-off";
import { can } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "Sign-off queue" };

export default async function SignOffPage({
  params,
  searchParams,
}: {
  params: Promise<{ productionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { productionId } = await pageIds(params);
  const query = await searchParams;
  const scope = await pageData(() => getProductionScope(productionId));
  const { actor } = scope;
  const production = { ...scope.production, role: scope.role, today: scope.today };
  if (!can(production.role, "session.verify")) {
    forbidden();
  }
  const filterBy = typeof query.performerId === "string" ? query.performerId : undefined;
  const { pending, performers, performerId, originals, total, selectable } = await pageData(() => loadSignOffView(scope, { performerId: filterBy }));
  const now = new Date();
  return (
    <div className="space-y-4">
      <div>
        <Link href={`/productions/${productionId}`} className="inline-flex min-h-6 items-center text-sm text-stone-600 underline-offset-2 hover:underline">
          ← {production.name}
        </Link>
        <h1 className="text-2xl font-bold">Awaiting sign-off</h1>
        <p className="text-sm text-stone-600">
          Oldest first. Nobody can sign off their own entry; a signed entry is locked.{" "}
          {production.coordinatorLogsAreVerified
            ? "Entries a coordinator logs for someone else count as that coordinator's signature."
            : "Entries coordinators log also wait here for another coordinator."}
        </p>
      </div>
      {performers.length > 1 ? (
        <form method="get" className="flex flex-wrap items-end gap-2 text-sm" aria-label="Filter the queue">
          <label className="grid gap-1">
            <span className="font-medium">Performer</span>
            <select name="performerId" defaultValue={performerId ?? ""} className="field-input !mt-0">
              <option value="">Everyone ({total})</option>
              {performers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn-secondary">
            Show
          </button>
        </form>
      ) : null}
      {pending.length === 0 ? (
        <p className="card text-stone-700">Nothing is waiting. Every entry is signed off.</p>
      ) : (
        <>
          <BulkVerifyForm productionId={productionId} selectable={selectable} />
          <ul className="space-y-3">
            {pending.map((s) => {
              const own = s.performerId === actor.userId;
              const title = `${s.performer.name}: ${formatCount(s.count)} × ${s.discipline.name}`;
              return (
                <li key={s.id} className="card grid gap-3 sm:grid-cols-[auto_1fr_auto]" data-testid="pending-session">
                  <div className="pt-1">
                    {own ? null : (
                      <input type="checkbox" name="sessionIds" value={s.id} form={BULK_FORM_ID} aria-label={`Select ${title}, ${formatDay(s.date)}`} className="h-5 w-5" />
                    )}
                  </div>
                  <div className="text-sm">
                    <p className="text-base font-semibold">{title}</p>
                    <p className="text-stone-600">
                      {formatDay(s.date)}
                      {s.location ? ` · ${s.location}` : ""}
                      {s.durationMinutes ? ` · ${s.durationMinutes} min` : ""} · logged by {s.loggedBy.name} ·{" "}
                      <span data-testid="waited">waiting {formatWaited(s.createdAt, now)}</span>
                    </p>
                    {s.correctsId ? (
                      <div className="mt-1 text-amber-900">
                        <p className="font-medium">Correction of a verified entry — {s.correctionReason}. Verifying it replaces that entry.</p>
                        {originals.get(s.correctsId) ? (
                          <p data-testid="correction-change">
                            {((o) => `${formatCount(o.count)} × ${o.discipline} on ${formatDay(o.date)}${o.durationMinutes ? `, ${o.durationMinutes} min` : ""}`)(originals.get(s.correctsId)!)} →{" "}
                            {`${formatCount(s.count)} × ${s.discipline.name} on ${formatDay(s.date)}${s.durationMinutes ? `, ${s.durationMinutes} min` : ""}`}
                          </p>
                        ) : null}
                      </div>
                    ) : null}
                    {s.notes ? <p className="mt-1 text-stone-700">“{s.notes}”</p> : null}
                    <Link href={`/productions/${productionId}/sessions/${s.id}/history`} className="mt-1 inline-block text-stone-600 underline underline-offset-2">
                      History
                    </Link>
                  </div>
                  <SignOffActions productionId={productionId} sessionId={s.id} ownEntry={own} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
