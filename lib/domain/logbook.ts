// A logbook entry as screens and the API read it: a plain object, never a
// database row type (lib/data/sessions/select.ts picks these fields).

export type SessionStatus = "pending" | "verified" | "rejected" | "superseded";

export interface LogbookEntry {
  id: string;
  productionId: string;
  performerId: string;
  disciplineId: string;
  date: string;
  count: number;
  durationMinutes: number | null;
  /** Effort rating, 0-10 (session-RPE); null when not rated. */
  rpe: number | null;
  location: string | null;
  notes: string | null;
  status: string;
  rejectionReason: string | null;
  correctsId: string | null;
  correctionReason: string | null;
  limitOverrideReason: string | null;
  verifiedAt: Date | null;
  createdAt: Date;
  /** Set on an entry imported from a file: the file's name and when it was imported. */
  importSource: string | null;
  importedAt: Date | null;
  discipline: { name: string; unit: string };
  performer: { name: string };
  loggedBy: { id: string; name: string };
  verifiedBy: { name: string; credential: string | null } | null;
  /** Verified by an outside witness (no account; verifiedBy is null): their name and licence or membership number. */
  witnessName: string | null;
  witnessLicence: string | null;
  /** Per-jump rows (a discipline that records jumps), by jump number; absent or empty when none. */
  jumps?: JumpRow[];
  /** The equipment used, by name; absent when none was recorded. */
  equipment?: { id: string; name: string }[];
}

/** One jump of an entry: altitudes in feet, landing distance in metres, freefall in seconds. */
export interface JumpRow {
  jumpNumber: number;
  exitAltitudeFt: number | null;
  deploymentAltitudeFt: number | null;
  freefallSeconds: number | null;
  jumpType: string | null;
  aircraft: string | null;
  dropzone: string | null;
  equipment: string | null;
  landingDistanceM: number | null;
  notes: string | null;
}
