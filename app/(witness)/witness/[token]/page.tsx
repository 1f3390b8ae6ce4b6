import type { Metadata } from "next";
import { connection } from "next/server";
import { JumpTable } from "@/components/jump-table";
import { WitnessSignForm } from "@/components/forms/witness-sign-form";
import { formatDay } from "@/lib/domain/calendar-day";
import { formatCount } from "@/lib/domain/format";
import { pageData, pageIds } from "@/lib/views/page-data";
import { loadWitnessView } from "@/lib/views/witness";

// The one page that works without an account: an outside witness opens the
// link they were sent. Outside the (app) group, whose layout demands a
// session; the token in the URL is the only key, so the page keeps it out of
// Referer headers and search engines.
export const metadata: Metadata = { title: "Witness a training entry", referrer: "no-referrer", robots: { index: false, follow: false } };

const CLOSED: Record<"used" | "expired" | "closed", string> = {
  used: "This link was already used: each witness link signs once. Nothing more to do here.",
  expired: "This link has expired. Ask whoever sent it for a new one.",
  closed: "This entry can no longer be signed through this link (it was changed, signed, rejected or removed meanwhile). Nothing more to do here.",
};

export default async function WitnessPage({ params }: { params: Promise<{ token: string }> }) {
  // Read on every request, never served from a cache: the link's state changes when it is used.
  await connection();
  const { token } = await pageIds(params);
  const view = await pageData(() => loadWitnessView(token));
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-8">
      <p className="mb-4 text-2xl font-black tracking-tight">
        Stunt<span className="text-brand-text">book</span>
      </p>
      <h1 className="mb-4 text-xl font-semibold">Witness a training entry</h1>
      {view.state !== "open" ? (
        <p role="status" className="card text-sm">
          {CLOSED[view.state]}
        </p>
      ) : (
        <div className="space-y-4">
          <section className="card space-y-2 text-sm" aria-labelledby="entry-heading" data-testid="witness-entry">
            <h2 id="entry-heading" className="text-base font-semibold">
              {view.entry.performer} · {view.entry.production}
            </h2>
            <p className="font-medium">
              {formatDay(view.entry.date)} · {formatCount(view.entry.count)} × {view.entry.discipline}
            </p>
            {view.entry.location || view.entry.durationMinutes ? (
              <p className="text-stone-600">{[view.entry.location, view.entry.durationMinutes ? `${view.entry.durationMinutes} min` : null].filter(Boolean).join(" · ")}</p>
            ) : null}
            {view.entry.correctionReason ? <p className="text-amber-900">A correction of an earlier entry: {view.entry.correctionReason}</p> : null}
            {view.entry.notes ? <p className="text-stone-700">“{view.entry.notes}”</p> : null}
            {view.entry.jumps.length ? <JumpTable jumps={view.entry.jumps} /> : null}
          </section>
          <section className="card space-y-3" aria-labelledby="sign-heading">
            <h2 id="sign-heading" className="text-base font-semibold">
              Sign as witness
            </h2>
            <p className="text-sm text-stone-600">
              You were asked to sign as {view.requestedName}. No account is needed. Your name and number are recorded on the entry and in its
              history, which cannot be edited. This link works once, until {formatDay(view.expiresAt.toISOString().slice(0, 10))}.
            </p>
            <WitnessSignForm token={token} defaultName={view.requestedName} />
          </section>
        </div>
      )}
    </main>
  );
}
