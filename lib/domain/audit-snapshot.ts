// The fields of a training session the audit log keeps. Not server-only: the
// demo seed (a plain Node script) writes audit events too.

/** What happened to an entry, as the audit log names it. */
export type AuditAction = "create" | "edit" | "delete" | "verify" | "reject" | "correct" | "supersede";

/** The fields of an entry that the log keeps, before and after a change. */
export interface SessionSnapshot {
  performerId: string;
  disciplineId: string;
  date: string;
  count: number;
  durationMinutes: number | null;
  location: string | null;
  notes: string | null;
  status: string;
  correctsId?: string | null;
}

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
  };
}
