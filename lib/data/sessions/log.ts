import "server-only";
import { snapshot } from "../../domain/audit-snapshot";
import { ConflictError, errorForRefusal, ForbiddenError, NotFoundError, ValidationError } from "../../domain/errors";
import { assertNotFuture } from "../../domain/not-future";
import { canLogSessionFor, refuseCorrection } from "../../domain/permissions";
import type { ProductionScope } from "../../domain/scope";
import { int, row, type SqlBody } from "../../server/sql-steps";
import { parseOrThrow } from "../../schemas/parse";
import { logTrainingSessionSchema } from "../../schemas/training-session";
import { forbiddenMessage } from "../access";
import { enforceHardLimits, evaluateDoseLimits, limitsOf } from "./dose-limits";
import { insertJumps, readJumps } from "./jumps";
import { insertSessionEquipment, readSessionEquipment } from "./session-equipment";
import { findSession, insertSession, readEntry, refuseArchivedDiscipline, requireDiscipline, requirePerformer } from "./sql";
import { writeSessions } from "./transaction";
import { initialStatusUnderRule } from "./verifier-credential";

/**
 * Log a session, or with `correctsId` a correction of a verified entry. The
 * entry, its audit events and the goals' totals are written together.
 */
export async function logTrainingSession(scope: ProductionScope, input: unknown, now = new Date()) {
  const data = parseOrThrow(logTrainingSessionSchema, input);
  const { actor, role, production } = scope;
  const productionId = production.id;
  assertNotFuture(data.date, production.timeZone, now);

  return writeSessions(scope, "session-logged", now, function* ({ audit, added, lock }) {
    yield* lock([data.performerId]);
    // An unknown performer is 404 before any 403, as everywhere.
    yield* requirePerformer(productionId, data.performerId);
    if (!canLogSessionFor(role, actor.userId, data.performerId)) {
      throw new ForbiddenError(role === "performer" ? "Performers log sessions for themselves only" : forbiddenMessage("session.logForAnyone", role));
    }
    const discipline = yield* requireDiscipline(productionId, data.disciplineId);
    const jumps = data.jumps ?? [];
    if (jumps.length > 0 && !discipline.recordsJumps) {
      throw new ValidationError({ jumps: `${discipline.name} does not record jumps: log the count without jump rows` });
    }
    const corrected = data.correctsId ? yield* assertCorrectable(scope, data.correctsId, data.performerId) : null;
    // A correction may fix an entry of an archived discipline within it; nothing new lands in one, and nothing moves into one.
    if (corrected?.disciplineId !== data.disciplineId) refuseArchivedDiscipline(discipline);

    const limits = limitsOf(discipline);
    const where = { productionId, performerId: data.performerId, disciplineId: data.disciplineId };
    const violations = yield* evaluateDoseLimits(where, limits, data, [data.correctsId ?? null]);
    const limitOverrideReason = enforceHardLimits(role, limits, violations, data.overrideReason);

    // A correction always waits for sign-off: it changes an entry someone already signed.
    const status = data.correctsId ? "pending" : yield* initialStatusUnderRule(scope, data.performerId, now);
    const id = yield* insertSession(
      {
        productionId,
        performerId: data.performerId,
        disciplineId: data.disciplineId,
        date: data.date,
        count: data.count,
        durationMinutes: data.durationMinutes ?? null,
        rpe: data.rpe ?? null,
        location: data.location ?? null,
        notes: data.notes ?? null,
        status,
        loggedById: actor.userId,
        verifiedById: status === "verified" ? actor.userId : null,
        verifiedAt: status === "verified" ? now : null,
        correctsId: data.correctsId ?? null,
        correctionReason: data.correctsId ? (data.reason ?? null) : null,
        limitOverrideReason,
      },
      now,
    );
    yield* insertJumps({ productionId, performerId: data.performerId, sessionId: id, correctsId: data.correctsId ?? null }, jumps, now);
    yield* insertSessionEquipment(productionId, id, data.equipmentIds ?? []);
    const equipment = data.equipmentIds?.length ? yield* readSessionEquipment(id) : [];
    const entry = { ...(yield* readEntry(id)), ...(jumps.length > 0 ? { jumps: yield* readJumps(id) } : {}), ...(equipment.length > 0 ? { equipment } : {}) };
    yield* audit({
      sessionId: id,
      action: data.correctsId ? "correct" : "create",
      after: snapshot(entry),
      reason: data.correctsId ? data.reason : limitOverrideReason ? `Hard limit overridden: ${limitOverrideReason} (${violations.join("; ")})` : null,
    });
    if (status === "verified") yield* audit({ sessionId: id, action: "verify", reason: "logged by a coordinator" });
    // A pending correction does not count until it is verified (it replaces its original then): no total moves.
    if (!data.correctsId) added(data.performerId, data.disciplineId, { date: data.date, count: data.count, verified: status === "verified" });
    return { ...entry, warnings: violations };
  });
}

/** The entry a correction corrects, once it may be corrected by this actor now. */
function* assertCorrectable(scope: ProductionScope, correctsId: string, performerId: string): SqlBody<{ disciplineId: string }> {
  const productionId = scope.production.id;
  const original = yield* findSession(productionId, correctsId);
  if (!original) throw new NotFoundError("The entry to correct does not exist in this production");
  if (original.performerId !== performerId) {
    throw new ValidationError({ performerId: "A correction is for the same performer as the entry it corrects" });
  }
  const refusal = refuseCorrection(scope.role, scope.actor.userId, original);
  if (refusal) throw errorForRefusal(refusal);
  // Under the production lock: two corrections of one entry cannot both get past this.
  const pending = yield* row<{ n: unknown }>(
    `SELECT COUNT(*) AS "n" FROM "TrainingSession" WHERE "correctsId" = ? AND "productionId" = ? AND "status" = 'pending'`,
    correctsId,
    productionId,
  );
  if (int(pending?.n) > 0) throw new ConflictError("A correction of this entry is already waiting for sign-off");
  return original;
}
