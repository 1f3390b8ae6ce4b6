import "server-only";
import type { Actor } from "../domain/actor";
import { getDb, type Db } from "../server/db";
import { ConflictError, errorForRefusal, LimitExceededError, NotFoundError } from "../domain/errors";
import { publishProductionChange } from "../server/live-updates";
import { refuseChange } from "../domain/permissions";
import { editTrainingSessionSchema } from "../schemas/training-session";
import { findDiscipline, loadMembership } from "./access";
import { recordAudit, snapshot } from "./audit";
import { refreshGoalReaches } from "./goal-reaches";
import { evaluateDoseLimits, limitsOf } from "./limits";
import { parseOrThrow } from "../schemas/parse";
import { sessionSelect } from "./session-select";
import { assertNotFuture } from "./training-sessions";

// Editing and deleting entries. Only pending ones: a verified entry is locked
// (fix it with a correction), a rejected one is kept as it was. The lock is
// re-checked by the write itself (conditional on "pending"), so a sign-off
// landing between the check and the write cannot be overtaken.

const STILL_PENDING = "This entry was signed off a moment ago and is now locked";

async function loadForChange(db: Db, actor: Actor, productionId: string, sessionId: string) {
  const { role, production } = await loadMembership(db, actor, productionId);
  const session = await db.trainingSession.findFirst({ where: { id: sessionId, productionId } });
  if (!session) throw new NotFoundError("No such session in this production");
  const refusal = refuseChange(role, actor.userId, session);
  if (refusal) throw errorForRefusal(refusal);
  return { session, production };
}

export async function editTrainingSession(actor: Actor, productionId: string, sessionId: string, input: unknown, now = new Date()) {
  const changes = parseOrThrow(editTrainingSessionSchema, input);
  const db = await getDb();
  const { session, production } = await loadForChange(db, actor, productionId, sessionId);
  const discipline = await findDiscipline(db, productionId, changes.disciplineId ?? session.disciplineId);
  if (changes.date) assertNotFuture(changes.date, production.timeZone, now);
  // An edit is held to the dose limits like a new entry; over a hard limit the
  // entry must be logged anew with a coordinator's override instead.
  const merged = { date: changes.date ?? session.date, count: changes.count ?? session.count };
  const limits = limitsOf(discipline);
  const warnings = (
    await evaluateDoseLimits(db, { productionId, performerId: session.performerId, disciplineId: discipline.id }, limits, merged, [sessionId])
  ).map((v) => v.message);
  if (warnings.length && limits.hard) throw new LimitExceededError(warnings);

  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.trainingSession.updateMany({ where: { id: sessionId, productionId, status: "pending" }, data: changes });
    if (count === 0) throw new ConflictError(STILL_PENDING);
    const row = await tx.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: sessionSelect });
    await recordAudit(tx, { productionId, sessionId, actorId: actor.userId, action: "edit", before: snapshot(session), after: snapshot(row), at: now });
    await refreshGoalReaches(tx, { productionId, performerId: session.performerId, disciplineId: session.disciplineId });
    if (row.disciplineId !== session.disciplineId) {
      await refreshGoalReaches(tx, { productionId, performerId: session.performerId, disciplineId: row.disciplineId });
    }
    return row;
  });
  await publishProductionChange(productionId, "session-logged", now);
  return { ...updated, warnings };
}

export async function deleteTrainingSession(actor: Actor, productionId: string, sessionId: string, now = new Date()) {
  const db = await getDb();
  const { session } = await loadForChange(db, actor, productionId, sessionId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.trainingSession.deleteMany({ where: { id: sessionId, productionId, status: "pending" } });
    if (count === 0) throw new ConflictError(STILL_PENDING);
    await recordAudit(tx, { productionId, sessionId, actorId: actor.userId, action: "delete", before: snapshot(session), at: now });
    await refreshGoalReaches(tx, { productionId, performerId: session.performerId, disciplineId: session.disciplineId });
  });
  await publishProductionChange(productionId, "session-logged", now);
  return { id: sessionId, deleted: true };
}
