import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getProductionScope } from "@/lib/auth/scope";
import { describeChanges, historyHeadline } from "@/lib/domain/audit-view";
import { formatInstant } from "@/lib/domain/calendar-day";
import { pageData, pageIds } from "@/lib/views/page-data";
import { loadSessionHistoryView } from "@/lib/views/session-history";
import { can } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "Entry history" };

export default async function SessionHistoryPage({ params }: { params: Promise<{ productionId: string; sessionId: string }> }) {
  const { productionId, sessionId } = await pageIds(params);
  const scope = await pageData(() => getProductionScope(productionId));
  const production = { ...scope.production, role: scope.role, today: scope.today };
  if (!can(production.role, "session.readHistory")) {
    forbidden();
  }
  const { events } = await pageData(() => loadSessionHistoryView(scope, sessionId));
  return (
    <div className="space-y-4">
      <div>
        <Link href={`/productions/${productionId}`} className="inline-flex min-h-6 items-center text-sm text-stone-600 underline-offset-2 hover:underline">
          ← {production.name}
        </Link>
        <h1 className="text-2xl font-bold">History of an entry</h1>
        <p className="text-sm text-stone-600">Every change, as written at the time. This log cannot be edited.</p>
      </div>
      <ol className="card divide-y divide-stone-100" data-testid="history">
        {events.map((e, i) => (
          <li key={i} className="py-3 text-sm">
            <p className="font-semibold">
              {historyHeadline(e)}
              <time dateTime={e.at} className="ml-2 font-normal text-stone-600">
                {formatInstant(new Date(e.at), production.timeZone)}
              </time>
            </p>
            {/* An outside witness's reason is its headline already. */}
            {e.reason && e.action !== "witness-verify" ? <p className="text-stone-700">Reason: {e.reason}</p> : null}
            {describeChanges(e.before, e.after).map((line) => (
              <p key={line} className="text-stone-700">
                {line}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
