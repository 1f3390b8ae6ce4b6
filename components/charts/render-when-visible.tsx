"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useOnline } from "../offline/use-online";

/**
 * Renders its children once it comes near the viewport, and keeps them from
 * then on. Until then it is an empty box filling its parent: the parent gives
 * the height (a chart's figure does), so nothing moves when the children
 * arrive. A performer page holds eight charts; drawing them all at load took
 * most of a phone's main thread (docs/decisions/0021-charts-drawn-when-scrolled-to.md).
 *
 * Offline, a chart not drawn yet waits for the connection: its code may never
 * have been fetched, and a fetch that cannot succeed only fails. The box says
 * so; the figure's name still says what the chart shows.
 */
export function RenderWhenVisible({ children, margin = "300px" }: { children: ReactNode; margin?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const online = useOnline();
  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      // Start a little before it scrolls in, so a scrolling reader rarely sees the empty box.
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  // Once drawn, drawn for good (offline again or not): its code is loaded. Set while rendering, React's way of
  // deriving state from what changed (no effect, no second pass through the DOM).
  if (near && online && !drawn) setDrawn(true);
  return (
    <div ref={box} className="h-full w-full">
      {drawn ? children : near ? <p className="flex h-full items-center justify-center text-sm text-stone-600">Drawn when back online</p> : null}
    </div>
  );
}
