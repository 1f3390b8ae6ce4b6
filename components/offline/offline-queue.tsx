"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { waitingText } from "@/lib/domain/offline-queue";
import { dismissEntry, listEntries, QUEUE_CHANGED, setQueueActor, type QueuedEntry } from "./queue-store";
import { flushQueue, QUEUE_ACCEPTED } from "./send-queue";
import { useOnline } from "./use-online";

/**
 * The offline queue, in the header: how many entries wait on this device,
 * what became of each one sent (accepted; refused with the server's reason and
 * field errors, kept until dismissed), and whether the device is offline. It
 * sends what waits when the page loads and whenever the connection returns,
 * and registers the service worker (public/sw.js) that lets pages open offline.
 */
export function OfflineQueue({ actorId }: { actorId: string }) {
  // Set during render, before any form on the page can queue: what is queued is this account's.
  setQueueActor(actorId);
  const router = useRouter();
  const [entries, setEntries] = useState<QueuedEntry[]>([]);
  const online = useOnline();
  const [note, setNote] = useState<string | null>(null);
  /** When the copy of this page on show was fetched, if it came from the service worker's cache. */
  const [copyFetchedAt, setCopyFetchedAt] = useState<number | null>(null);

  const reload = useCallback(() => {
    listEntries().then(
      (all) => {
        // "Accepted" is news for a while, not forever: gone after an hour (a refused entry stays until dismissed).
        const stale = all.filter((e) => e.state === "accepted" && Date.now() - (e.settledAt ?? 0) > ACCEPTED_SHOWN_MS);
        for (const e of stale) void dismissEntry(e.key);
        setEntries(all.filter((e) => !stale.includes(e)));
      },
      () => setEntries([]),
    );
  }, []);

  const flush = useCallback(async () => {
    if (!navigator.onLine) return;
    const result = await flushQueue().catch(() => null);
    if (!result) return;
    setNote(result.stoppedBecause);
  }, []);

  useEffect(() => {
    if (process.env.NODE_ENV === "production" && "serviceWorker" in navigator) {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    }
    const cameOnline = () => void flush();
    // The logbook and progress on this page were drawn before these arrived (whoever sent them: this header or a form).
    const accepted = () => router.refresh();
    // After this render: the queue is read and sent from a task, not during the effect.
    const start = setTimeout(() => {
      reload();
      void flush();
      // Opened without a connection, the page can only be the service worker's copy.
      if (!navigator.onLine) void cachedPageFetchedAt(location.href).then(setCopyFetchedAt);
    }, 0);
    window.addEventListener("online", cameOnline);
    window.addEventListener(QUEUE_CHANGED, reload);
    window.addEventListener(QUEUE_ACCEPTED, accepted);
    return () => {
      clearTimeout(start);
      window.removeEventListener("online", cameOnline);
      window.removeEventListener(QUEUE_CHANGED, reload);
      window.removeEventListener(QUEUE_ACCEPTED, accepted);
    };
  }, [flush, reload, router]);

  // Entries another account queued on this device are theirs to send and to read: only counted here.
  const others = entries.filter((e) => e.actorId && e.actorId !== actorId);
  const mine = entries.filter((e) => !others.includes(e));
  const waiting = mine.filter((e) => e.state === "waiting");
  const refused = mine.filter((e) => e.state === "refused");
  const accepted = mine.filter((e) => e.state === "accepted");
  if (online && mine.length === 0 && others.length === 0 && copyFetchedAt === null) return null;

  const summary = [
    copyFetchedAt !== null ? `Offline — showing what was last fetched at ${clock(copyFetchedAt)}` : !online ? "Offline" : null,
    waiting.length ? waitingText(waiting.length) : null,
    refused.length ? `${refused.length} need${refused.length === 1 ? "s" : ""} attention` : null,
    !waiting.length && !refused.length && accepted.length ? `${accepted.length} sent` : null,
    others.length ? `${others.length} queued by another account on this device (sent when it signs in)` : null,
  ]
    .filter(Boolean)
    .join(" · ");

  return (
    <details className="relative text-sm" open={refused.length > 0 ? true : undefined} data-testid="offline-queue">
      <summary className="inline-flex min-h-6 cursor-pointer items-center rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-950">
        <span role="status">{summary}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-80 max-w-[90vw] space-y-3 rounded border border-stone-300 bg-white p-3 text-stone-900 shadow-lg">
        {note ? <p className="text-stone-700">{note}</p> : null}
        {!online ? <p className="text-stone-700">No connection. What you log is kept on this device and sent when the connection returns.</p> : null}
        <EntryList title="Waiting to send" entries={waiting} />
        <EntryList title="Needs attention" entries={refused} onDismiss={(key) => void dismissEntry(key)} />
        <EntryList title="Sent" entries={accepted} onDismiss={(key) => void dismissEntry(key)} />
      </div>
    </details>
  );
}

const ACCEPTED_SHOWN_MS = 60 * 60 * 1000;

/** The cache public/sw.js keeps pages in, and the header it stamps them with. */
const PAGE_CACHE = "stuntbook-pages-v1";
const FETCHED_AT = "x-stuntbook-fetched-at";

async function cachedPageFetchedAt(href: string): Promise<number | null> {
  if (!("caches" in window)) return null;
  const url = new URL(href);
  url.hash = "";
  const cached = await (await caches.open(PAGE_CACHE)).match(url.href).catch(() => undefined);
  const at = Number(cached?.headers.get(FETCHED_AT));
  return Number.isFinite(at) && at > 0 ? at : null;
}

/** HH:MM on the device's clock: when this phone fetched the page. */
function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
}


function EntryList({ title, entries, onDismiss }: { title: string; entries: QueuedEntry[]; onDismiss?: (key: string) => void }) {
  if (!entries.length) return null;
  return (
    <section aria-label={title}>
      <h2 className="font-semibold">{title}</h2>
      <ul className="mt-1 space-y-2">
        {entries.map((e) => (
          <li key={e.key} className="rounded border border-stone-200 p-2">
            <p>
              {e.label}
              {e.state === "accepted" ? <span className="text-emerald-800"> — accepted</span> : null}
            </p>
            {e.state === "refused" ? (
              <div className="text-red-800">
                <p>Refused: {e.error}</p>
                {e.fields && Object.keys(e.fields).length ? (
                  <ul className="list-disc pl-5">
                    {Object.entries(e.fields).map(([field, message]) => (
                      <li key={field}>
                        {field}: {message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
            {onDismiss ? (
              <button type="button" className="mt-1 min-h-6 underline" onClick={() => onDismiss(e.key)}>
                Dismiss
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
