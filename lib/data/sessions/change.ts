import "server-only";
import { snapshot } from "../../domain/audit-snapshot";
import { ConflictError, errorForRefusal, NotFoundError, ValidationError } from "../../domain/errors";
import { assertNotFuture } from "../../domain/not-future";
import { refuseChange } from "../../domain/permissions";
import type { ProductionScope } from "../../domain/scope";
import type { SqlBody } from "../../server/sql-steps";
import { parseOrThrow } from "../../schemas/parse";
import { editTrainingSessionSchema } from "../../schemas/training-session";
import { enforceHardLimits, evaluateDoseLimits, limitsOf } from "./dose-limits";
import { countJumps, deleteJumps } from "./jumps";
import { deleteSessionEquipment } from "./session-equipment";
import { deleteSession, findSessionLocked, readEntry, refuseArchivedDiscipline, requireDiscipline, updatePendingSession, type SessionRow } from "./sql";
import { writeSessions, type SessionWrite } from "./transaction";

// Editing and deleting entries. Only pending ones: a verified entry is locked
// (fix it with a correction), a rejected one is kept as it was. The entry is
// read under the production lock, so a sign-off cannot land between the
// check and the write.

function* loadForChange(write: SessionWrite, scope: ProductionScope, sessionId: string): SqlBody<SessionRow> {
  const session = yield* findSessionLocked(write.lock, scope.production.id, sessionId);
  if (!session) throw new NotFoundError("No such session in this production");
  const refusal = refuseChange(scope.role, scope.actor.userId, session);
  if (refusal) throw errorForRefusal(refusal);
  return session;
}

export async function editTrainingSession(scope: ProductionScope, sessionId: string, input: unknown, now = new Date()) {
  const changes = parseOrThrow(editTrainingSessionSchema, input);
  const productionId = scope.production.id;
  if (changes.date) assertNotFuture(changes.date, scope.production.timeZone, now);
  return writeSessions(scope, "session-logged", now, function* (write) {
    const { audit, touch } = write;
    const session = yield* loadForChange(write, scope, sessionId);
    const discipline = yield* requireDiscipline(productionId, changes.disciplineId ?? session.disciplineId);
    if (changes.disciplineId !== undefined && changes.disciplineId !== session.disciplineId) refuseArchivedDiscipline(discipline);
    // An entry with per-jump rows keeps one row per jump: its count and its
    // kind of discipline stay as they are (log a new entry to change them).
    if (changes.count !== undefined || changes.disciplineId !== undefined) {
      const jumps = yield* countJumps(sessionId);
      if (jumps > 0 && changes.count !== undefined && changes.count !== session.count) {
        throw new ValidationError({ count: `This entry has ${jumps} jump rows: its count stays ${session.count}` });
      }
      if (jumps > 0 && !discipline.recordsJumps) throw new ValidationError({ disciplineId: `${discipline.name} does not record jumps, and this entry has jump rows` });
    }
    // An edit is held to the dose limits like a new entry; over a hard limit the
    // entry must be logged anew with a coordinator's override instead.
    const merged = { date: changes.date ?? session.date, count: changes.count ?? session.count };
    const limits = limitsOf(discipline);
    const where = { productionId, performerId: session.performerId, disciplineId: discipline.id };
    // A pending correction is judged without the entry it replaces, as when it was logged.
    const warnings = yield* evaluateDoseLimits(where, limits, merged, [sessionId, session.correctsId]);
    // An edit that changes no dose (notes, location, duration) is never refused:
    // the day may be over a hard limit through a coordinator's override.
    const changesDose = changes.date !== undefined || changes.count !== undefined || changes.disciplineId !== undefined;
    if (changesDose) enforceHardLimits(scope.role, limits, warnings, undefined);

    if ((yield* updatePendingSession(sessionId, changes, now)) === 0) throw new ConflictError("This entry was signed off a moment ago and is now locked");
    const entry = yield* readEntry(sessionId);
    yield* audit({ sessionId, action: "edit", before: snapshot(session), after: snapshot(entry) });
    touch(session.performerId, session.disciplineId);
    touch(entry.performerId, entry.disciplineId);
    return { ...entry, warnings };
  });
}

export async function deleteTrainingSession(scope: ProductionScope, sessionId: string, now = new Date()) {
  return writeSessions(scope, "session-logged", now, function* (write) {
    const { audit, touch } = write;
    const session = yield* loadForChange(write, scope, sessionId);
    yield* deleteJumps(sessionId);
    yield* deleteSessionEquipment(sessionId);
    yield* deleteSession(sessionId);
    yield* audit({ sessionId, action: "delete", before: snapshot(session) });
    touch(session.performerId, session.disciplineId);
    return { id: sessionId, deleted: true as const };
  });
}
