"use client";

import { isValidElement, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { nextWallPage, rowsPerPage, wallPage } from "@/lib/domain/wall";

/**
 * The wall's goals, a page at a time, turned every `every` seconds.
 *
 * Page size comes from measuring, not from a rows-per-viewport-height table:
 * each row is one line high by design (its text is truncated), so one row's
 * height and the list's height give the page size exactly, whatever the
 * header and the stunt cards above take (0-3 stunts, a long name that wraps),
 * on a 1080p set or a 4K one, at any zoom. A table keyed on the viewport
 * would have to guess all of that, and a wrong guess is a scrollbar on a TV
 * nobody can scroll. Every row stays in the page (off-page ones `hidden`),
 * so the first row is always there to measure and a live refresh only
 * re-measures.
 *
 * Below the `lg` breakpoint the list is not a fixed box (the page flows and
 * scrolls, as on a laptop or phone): every goal shows on one page.
 *
 * WCAG 2.2.2: the pages turn by themselves, so they can be paused: a button,
 * and while the pointer rests on the list. Turning is content, not motion:
 * with reduced motion it still happens, only without the fade.
 */
export function WallGoalPager({ items, every, label }: { items: ReactNode[]; every: number; label: string }) {
  const list = useRef<HTMLUListElement>(null);
  const [size, setSize] = useState<number | null>(null);
  const [requested, setRequested] = useState(1);
  const [paused, setPaused] = useState(false);
  const [hovering, setHovering] = useState(false);

  const current = size === null ? null : wallPage(items, size, requested);
  const page = current?.page ?? 1;
  const pageCount = current?.pageCount ?? 1;

  useEffect(() => {
    const ul = list.current;
    if (!ul) return;
    const measure = () => {
      const style = getComputedStyle(ul);
      // A row on show: a hidden one measures 0.
      const first = ul.querySelector(":scope > li:not([hidden])");
      if (style.overflowY !== "hidden" || !(first instanceof HTMLElement)) return setSize(null);
      setSize(
        rowsPerPage({
          available: ul.clientHeight,
          rowHeight: first.getBoundingClientRect().height,
          rowGap: Number.parseFloat(style.rowGap),
          columns: style.gridTemplateColumns.split(" ").filter(Boolean).length,
        }),
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(ul);
    return () => observer.disconnect();
  }, [items.length]);

  const turn = useCallback((to: number) => {
    setRequested(to);
    const ul = list.current;
    if (ul && !matchMedia("(prefers-reduced-motion: reduce)").matches) {
      ul.animate([{ opacity: 0.2 }, { opacity: 1 }], { duration: 400, easing: "ease-out" });
    }
  }, []);

  const stopped = paused || hovering;
  useEffect(() => {
    if (stopped || pageCount < 2) return;
    const timer = setInterval(() => turn(nextWallPage(page, pageCount)), every * 1000);
    return () => clearInterval(timer);
  }, [stopped, page, pageCount, every, turn]);

  const start = current ? (current.page - 1) * (size ?? 0) : 0;
  const end = current ? start + current.items.length : items.length;
  const buttonClass =
    "min-h-11 rounded-lg border-2 border-stone-500 px-4 text-xl font-semibold text-stone-50 hover:bg-stone-800 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-sky-400";

  return (
    <section aria-labelledby="wall-goals-heading" className="flex min-h-0 flex-col gap-3 lg:flex-1">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <h2 id="wall-goals-heading" className="text-xl font-semibold tracking-widest text-stone-300 uppercase">
          {label}
        </h2>
        {pageCount > 1 ? (
          <>
            <p className="text-2xl font-bold tabular-nums" data-testid="wall-page" data-paused={stopped}>
              Page {page} of {pageCount}
              {stopped ? <span className="font-normal text-stone-300"> · paused</span> : null}
            </p>
            {/* The label says the state ("Resume paging" while paused): no aria-pressed too, or it would read "Resume paging, pressed". */}
            <button type="button" className={buttonClass} onClick={() => setPaused((p) => !p)}>
              {paused ? "Resume paging" : "Pause paging"}
            </button>
            <button type="button" className={buttonClass} onClick={() => turn(nextWallPage(page, pageCount))}>
              Next page
            </button>
          </>
        ) : null}
      </div>
      <ul
        ref={list}
        className="grid content-start gap-x-12 gap-y-4 xl:grid-cols-2 lg:min-h-0 lg:flex-1 lg:overflow-hidden"
        onMouseEnter={() => setHovering(true)}
        onMouseLeave={() => setHovering(false)}
        data-testid="wall-goals"
      >
        {items.map((item, i) => (
          <li key={isValidElement(item) && item.key !== null ? item.key : i} hidden={i < start || i >= end} data-testid="wall-row">
            {item}
          </li>
        ))}
      </ul>
    </section>
  );
}
