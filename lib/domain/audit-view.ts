// How audit events read on the history page. Pure.

import type { SessionSnapshot } from "./audit-snapshot";

export const HISTORY_LABEL: Record<string, string> = {
  create: "Logged",
  edit: "Edited",
  delete: "Deleted",
  verify: "Verified",
  "witness-verify": "Verified by an outside witness",
  reject: "Rejected",
  correct: "Correction logged",
  supersede: "Replaced by a correction",
};

const FIELD_LABEL: Partial<Record<keyof SessionSnapshot, string>> = {
  date: "date",
  count: "count",
  durationMinutes: "duration (min)",
  rpe: "effort (RPE)",
  location: "location",
  notes: "notes",
  disciplineId: "discipline",
  status: "status",
};

/** "count: 6 → 8" for each field that changed; the full entry when only one side exists. */
export function describeChanges(before: SessionSnapshot | null, after: SessionSnapshot | null): string[] {
  const fields = Object.keys(FIELD_LABEL) as (keyof SessionSnapshot)[];
  const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));
  if (before && after) {
    return fields.filter((f) => before[f] !== after[f]).map((f) => `${FIELD_LABEL[f]}: ${show(before[f])} → ${show(after[f])}`);
  }
  const only = before ?? after;
  if (!only) return [];
  return [`${only.date} · ${only.count} reps${only.location ? ` · ${only.location}` : ""}${only.notes ? ` · “${only.notes}”` : ""}`];
}

/**
 * The headline of one event. An outside witness's signature reads as who
 * signed ("Verified by Kari Nordmann (D-12345), outside witness", its reason),
 * with the member who sent them the link; every other event as what was done
 * and by whom.
 */
export function historyHeadline(event: { action: string; actor: string; reason: string | null }): string {
  if (event.action === "witness-verify" && event.reason) return `${event.reason} · link sent by ${event.actor}`;
  return `${HISTORY_LABEL[event.action] ?? event.action} by ${event.actor}`;
}
