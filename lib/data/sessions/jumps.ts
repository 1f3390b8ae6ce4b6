import "server-only";
import { COUNTING_SESSION_SQL } from "../sql-fragments";
import { ValidationError } from "../../domain/errors";
import type { JumpRow } from "../../domain/logbook";
import type { JumpInput } from "../../schemas/jump";
import { newId } from "../../server/ids";
import { int, rows, run, type SqlBody } from "../../server/sql-steps";

// The per-jump rows of an entry (a discipline that records jumps), written by
// the session writer in the entry's own transaction, under its performer's
// lock: two entries logged at once cannot both take a jump number.

const JUMP_COLUMNS = [
  "jumpNumber",
  "exitAltitudeFt",
  "deploymentAltitudeFt",
  "freefallSeconds",
  "jumpType",
  "aircraft",
  "dropzone",
  "equipment",
  "landingDistanceM",
  "notes",
] as const;

const JUMPS_PER_INSERT = 500; // 14 parameters a row: far below either database's bound-parameter limit

/**
 * Refuse rows whose jump number the performer's logbook already counts (400
 * naming the row); nothing is written. Only counting entries hold their
 * numbers: a rejected or superseded entry's jumps never happened as logged,
 * so its numbers can be logged again; a correction may reuse the numbers of
 * the entry it corrects (it replaces it once verified).
 */
function* assertJumpNumbersFree(productionId: string, performerId: string, jumps: readonly JumpInput[], replacesSessionId: string | null): SqlBody<void> {
  const numbers = jumps.map((j) => j.jumpNumber);
  const used = new Set<number>();
  for (let start = 0; start < numbers.length; start += JUMPS_PER_INSERT) {
    const batch = numbers.slice(start, start + JUMPS_PER_INSERT);
    const found = yield* rows<{ jumpNumber: unknown }>(
      `SELECT j."jumpNumber" AS "jumpNumber" FROM "Jump" j JOIN "TrainingSession" s ON s."id" = j."sessionId"
        WHERE j."productionId" = ? AND j."performerId" = ? AND j."jumpNumber" IN (${batch.map(() => "?").join(", ")})
          AND s."id" <> ? AND ${COUNTING_SESSION_SQL}`,
      productionId,
      performerId,
      ...batch,
      replacesSessionId ?? "",
    );
    for (const r of found) used.add(int(r.jumpNumber));
  }
  if (used.size === 0) return;
  const fields: Record<string, string> = {};
  jumps.forEach((j, i) => {
    if (used.has(j.jumpNumber)) fields[`jumps.${i}.jumpNumber`] = `Jump number ${j.jumpNumber} is already in this performer's logbook`;
  });
  throw new ValidationError(fields, "Some jump numbers are already logged");
}

/** Write an entry's rows, after checking their jump numbers are free. */
export function* insertJumps(
  entry: { productionId: string; performerId: string; sessionId: string; correctsId: string | null },
  jumps: readonly JumpInput[],
  now: Date,
): SqlBody<void> {
  if (jumps.length === 0) return;
  yield* assertJumpNumbersFree(entry.productionId, entry.performerId, jumps, entry.correctsId);
  const columns = `"id", "productionId", "sessionId", "performerId", ${JUMP_COLUMNS.map((c) => `"${c}"`).join(", ")}`;
  const placeholders = `(${Array.from({ length: 4 + JUMP_COLUMNS.length }, () => "?").join(", ")})`;
  for (let start = 0; start < jumps.length; start += JUMPS_PER_INSERT) {
    const batch = jumps.slice(start, start + JUMPS_PER_INSERT);
    const params = batch.flatMap((j) => [newId(now.getTime()), entry.productionId, entry.sessionId, entry.performerId, ...JUMP_COLUMNS.map((c) => j[c] ?? null)]);
    yield* run(`INSERT INTO "Jump" (${columns}) VALUES ${batch.map(() => placeholders).join(", ")}`, ...params);
  }
}

/** How many rows an entry has (an edit may not change the count of an entry with rows). */
export function* countJumps(sessionId: string): SqlBody<number> {
  const found = yield* rows<{ n: unknown }>(`SELECT COUNT(*) AS "n" FROM "Jump" WHERE "sessionId" = ?`, sessionId);
  return int(found[0]?.n);
}

/** Remove an entry's rows (before the entry itself: the writer does not rely on the cascade). */
export function* deleteJumps(sessionId: string): SqlBody<number> {
  return yield* run(`DELETE FROM "Jump" WHERE "sessionId" = ?`, sessionId);
}

/** An entry's rows, by jump number, as the API shows them. */
export function* readJumps(sessionId: string): SqlBody<JumpRow[]> {
  const found = yield* rows<Record<string, unknown>>(
    `SELECT ${JUMP_COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "Jump" WHERE "sessionId" = ? ORDER BY "jumpNumber"`,
    sessionId,
  );
  return found.map(toJumpRow);
}

const intOrNull = (v: unknown) => (v === null || v === undefined ? null : int(v));
const textOrNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function toJumpRow(r: Record<string, unknown>): JumpRow {
  return {
    jumpNumber: int(r.jumpNumber),
    exitAltitudeFt: intOrNull(r.exitAltitudeFt),
    deploymentAltitudeFt: intOrNull(r.deploymentAltitudeFt),
    freefallSeconds: intOrNull(r.freefallSeconds),
    jumpType: textOrNull(r.jumpType),
    aircraft: textOrNull(r.aircraft),
    dropzone: textOrNull(r.dropzone),
    equipment: textOrNull(r.equipment),
    landingDistanceM: intOrNull(r.landingDistanceM),
    notes: textOrNull(r.notes),
  };
}
