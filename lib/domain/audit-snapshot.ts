// The fields of a training session the audit log keeps. Not server-only: the
// demo seed (a plain Node script) writes audit events too.

import type { LogbookEntry } from "./logbook";

export const AUDIT_ACTIONS = ["create", "edit", "delete", "verify", "witness-verify", "reject", "correct", "supersede"] as const;
/**
 * What happened to an entry, as the audit log names it. `witness-verify`: an
 * outside witness signed it through a link (its reason names them and their
 * licence; its actor is the member who made the link, since the witness has
 * no account).
 */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The fields of an entry that the log keeps, before and after a change: the
 * logbook entry's own fields (so the two cannot drift apart), minus ids and
 * sign-off detail the log records as events of its own. `correctsId` and
 * `rpe` are optional on the way in; `snapshot()` always stores them, null
 * when absent. Events written before entries had an effort rating have no
 * `rpe` key: their stored JSON, which the audit chain hashes, stays as it was.
 */
export type SessionSnapshot = Pick<
  LogbookEntry,
  "performerId" | "disciplineId" | "date" | "count" | "durationMinutes" | "location" | "notes" | "status"
> & { correctsId?: string | null; rpe?: number | null };

export function snapshot(row: SessionSnapshot): SessionSnapshot {
  return {
    performerId: row.performerId,
    disciplineId: row.disciplineId,
    date: row.date,
    count: row.count,
    durationMinutes: row.durationMinutes,
    location: row.location,
    notes: row.notes,
    status: row.status,
    correctsId: row.correctsId ?? null,
    rpe: row.rpe ?? null,
  };
}
