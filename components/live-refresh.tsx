"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

// Keeps a server-rendered page current: on each server-sent "change" event it
// re-renders the page's server components in place (router.refresh: no reload,
// no flash). A slow poll covers a dropped stream.
const FALLBACK_POLL_MS = 60_000;
const DEBOUNCE_MS = 400; // a bulk sign-off sends many events at once

export function LiveRefresh({ eventsUrl, className }: { eventsUrl: string; className?: string }) {
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  const [updatedAt, setUpdatedAt] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const refresh = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        router.refresh();
        setUpdatedAt(new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" }));
      }, DEBOUNCE_MS);
    };
    const source = new EventSource(eventsUrl);
    source.addEventListener("open", () => setConnected(true));
    source.addEventListener("error", () => setConnected(false));
    source.addEventListener("change", refresh);
    const poll = setInterval(refresh, FALLBACK_POLL_MS);
    return () => {
      source.close();
      clearInterval(poll);
      clearTimeout(timer.current);
    };
  }, [eventsUrl, router]);

  return (
    <p className={className} role="status" aria-live="polite" data-testid="live-status" data-connected={connected}>
      <span aria-hidden="true" className={`mr-2 inline-block h-3 w-3 rounded-full ${connected ? "bg-emerald-500" : "bg-amber-500"}`} />
      {connected ? "Live" : "Reconnecting…"}
      {updatedAt ? ` · updated ${updatedAt}` : ""}
    </p>
  );
}
