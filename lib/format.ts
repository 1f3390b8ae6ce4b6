// How numbers and statuses read on screen. Pure, so pages stay declarative.

import type { GoalStatus } from "./progress";

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

export function formatPercent(p: number): string {
  return `${p.toFixed(1)}%`;
}

/** Per-day rates: one decimal, or "—" when there is none. */
export function formatRate(perDay: number | null): string {
  if (perDay === null) return "—";
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
};
