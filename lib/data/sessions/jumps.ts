import "server-only";
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

/** Pending (a pending correction included) or verified: never rejected or superseded. */
const HOLDS_JUMP_NUMBERS_SQL = `s."status" IN ('pending', 'verified')`;

const JUMPS_PER_INSERT = 500; // 14 parameters a row: far below either database's bound-parameter limit

/**
 * Which of these jump numbers the performer's logbook already holds. Entries
 * that count hold their numbers, and so does a correction waiting for
 * sign-off: it counts as soon as it is verified, and nothing checks the
 * numbers again then, so a number it carries that its original did not must
 * not be taken meanwhile (by an entry or an import). A rejected or superseded
 * entry's jumps never happened as logged, so its numbers can be logged again;
 * a correction may reuse the numbers of the entry it corrects (it replaces it
 * once verified).
 */
export function* usedJumpNumbers(productionId: string, performerId: string, numbers: readonly number[], replacesSessionId: string | null = null): SqlBody<Set<number>> {
  const used = new Set<number>();
  const distinct = [...new Set(numbers)];
  for (let start = 0; start < distinct.length; start += JUMPS_PER_INSERT) {
    const batch = distinct.slice(start, start + JUMPS_PER_INSERT);
    const found = yield* rows<{ jumpNumber: unknown }>(
      `SELECT j."jumpNumber" AS "jumpNumber" FROM "Jump" j JOIN "TrainingSession" s ON s."id" = j."sessionId"
        WHERE j."productionId" = ? AND j."performerId" = ? AND j."jumpNumber" IN (${batch.map(() => "?").join(", ")})
          AND s."id" <> ? AND ${HOLDS_JUMP_NUMBERS_SQL}`,
      productionId,
      performerId,
      ...batch,
      replacesSessionId ?? "",
    );
    for (const r of found) used.add(int(r.jumpNumber));
  }
  return used;
}

/** Refuse rows whose jump number the performer's logbook already counts (400 naming the row); nothing is written. */
function* assertJumpNumbersFree(productionId: string, performerId: string, jumps: readonly JumpInput[], replacesSessionId: string | null): SqlBody<void> {
  const used = yield* usedJumpNumbers(productionId, performerId, jumps.map((j) => j.jumpNumber), replacesSessionId);
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
  yield* insertJumpRows(entry.productionId, entry.performerId, jumps.map((jump) => ({ sessionId: entry.sessionId, jump })), now);
}

/**
 * The rows of many new entries of one performer (an import), checked as one
 * set: no number twice among them, none already counted. The import's plan
 * checked the same under the same lock; this is the writer's own guard.
 */
export function* insertJumpsOfEntries(
  productionId: string,
  performerId: string,
  entries: readonly { sessionId: string; jumps: readonly JumpInput[] }[],
  now: Date,
): SqlBody<void> {
  const all = entries.flatMap((e) => e.jumps.map((jump) => ({ sessionId: e.sessionId, jump })));
  if (all.length === 0) return;
  const numbers = all.map((r) => r.jump.jumpNumber);
  if (new Set(numbers).size !== numbers.length) throw new ValidationError({ jumps: "A jump number is used twice in the file" }, "A jump number is used twice");
  yield* assertJumpNumbersFree(productionId, performerId, all.map((r) => r.jump), null);
  yield* insertJumpRows(productionId, performerId, all, now);
}

function* insertJumpRows(productionId: string, performerId: string, all: readonly { sessionId: string; jump: JumpInput }[], now: Date): SqlBody<void> {
  const columns = `"id", "productionId", "sessionId", "performerId", ${JUMP_COLUMNS.map((c) => `"${c}"`).join(", ")}`;
  const placeholders = `(${Array.from({ length: 4 + JUMP_COLUMNS.length }, () => "?").join(", ")})`;
  for (let start = 0; start < all.length; start += JUMPS_PER_INSERT) {
    const batch = all.slice(start, start + JUMPS_PER_INSERT);
    const params = batch.flatMap(({ sessionId, jump }) => [newId(now.getTime()), productionId, sessionId, performerId, ...JUMP_COLUMNS.map((c) => jump[c] ?? null)]);
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
