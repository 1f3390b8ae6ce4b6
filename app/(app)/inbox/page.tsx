import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { markAllReadAction, markReadAction } from "@/lib/actions/notifications";
import { requireActorOrSignIn } from "@/lib/auth/actor";
import { formatDay } from "@/lib/domain/calendar-day";
import { loadInboxView } from "@/lib/views/inbox";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const actor = await requireActorOrSignIn();
  const { unread, items } = await loadInboxView(actor);
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Inbox</h1>
        {unread > 0 ? <ActionButton action={markAllReadAction} label="Mark all read" pendingLabel="Marking…" accessibleLabel="Mark all reminders read" /> : null}
      </div>
      <p className="text-sm text-stone-600">
        {unread === 0 ? "Nothing unread." : `${unread} unread.`} Reminders come from the records: entries waiting for sign-off, currency about to lapse,
        credentials expiring, equipment due, entries sent back. Each goes away when what it is about is dealt with.
      </p>
      {items.length === 0 ? (
        <p className="card text-sm text-stone-600">Nothing needs your attention.</p>
      ) : (
        <ul className="card divide-y divide-stone-100" data-testid="inbox">
          {items.map((item) => (
            <li key={item.key} className={`flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm ${item.read ? "text-stone-500" : ""}`}>
              <span>
                {item.read ? null : <span className="sr-only">Unread: </span>}
                <Link href={item.href} className={`underline underline-offset-2 ${item.read ? "" : "font-semibold"}`}>
                  {item.text}
                </Link>
                <span className="block text-xs text-stone-500">
                  {item.production}
                  {item.day ? ` · ${formatDay(item.day)}` : ""}
                </span>
              </span>
              {item.read ? <span className="text-xs">Read</span> : <ActionButton action={markReadAction.bind(null, item.key)} label="Mark read" pendingLabel="Marking…" accessibleLabel={`Mark read: ${item.text}`} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
