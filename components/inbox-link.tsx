"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * The header's way to the inbox, with the unread count. The count is fetched
 * after the page has loaded (and again when the page changes or the tab comes
 * back), so working it out never delays a page; without it the link still works.
 */
export function InboxLink() {
  const [unread, setUnread] = useState<number | null>(null);
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    const load = () =>
      fetch("/api/v1/notifications", { headers: { accept: "application/json" } })
        .then((r) => (r.ok ? (r.json() as Promise<{ unread: number }>) : null))
        .then((body) => live && body && setUnread(body.unread))
        .catch(() => undefined);
    void load();
    const onVisible = () => document.visibilityState === "visible" && void load();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      live = false;
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [pathname]);
  // The accessible name is the visible text plus words ("Inbox 3 unread"), never a different label (WCAG 2.5.3).
  return (
    <Link href="/inbox" className="inline-flex min-h-6 items-center gap-1 text-sm text-stone-300 underline-offset-2 hover:text-white hover:underline">
      Inbox{" "}
      {unread ? (
        <>
          <span className="rounded-full bg-orange-700 px-1.5 text-xs font-bold text-white" data-testid="inbox-badge">
            {unread}
          </span>
          <span className="sr-only"> unread</span>
        </>
      ) : null}
    </Link>
  );
}
