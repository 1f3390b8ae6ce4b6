"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * A thin bar while a page loads after a click on an internal link. Pages
 * render on the server with no loading.tsx above them, so that a refused or
 * missing page answers with its real status (403, 404) instead of a streamed
 * 200; this bar is the feedback the skeleton used to give.
 */
export function NavigationProgress() {
  const here = `${usePathname()}?${useSearchParams().toString()}`;
  // The location a navigation started from: pending until we are somewhere else.
  const [leaving, setLeaving] = useState<string | null>(null);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute("download")) return;
      const url = new URL(link.href);
      if (url.origin !== location.origin || (url.pathname === location.pathname && url.search === location.search)) return;
      setLeaving(`${location.pathname}?${location.search.replace(/^\?/, "")}`);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  if (leaving === null || leaving !== here) return null;
  return (
    <div role="status" aria-live="polite" className="fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-orange-400">
      <span className="sr-only">Loading…</span>
    </div>
  );
}
