import "server-only";
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db";
import { errorForRefusal, NotFoundError } from "../errors";
import { publishProductionChange } from "../live-updates";
import { refuseChange } from "../permissions";
import { editTrainingSessionSchema } from "../schemas/training-session";
import { findDiscipline, loadMembership } from "./access";
import { recordAudit, snapshot } from "./audit";
import { refreshGoalReaches } from "./goal-reaches";
import { parseOrThrow } from "./parse";
import { sessionSelect } from "./session-select";
import { assertNotFuture } from "./training-sessions";

// Editing and deleting entries. Only pending ones: a verified entry is locked
// (fix it with a correction), a rejected one is kept as it was.

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
  if (changes.disciplineId) await findDiscipline(db, productionId, changes.disciplineId);
  if (changes.date) assertNotFuture(changes.date, production.timeZone, now);
  const updated = await db.$transaction(async (tx) => {
    const row = await tx.trainingSession.update({ where: { id: sessionId }, data: changes, select: sessionSelect });
    await recordAudit(tx, { productionId, sessionId, actorId: actor.userId, action: "edit", before: snapshot(session), after: snapshot(row), at: now });
    await refreshGoalReaches(tx, { productionId, performerId: session.performerId, disciplineId: session.disciplineId });
    if (row.disciplineId !== session.disciplineId) {
      await refreshGoalReaches(tx, { productionId, performerId: session.performerId, disciplineId: row.disciplineId });
    }
    return row;
  });
  publishProductionChange(productionId, "session-logged", now);
  return updated;
}

export async function deleteTrainingSession(actor: Actor, productionId: string, sessionId: string, now = new Date()) {
  const db = await getDb();
  const { session } = await loadForChange(db, actor, productionId, sessionId);
  await db.$transaction(async (tx) => {
    await tx.trainingSession.delete({ where: { id: sessionId } });
    await recordAudit(tx, { productionId, sessionId, actorId: actor.userId, action: "delete", before: snapshot(session), at: now });
    await refreshGoalReaches(tx, { productionId, performerId: session.performerId, disciplineId: session.disciplineId });
  });
  publishProductionChange(productionId, "session-logged", now);
  return { id: sessionId, deleted: true };
}
