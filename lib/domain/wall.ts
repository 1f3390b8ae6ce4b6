// The wall screen, a TV on set: which stunts it shows, and its goals in pages
// that fit the screen, turned by themselves. Pure.

import type { CalendarDay } from "./calendar-day";
import { paginate, type Page } from "./dashboard";

/** Seconds a page of goals stays up before the next: long enough to read a dozen rows across a room. */
export const WALL_PAGE_SECONDS = 12;
/** The bounds of `?every=` (seconds): the tests turn pages every 2 s; no screen waits longer than 10 minutes. */
export const WALL_PAGE_SECONDS_MIN = 2;
export const WALL_PAGE_SECONDS_MAX = 600;

/** Stunts on the wall: the next few; the rest are one click away on the stunts page. */
export const WALL_STUNTS = 3;

/**
 * The stunts still to shoot, nearest first: planned today or later, then
 * those with no date yet. A stunt whose day has passed is history.
 */
export function upcomingStunts<T extends { plannedDate: CalendarDay | null }>(stunts: readonly T[], today: CalendarDay, limit = WALL_STUNTS): { shown: T[]; more: number } {
  const upcoming = stunts
    .filter((s) => s.plannedDate === null || s.plannedDate >= today)
    .map((s, order) => ({ s, order }))
    .sort((a, b) => dateOrder(a.s.plannedDate, b.s.plannedDate) || a.order - b.order)
    .map(({ s }) => s);
  return { shown: upcoming.slice(0, limit), more: Math.max(0, upcoming.length - limit) };
}

const dateOrder = (a: CalendarDay | null, b: CalendarDay | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** What the browser measured of the goal list: its height, one row's height, the gap between rows, and its columns. */
export interface WallListBox {
  available: number;
  rowHeight: number;
  rowGap: number;
  columns: number;
}

/**
 * Goal rows that fit on one page: whole rows per column, times columns; at
 * least one row, so that a screen too small still turns through every goal.
 */
export function rowsPerPage({ available, rowHeight, rowGap, columns }: WallListBox): number {
  const cols = Math.max(1, Math.floor(columns) || 1);
  if (!(rowHeight > 0) || !(available > 0)) return cols;
  const gap = Math.max(0, rowGap || 0);
  // n rows take n * rowHeight + (n - 1) * gap; a pixel of rounding is not a missing row.
  const perColumn = Math.floor((available + gap + 0.5) / (rowHeight + gap));
  return Math.max(1, perColumn) * cols;
}

/** Page `page` (1-based, clamped) of the rows, `size` to a page. */
export function wallPage<T>(rows: readonly T[], size: number, page: number): Page<T> {
  return paginate(rows, page, Math.max(1, Math.floor(size) || 1));
}

/** The page after `page`, back to the first after the last. */
export function nextWallPage(page: number, pageCount: number): number {
  return page >= pageCount ? 1 : page + 1;
}
