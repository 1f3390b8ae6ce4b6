import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ImportLogbookForm } from "@/components/forms/import-logbook-form";
import { LogSessionForm } from "@/components/forms/log-session-form";
import { ArchivedGoals } from "@/components/archived-goals";
import { GoalCard } from "@/components/goal-card";
import { CurrencyList } from "@/components/currency-list";
import { CredentialList } from "@/components/credential-lists";
import { CredentialForm } from "@/components/forms/credential-forms";
import { GoalRow } from "@/components/goal-row";
import { ReadinessChart } from "@/components/charts/readiness-chart";
import { CheckInForm } from "@/components/forms/safety-forms";
import { GoalForm } from "@/components/forms/settings-forms";
import { IncidentsSection } from "@/components/incidents-section";
import { LogbookFilters } from "@/components/logbook-filters";
import { SessionList } from "@/components/session-list";
import { TrainingLoadSection } from "@/components/training-load-section";
import { getProductionScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/domain/calendar-day";
import { pageData, pageIds } from "@/lib/views/page-data";
import { loadPerformerView } from "@/lib/views/performer";
import { can, canCheckInFor, canViewPerformer } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "Performer" };

export default async function PerformerPage({
  params,
  searchParams,
}: {
  params: Promise<{ productionId: string; performerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { productionId, performerId } = await pageIds(params);
  const logbookQuery = logbookQueryFrom(await searchParams);
  const scope = await pageData(() => getProductionScope(productionId));
  const { actor } = scope;
  const production = { ...scope.production, role: scope.role, today: scope.today };
  if (!canViewPerformer(production.role, actor.userId, performerId)) {
    forbidden();
  }
  const { progress, beingCorrected, goals, behind, logbook, disciplines, allDisciplines, archivedGoals, incidents, incidentDays, trend, checkedInToday, own, canLog, nextJumpNumber, currency, credentials, canManageCredentials, equipment, load, feasibility } = await pageData(() =>
    loadPerformerView(scope, performerId, logbookQuery),
  );
  const here = `/productions/${productionId}/performers/${performerId}`;

  return (
    <div className="space-y-6">
      <div>
        {can(production.role, "team.viewProgress") ? (
          <Link href={`/productions/${productionId}`} className="inline-flex min-h-6 items-center text-sm text-stone-600 underline-offset-2 hover:underline">
            ← {production.name}
          </Link>
        ) : (
          <p className="text-sm text-stone-600">{production.name}</p>
        )}
        <h1 className="text-2xl font-bold">{own ? "Your progress" : progress.name}</h1>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <Link href={`/productions/${productionId}/stunts`} className="inline-block py-1 underline underline-offset-2">
            Stunts
          </Link>
          <Link href={`${here}/plan`} className="inline-block py-1 underline underline-offset-2">
            Training plan
          </Link>
        </p>
        <p className="text-sm text-stone-600">As of {formatDay(progress.asOf)}</p>
      </div>

      {behind.length > 0 ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
          Behind schedule: {behind.map((g) => g.discipline).join(", ")}. At the recent pace the deadline will be missed.
        </p>
      ) : null}

      {goals.length > 0 ? (
        <section className="card" aria-labelledby="glance-heading">
          <h2 id="glance-heading" className="sr-only">
            At a glance
          </h2>
          <ul className="divide-y divide-stone-100">
            {goals.map((goal) => (
              <GoalRow key={goal.goalId} goal={goal} performerName={progress.name} />
            ))}
          </ul>
        </section>
      ) : null}

      {currency.length > 0 ? (
        <section id="currency" className="card" aria-labelledby="currency-heading">
          <h2 id="currency-heading" className="text-lg font-semibold">
            Currency
          </h2>
          <p className="text-sm text-stone-600">How recently {own ? "you have" : `${progress.name} has`} trained each discipline with a rule, counting pending and verified entries.</p>
          <CurrencyList items={currency} />
        </section>
      ) : null}

      {credentials.length > 0 || canManageCredentials ? (
        <section id="credentials" className="card space-y-3" aria-labelledby="credentials-heading">
          <h2 id="credentials-heading" className="text-lg font-semibold">
            Credentials
          </h2>
          <CredentialList productionId={productionId} items={credentials} showPerson={false} canRemove={() => canManageCredentials} />
          {canManageCredentials ? (
            <details>
              <summary className="cursor-pointer text-sm font-medium underline underline-offset-2">Add a credential</summary>
              <div className="mt-2">
                <CredentialForm productionId={productionId} people={[{ id: performerId, name: progress.name }]} self={{ id: performerId, name: progress.name }} />
              </div>
            </details>
          ) : null}
        </section>
      ) : null}

      {canLog ? (
        // Closed by default: on a phone, progress comes first and the form one tap away.
        <details className="card group" open={!own}>
          <summary className="cursor-pointer list-none text-lg font-semibold marker:hidden">
            <span className="inline-flex items-center gap-2">
              <span aria-hidden="true" className="transition-transform group-open:rotate-90">
                ▸
              </span>
              {own ? "Log your session" : `Log a session for ${progress.name}`}
            </span>
          </summary>
          <div className="mt-3">
            {own && !can(production.role, "session.verify") ? (
              <p className="mb-3 text-sm text-stone-600">Your entries count straight away and show as pending until a coordinator verifies them.</p>
            ) : null}
            <LogSessionForm
              productionId={productionId}
              performers={[]}
              fixedPerformer={{ id: performerId, name: progress.name }}
              disciplines={disciplines}
              today={production.today}
              canOverride={can(production.role, "limits.override")}
              nextJumpNumber={nextJumpNumber}
              equipment={equipment}
            />
          </div>
        </details>
      ) : null}

      {can(production.role, "session.import") ? (
        <details className="card">
          <summary className="cursor-pointer font-semibold">Import a logbook file for {progress.name}</summary>
          <div className="mt-3">
            <ImportLogbookForm productionId={productionId} performerId={performerId} disciplines={disciplines} />
          </div>
        </details>
      ) : null}

      <section aria-labelledby="goals-heading" className="space-y-4">
        <h2 id="goals-heading" className="text-lg font-semibold">
          Goals in detail
        </h2>
        {goals.length === 0 ? <p className="card text-stone-600">No goals set yet. A coordinator sets them.</p> : null}
        {can(production.role, "goal.manage") ? (
          <details className="card">
            <summary className="cursor-pointer font-semibold">Set a goal for {progress.name}</summary>
            <div className="mt-3">
              <GoalForm productionId={productionId} performerId={performerId} disciplines={disciplines} today={production.today} />
            </div>
          </details>
        ) : null}
        <div className="grid gap-4 lg:grid-cols-2">
          {goals.map((goal) => (
            <GoalCard key={goal.goalId} goal={goal} asOf={progress.asOf} performerName={progress.name} incidentDays={incidentDays} feasibility={feasibility.get(goal.goalId)}
              editHref={can(production.role, "goal.manage") ? `/productions/${productionId}/goals/${goal.goalId}/edit` : undefined}
            />
          ))}
        </div>
        <ArchivedGoals productionId={productionId} goals={archivedGoals} timeZone={production.timeZone} canRestore={can(production.role, "goal.manage")} />
      </section>

      <TrainingLoadSection days={load} own={own} name={progress.name} />

      <section className="card space-y-3" aria-labelledby="readiness-heading">
        <h2 id="readiness-heading" className="text-lg font-semibold">
          Readiness
        </h2>
        <p className="text-sm text-stone-600">Daily check-ins (1 worst, 5 best; line) against training volume (bars), last 30 days.</p>
        <ReadinessChart points={trend} />
        {canCheckInFor(production.role, actor.userId, performerId) ? (
          <details open={own && !checkedInToday}>
            <summary className="cursor-pointer font-medium">{checkedInToday ? "Update today's check-in" : "Check in for today"}</summary>
            <div className="mt-3">
              <CheckInForm productionId={productionId} performerId={performerId} today={production.today} />
            </div>
          </details>
        ) : null}
      </section>

      <IncidentsSection
        productionId={productionId}
        today={production.today}
        incidents={incidents}
        performers={[{ id: performerId, name: progress.name }]}
        canReport={can(production.role, "incident.report")}
        canClose={can(production.role, "incident.manage")}
      />

      <section id="logbook" className="card space-y-3" aria-labelledby="log-list-heading">
        <h2 id="log-list-heading" className="text-lg font-semibold">
          Logbook
        </h2>
        <LogbookFilters disciplines={allDisciplines} filter={logbookQuery} clearHref={here} errors={logbook.errors} />
        <p className="text-sm">
          Download {logbookQuery.disciplineId || logbookQuery.status || logbookQuery.from || logbookQuery.to ? "these entries" : "the whole logbook"}:{" "}
          <a href={exportHref(productionId, performerId, logbookQuery, "csv")} download className="underline underline-offset-2">
            CSV
          </a>{" "}
          ·{" "}
          <a href={exportHref(productionId, performerId, logbookQuery, "json")} download className="underline underline-offset-2">
            JSON
          </a>{" "}
          · PDF{" "}
          <a href={pdfHref(productionId, performerId, logbookQuery, "a4")} download className="underline underline-offset-2">
            A4
          </a>{" "}
          /{" "}
          <a href={pdfHref(productionId, performerId, logbookQuery, "letter")} download className="underline underline-offset-2">
            Letter
          </a>
        </p>
        {logbook.errors ? (
          <p role="alert" className="text-sm font-medium text-red-800">
            {Object.values(logbook.errors).join(". ")}.
          </p>
        ) : (
          <p className="text-sm text-stone-600" aria-live="polite">
            {logbook.total === 0
              ? "No entries match."
              : `${logbook.total.toLocaleString("en-US")} ${logbook.total === 1 ? "entry" : "entries"}${logbookQuery.cursor ? ", continued" : ""}, newest first`}
          </p>
        )}
        <SessionList
          sessions={logbook.entries}
          rights={{ productionId, canChange: canLog, canReadHistory: can(production.role, "session.readHistory"), beingCorrected }}
        />
        <nav aria-label="Logbook pages" className="flex justify-between gap-3 text-sm">
          {logbookQuery.cursor ? (
            <Link href={`${here}?${logbookSearch(logbookQuery, undefined)}#logbook`} className="underline underline-offset-2">
              ← Newest entries
            </Link>
          ) : (
            <span />
          )}
          {logbook.nextCursor ? (
            <Link href={`${here}?${logbookSearch(logbookQuery, logbook.nextCursor)}#logbook`} rel="next" className="underline underline-offset-2">
              Older entries →
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}

const LOGBOOK_KEYS = ["disciplineId", "status", "from", "to", "cursor"] as const;

/** The logbook's filters and page from the URL, as strings (the data layer validates them). */
function logbookQueryFrom(search: Record<string, string | string[] | undefined>): Partial<Record<(typeof LOGBOOK_KEYS)[number], string>> {
  const query: Partial<Record<(typeof LOGBOOK_KEYS)[number], string>> = {};
  for (const key of LOGBOOK_KEYS) {
    const value = search[key];
    if (typeof value === "string" && value !== "") query[key] = value;
  }
  return query;
}

function logbookSearch(query: Partial<Record<(typeof LOGBOOK_KEYS)[number], string>>, cursor: string | undefined): string {
  const search = new URLSearchParams();
  for (const key of LOGBOOK_KEYS) if (key !== "cursor" && query[key]) search.set(key, query[key]);
  if (cursor) search.set("cursor", cursor);
  return search.toString();
}

/** The export of what the logbook's filters select (GET …/export, the same filters as the list). */
/** The logbook as a paper logbook would hold it (a real PDF, with the audit chain's head on every page). */
function pdfHref(productionId: string, performerId: string, query: Partial<Record<(typeof LOGBOOK_KEYS)[number], string>>, paper: "a4" | "letter"): string {
  const search = new URLSearchParams({ paper });
  for (const key of LOGBOOK_KEYS) if (key !== "cursor" && query[key]) search.set(key, query[key]);
  return `/api/v1/productions/${productionId}/performers/${performerId}/logbook.pdf?${search}`;
}

function exportHref(productionId: string, performerId: string, query: Partial<Record<(typeof LOGBOOK_KEYS)[number], string>>, format: "csv" | "json"): string {
  const search = new URLSearchParams({ format, performerId });
  for (const key of LOGBOOK_KEYS) if (key !== "cursor" && query[key]) search.set(key, query[key]);
  return `/api/v1/productions/${productionId}/export?${search}`;
}
