import type { Metadata } from "next";
import { formatInstant } from "@/lib/domain/calendar-day";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { MemberActions } from "@/components/forms/member-actions";
import { CurrencyForm, DisciplineDetailsForm, DisciplineForm, LimitsForm, MemberForm, PolicyForm } from "@/components/forms/settings-forms";
import { ActionButton } from "@/components/forms/action-button";
import { setDisciplineArchivedAction } from "@/lib/actions/settings";
import { getProductionScope } from "@/lib/auth/scope";
import { pageData, pageIds } from "@/lib/views/page-data";
import { loadSettingsView } from "@/lib/views/settings";
import { CredentialList, EquipmentList } from "@/components/credential-lists";
import { CredentialForm, EquipmentForm } from "@/components/forms/credential-forms";
import { can } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "Production settings" };

export default async function SettingsPage({ params }: { params: Promise<{ productionId: string }> }) {
  const { productionId } = await pageIds(params);
  const scope = await pageData(() => getProductionScope(productionId));
  const production = { ...scope.production, role: scope.role, today: scope.today };
  if (!can(production.role, "production.manageSettings")) {
    forbidden();
  }
  const { disciplines, members, invitations, changes, credentials, equipment, people, self } = await pageData(() => loadSettingsView(scope));
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <Link href={`/productions/${productionId}`} className="inline-flex min-h-6 items-center text-sm text-stone-600 underline-offset-2 hover:underline">
          ← {production.name}
        </Link>
        <h1 className="text-2xl font-bold">Settings</h1>
      </div>
      <section className="card space-y-3" aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-lg font-semibold">
          Members
        </h2>
        <ul className="divide-y divide-stone-100 text-sm" data-testid="members">
          {members.map((m) => (
            <li key={m.userId} className="space-y-1 py-1.5">
              <div className="flex flex-wrap justify-between gap-2">
                <span>
                  <span className="font-medium">{m.name}</span> <span className="text-stone-600">{m.email}</span>
                </span>
                <span className="capitalize text-stone-700">
                  {m.role}
                  {m.performs ? " · performs" : ""}
                </span>
              </div>
              {m.userId === scope.actor.userId ? null : <MemberActions productionId={productionId} userId={m.userId} name={m.name} role={m.role} performs={m.performs} />}
            </li>
          ))}
        </ul>
        {invitations.length > 0 ? (
          <div>
            <h3 className="text-sm font-semibold">Invited, not yet answered</h3>
            <ul className="text-sm text-stone-700" data-testid="invitations-pending">
              {invitations.map((i) => (
                <li key={i.id}>
                  {i.email} <span className="capitalize text-stone-600">({i.role})</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <MemberForm productionId={productionId} />
      </section>
      <section className="card" aria-labelledby="policy-heading">
        <h2 id="policy-heading" className="mb-3 text-lg font-semibold">
          Sign-off policy
        </h2>
        <PolicyForm
          productionId={productionId}
          coordinatorLogsAreVerified={production.coordinatorLogsAreVerified}
          verifierCredentialKind={production.verifierCredentialKind}
        />
      </section>
      <section className="card" aria-labelledby="disciplines-heading">
        <h2 id="disciplines-heading" className="mb-3 text-lg font-semibold">
          Add a discipline
        </h2>
        <DisciplineForm productionId={productionId} />
      </section>
      <section className="space-y-3" aria-labelledby="limits-heading">
        <h2 id="limits-heading" className="text-lg font-semibold">
          Dose limits and currency
        </h2>
        <p className="text-sm text-stone-600">
          Leave a field empty for no limit. Soft limits warn when an entry goes over; hard limits refuse it. A currency rule says how recently
          a performer must have trained to stay current (pilots: 3 landings in 90 days); a lapse shows on the dashboard and blocks a stunt.
        </p>
        {disciplines
          .filter((d) => !d.archivedAt)
          .map((d) => (
            <div key={d.id} className="card space-y-4">
              <h3 className="font-semibold">{d.name}</h3>
              <DisciplineDetailsForm productionId={productionId} discipline={d} />
              <LimitsForm productionId={productionId} discipline={d} />
              <CurrencyForm productionId={productionId} discipline={d} />
              <ActionButton
                action={setDisciplineArchivedAction.bind(null, productionId, d.id, true)}
                label={`Archive ${d.name}`}
                pendingLabel="Archiving…"
                accessibleLabel={`Archive ${d.name}`}
                confirm={archiveQuestion(d.name, d._count.goals)}
                danger
              />
            </div>
          ))}
        {disciplines.some((d) => d.archivedAt) ? (
          <div className="card space-y-2" data-testid="archived-disciplines">
            <h3 className="font-semibold">Archived disciplines</h3>
            <p className="text-sm text-stone-600">No longer trained: nothing new is logged or planned in them and no goal is set; their entries stay in every logbook.</p>
            <ul className="divide-y divide-stone-100 text-sm">
              {disciplines
                .filter((d) => d.archivedAt)
                .map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      <span className="font-medium">{d.name}</span> · archived{" "}
                      <time dateTime={d.archivedAt!.toISOString()}>{formatInstant(d.archivedAt!, scope.production.timeZone)}</time>
                    </span>
                    <ActionButton action={setDisciplineArchivedAction.bind(null, productionId, d.id, false)} label={`Restore ${d.name}`} pendingLabel="Restoring…" accessibleLabel={`Restore ${d.name}`} />
                  </li>
                ))}
            </ul>
          </div>
        ) : null}
      </section>
      <section className="card space-y-3" aria-labelledby="credentials-heading" id="credentials">
        <h2 id="credentials-heading" className="text-lg font-semibold">
          Credentials
        </h2>
        <p className="text-sm text-stone-600">
          Licences, ratings, medicals and insurance of the team, soonest expiry first. Valid through the expiry day; expiring within 30 days. An
          expired medical or licence blocks a stunt&apos;s go / no-go.
        </p>
        <CredentialList productionId={productionId} items={credentials} showPerson canRemove={() => true} />
        <CredentialForm productionId={productionId} people={people} self={self} />
      </section>
      <section className="card space-y-3" aria-labelledby="equipment-heading" id="equipment">
        <h2 id="equipment-heading" className="text-lg font-semibold">
          Equipment
        </h2>
        <p className="text-sm text-stone-600">
          Rigs, reserves, AADs, bikes and helmets with their service interval or expiry, most urgent first. Due within 14 days is &quot;due
          soon&quot;; a stunt that depends on overdue equipment is not ready.
        </p>
        <EquipmentList productionId={productionId} items={equipment} manage />
        <EquipmentForm productionId={productionId} people={people} />
      </section>
      <section className="card" aria-labelledby="changes-heading">
        <h2 id="changes-heading" className="mb-1 text-lg font-semibold">
          Changes to safety settings
        </h2>
        <p className="mb-3 text-sm text-stone-600">Every change to dose limits, currency rules and the sign-off policy is kept, and cannot be edited.</p>
        {changes.length === 0 ? (
          <p className="text-sm text-stone-600">No changes yet.</p>
        ) : (
          <ol className="divide-y divide-stone-100 text-sm" data-testid="setting-changes">
            {changes.map((c) => (
              <li key={c.id} className="py-2">
                <p>
                  <span className="font-medium">{c.what}</span>: {c.change}
                </p>
                <p className="text-stone-600">
                  {c.actor} · <time dateTime={c.at}>{formatInstant(new Date(c.at), scope.production.timeZone)}</time>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** What archiving a discipline does, asked before it is done. */
function archiveQuestion(name: string, activeGoals: number): string {
  const goals = activeGoals === 0 ? "" : ` Its ${activeGoals} active goal${activeGoals === 1 ? "" : "s"} will be archived with it.`;
  return `Archive ${name}? Nothing new can be logged to it.${goals}`;
}
