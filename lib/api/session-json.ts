import type { LogbookEntry } from "../domain/logbook";
import { signerOf } from "../domain/witness";

/** The API's view of a training session: flat, dates as strings, names not ids where a person reads them. */
export function toSessionJson(row: LogbookEntry) {
  // A member or an outside witness (who has no account): either way the one who signed.
  const signer = row.status === "verified" ? signerOf(row) : null;
  return {
    id: row.id,
    performerId: row.performerId,
    disciplineId: row.disciplineId,
    discipline: row.discipline.name,
    unit: row.discipline.unit,
    date: row.date,
    count: row.count,
    durationMinutes: row.durationMinutes,
    rpe: row.rpe,
    location: row.location,
    notes: row.notes,
    status: row.status,
    loggedBy: row.loggedBy.name,
    verifiedBy: signer?.name ?? null,
    verifierCredential: signer?.credential ?? null,
    verifiedByOutsideWitness: signer?.outsideWitness ?? false,
    verifiedAt: row.status === "verified" ? (row.verifiedAt?.toISOString() ?? null) : null,
    rejectionReason: row.rejectionReason,
    correctsId: row.correctsId,
    correctionReason: row.correctionReason,
    limitOverrideReason: row.limitOverrideReason,
    createdAt: row.createdAt.toISOString(),
    importSource: row.importSource,
    importedAt: row.importedAt?.toISOString() ?? null,
    // Per-jump rows, only on an entry that has them: altitudes in feet
    // (exitAltitudeFt, deploymentAltitudeFt), landingDistanceM in metres, freefallSeconds in seconds.
    ...(row.jumps && row.jumps.length > 0 ? { jumps: row.jumps } : {}),
    ...(row.equipment && row.equipment.length > 0 ? { equipment: row.equipment } : {}),
  };
}
