"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders its children once it comes near the viewport, and keeps them from
 * then on. Until then it is an empty box filling its parent: the parent gives
 * the height (a chart's figure does), so nothing moves when the children
 * arrive. A performer page holds eight charts; drawing them all at load took
 * most of a phone's main thread (docs/decisions/0021-charts-drawn-when-scrolled-to.md).
 */
export function RenderWhenVisible({ children, margin = "300px" }: { children: ReactNode; margin?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
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
  return (
    <div ref={box} className="h-full w-full">
      {near ? children : null}
    </div>
  );
}
