import "server-only";
import { snapshot } from "../../domain/audit-snapshot";
import { ConflictError, errorForRefusal, NotFoundError } from "../../domain/errors";
import { assertNotFuture } from "../../domain/not-future";
import { refuseChange } from "../../domain/permissions";
import type { ProductionScope } from "../../domain/scope";
import { parseOrThrow } from "../../schemas/parse";
import { editTrainingSessionSchema } from "../../schemas/training-session";
import { findDiscipline } from "../access";
import { enforceHardLimits, evaluateDoseLimits, limitsOf } from "./dose-limits";
import { sessionSelect } from "./select";
import { writeSessions, type Tx } from "./transaction";

// Editing and deleting entries. Only pending ones: a verified entry is locked
// (fix it with a correction), a rejected one is kept as it was. The entry is
// read under the production lock, so a sign-off cannot land between the
// check and the write.

async function loadForChange(tx: Tx, scope: ProductionScope, sessionId: string) {
  const session = await tx.trainingSession.findFirst({ where: { id: sessionId, productionId: scope.production.id } });
  if (!session) throw new NotFoundError("No such session in this production");
  const refusal = refuseChange(scope.role, scope.actor.userId, session);
  if (refusal) throw errorForRefusal(refusal);
  return session;
}

export async function editTrainingSession(scope: ProductionScope, sessionId: string, input: unknown, now = new Date()) {
  const changes = parseOrThrow(editTrainingSessionSchema, input);
  const productionId = scope.production.id;
  if (changes.date) assertNotFuture(changes.date, scope.production.timeZone, now);
  return writeSessions(scope, "session-logged", now, async ({ tx, audit, touch }) => {
    const session = await loadForChange(tx, scope, sessionId);
    const discipline = await findDiscipline(tx, productionId, changes.disciplineId ?? session.disciplineId);
    // An edit is held to the dose limits like a new entry; over a hard limit the
    // entry must be logged anew with a coordinator's override instead.
    const merged = { date: changes.date ?? session.date, count: changes.count ?? session.count };
    const limits = limitsOf(discipline);
    const where = { productionId, performerId: session.performerId, disciplineId: discipline.id };
    const warnings = await evaluateDoseLimits(tx, where, limits, merged, [sessionId]);
    enforceHardLimits(scope.role, limits, warnings, undefined);

    const { count } = await tx.trainingSession.updateMany({ where: { id: sessionId, productionId, status: "pending" }, data: changes });
    if (count === 0) throw new ConflictError("This entry was signed off a moment ago and is now locked");
    const row = await tx.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: sessionSelect });
    await audit({ sessionId, action: "edit", before: snapshot(session), after: snapshot(row) });
    touch(session.performerId, session.disciplineId);
    touch(row.performerId, row.disciplineId);
    return { ...row, warnings };
  });
}

export async function deleteTrainingSession(scope: ProductionScope, sessionId: string, now = new Date()) {
  return writeSessions(scope, "session-logged", now, async ({ tx, audit, touch }) => {
    const session = await loadForChange(tx, scope, sessionId);
    await tx.trainingSession.delete({ where: { id: sessionId } });
    await audit({ sessionId, action: "delete", before: snapshot(session) });
    touch(session.performerId, session.disciplineId);
    return { id: sessionId, deleted: true as const };
  });
}
