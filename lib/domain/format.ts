// How numbers and statuses read on screen. Pure, so pages stay declarative.

import type { GoalStatus } from "./progress";

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

export function formatPercent(p: number): string {
  return `${p.toFixed(1)}%`;
}

/**
 * Per-day rates, or "—" when there is none. Two decimals below 1: six takes
 * over four months is 0.05 a day, and "0.0" would read as "nothing needed".
 */
export function formatRate(perDay: number | null): string {
  if (perDay === null) return "—";
  if (perDay === 0) return "0";
  if (perDay < 1) return perDay.toFixed(2);
  return perDay >= 100 ? formatCount(Math.round(perDay)) : perDay.toFixed(1);
}

export function pluralUnit(unit: string, n: number): string {
  return n === 1 ? unit : `${unit}s`;
}

export const STATUS_LABEL: Record<GoalStatus, string> = {
  done: "Done",
  on_track: "On track",
  behind: "Behind",
  no_data: "No data yet",
};

export const SESSION_STATUS_LABEL: Record<string, string> = {
  pending: "Pending verification",
  verified: "Verified",
  rejected: "Rejected",
  superseded: "Superseded",
};

/** How long something has waited, roughly, for a queue: "12 min", "5 h", "3 days". */
export function formatWaited(since: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  const days = Math.floor(hours / 24);
  return `${days} days`;
}
