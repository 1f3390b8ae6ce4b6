import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import type { ProductionScope } from "../domain/scope";
import { getDb, type Db } from "../server/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../domain/errors";
import { canViewPerformer } from "../domain/permissions";
import { archiveGoalSchema, createGoalSchema, updateGoalSchema } from "../schemas/goal";
import { findDiscipline, findPerformer } from "./access";
import { lockPerformer } from "./production-lock";
import { requirePermission } from "./scope";
import { refreshGoalReachesWithPrisma } from "./goal-reaches";
import { parseOrThrow } from "../schemas/parse";

const GOAL_SELECT = {
  id: true,
  performerId: true,
  disciplineId: true,
  target: true,
  startDate: true,
  deadline: true,
  milestones: { select: { name: true, count: true, freefallMinutes: true }, orderBy: { count: "asc" } },
} as const;

/**
 * At most one active goal per performer and discipline: two would count the
 * same reps twice and give the verdict two answers. Read under the performer's
 * lock, so two requests setting the same goal at once cannot both pass.
 * Returns why not, or null.
 */
async function secondActiveGoal(tx: Pick<Db, "goal">, where: { productionId: string; performerId: string; disciplineId: string }, disciplineName: string, exceptGoalId?: string): Promise<string | null> {
  const active = await tx.goal.findFirst({ where: { ...where, archivedAt: null, ...(exceptGoalId ? { id: { not: exceptGoalId } } : {}) }, select: { id: true } });
  return active ? `This performer already has an active ${disciplineName} goal: edit that one, or archive it first` : null;
}

function refuseArchivedDiscipline(discipline: { name: string; archivedAt: Date | null }) {
  if (discipline.archivedAt) throw new ValidationError({ disciplineId: `${discipline.name} is archived: restore it in Settings before setting a goal in it` });
}

/** Freefall comes from per-jump rows, which only a jump discipline has: such a milestone could never be reached. */
function refuseFreefallOutsideJumps(discipline: { name: string; recordsJumps: boolean }, milestones: { freefallMinutes?: number }[] | undefined) {
  const withFreefall = (milestones ?? []).map((m, i) => [m, i] as const).filter(([m]) => m.freefallMinutes !== undefined);
  if (withFreefall.length > 0 && !discipline.recordsJumps) {
    throw new ValidationError(
      Object.fromEntries(withFreefall.map(([, i]) => [`milestones.${i}.freefallMinutes`, `${discipline.name} does not record jumps: a milestone can require freefall only in a jump discipline`])),
    );
  }
}

export async function createGoal(scope: ProductionScope, input: unknown, now = new Date()) {
  const data = parseOrThrow(createGoalSchema, input);
  requirePermission(scope, "goal.manage");
  const productionId = scope.production.id;
  const db = await getDb();
  await findPerformer(db, productionId, data.performerId);
  const discipline = await findDiscipline(db, productionId, data.disciplineId);
  refuseArchivedDiscipline(discipline);
  refuseFreefallOutsideJumps(discipline, data.milestones);
  const goal = await db.$transaction(async (tx) => {
    await lockPerformer(tx, productionId, data.performerId);
    // Again under the lock: the discipline may have been archived since it was read.
    refuseArchivedDiscipline(await tx.discipline.findUniqueOrThrow({ where: { id: data.disciplineId }, select: { name: true, archivedAt: true } }));
    const second = await secondActiveGoal(tx, { productionId, performerId: data.performerId, disciplineId: data.disciplineId }, discipline.name);
    // A field error, like a discipline name already taken: the form marks the discipline.
    if (second) throw new ValidationError({ disciplineId: second });
    const row = await tx.goal.create({
    data: {
      productionId,
      performerId: data.performerId,
      disciplineId: data.disciplineId,
      target: data.target,
      startDate: data.startDate,
      deadline: data.deadline,
      milestones: { create: (data.milestones ?? []).map((m) => ({ name: m.name, count: m.count, freefallMinutes: m.freefallMinutes ?? null })) },
    },
    select: GOAL_SELECT,
    });
    // Sessions logged before the goal existed count toward it from its start date.
    await refreshGoalReachesWithPrisma(tx, { productionId, performerId: data.performerId, disciplineId: data.disciplineId });
    await recordAudit(tx, auditorOf(scope), { subject: "goal", subjectId: row.id, action: "create", after: row }, now);
    return row;
  });
  const { id, ...rest } = goal;
  return { goalId: id, ...rest };
}

/**
 * Change a goal's target, dates and milestones (coordinators): the whole of
 * them, as the form shows them. Its performer and discipline stay; the
 * running totals and reach days are recomputed in the same transaction, and
 * the change is audited with the goal before and after.
 */
export async function updateGoal(scope: ProductionScope, goalId: string, input: unknown, now = new Date()) {
  const data = parseOrThrow(updateGoalSchema, input);
  requirePermission(scope, "goal.manage");
  const productionId = scope.production.id;
  const db = await getDb();
  const existing = await db.goal.findFirst({ where: { id: goalId, productionId }, select: { performerId: true, disciplineId: true, archivedAt: true } });
  if (!existing) throw new NotFoundError("No such goal in this production");
  if (existing.archivedAt) throw new ConflictError("This goal is archived: restore it before editing it");
  refuseFreefallOutsideJumps(await findDiscipline(db, productionId, existing.disciplineId), data.milestones);
  const goal = await db.$transaction(async (tx) => {
    await lockPerformer(tx, productionId, existing.performerId);
    // Again under the lock: an archive may have committed since the first read.
    if ((await tx.goal.findUniqueOrThrow({ where: { id: goalId }, select: { archivedAt: true } })).archivedAt) throw new ConflictError("This goal is archived: restore it before editing it");
    const before = await tx.goal.findUniqueOrThrow({ where: { id: goalId }, select: GOAL_SELECT });
    await tx.goalMilestone.deleteMany({ where: { goalId } });
    const after = await tx.goal.update({
      where: { id: goalId },
      data: {
        target: data.target,
        startDate: data.startDate,
        deadline: data.deadline,
        milestones: { create: (data.milestones ?? []).map((m) => ({ name: m.name, count: m.count, freefallMinutes: m.freefallMinutes ?? null })) },
      },
      select: GOAL_SELECT,
    });
    // A new start date or target moves what counts and the days milestones were reached.
    await refreshGoalReachesWithPrisma(tx, { productionId, performerId: existing.performerId, disciplineId: existing.disciplineId });
    await recordAudit(tx, auditorOf(scope), { subject: "goal", subjectId: goalId, action: "edit", before, after }, now);
    return after;
  });
  const { id, ...rest } = goal;
  return { goalId: id, ...rest };
}

/**
 * Archive a goal (off every progress view and verdict; its totals and audit
 * trail stay) or restore it (coordinators). A restore is refused while the
 * performer has another active goal in the discipline, or the discipline is
 * archived. Audited as "archive" / "restore".
 */
export async function setGoalArchived(scope: ProductionScope, goalId: string, input: unknown, now = new Date()) {
  const data = parseOrThrow(archiveGoalSchema, input);
  requirePermission(scope, "goal.manage");
  const productionId = scope.production.id;
  const db = await getDb();
  const existing = await db.goal.findFirst({ where: { id: goalId, productionId }, select: { performerId: true, disciplineId: true } });
  if (!existing) throw new NotFoundError("No such goal in this production");
  return db.$transaction(async (tx) => {
    await lockPerformer(tx, productionId, existing.performerId);
    const goal = await tx.goal.findUniqueOrThrow({ where: { id: goalId }, select: { archivedAt: true, discipline: { select: { name: true, archivedAt: true } } } });
    // Already as asked: answer as it stands, write and audit nothing (a resent request changes nothing).
    if ((goal.archivedAt !== null) === data.archived) return { goalId, archived: data.archived, archivedAt: goal.archivedAt };
    if (!data.archived) {
      if (goal.discipline.archivedAt) throw new ConflictError(`${goal.discipline.name} is archived: restore the discipline in Settings first`);
      const second = await secondActiveGoal(tx, { productionId, ...existing }, goal.discipline.name, goalId);
      if (second) throw new ConflictError(second);
    }
    const archivedAt = data.archived ? now : null;
    await tx.goal.update({ where: { id: goalId }, data: { archivedAt } });
    await recordAudit(tx, auditorOf(scope), { subject: "goal", subjectId: goalId, action: data.archived ? "archive" : "restore", before: { archivedAt: goal.archivedAt }, after: { archivedAt } }, now);
    return { goalId, archived: data.archived, archivedAt };
  });
}

/** One goal with its performer's and discipline's names, for the edit form (coordinators). */
export async function getGoal(scope: ProductionScope, goalId: string) {
  requirePermission(scope, "goal.manage");
  const db = await getDb();
  const goal = await db.goal.findFirst({ where: { id: goalId, productionId: scope.production.id }, select: { ...GOAL_SELECT, archivedAt: true, discipline: { select: { name: true, unit: true, archivedAt: true } } } });
  if (!goal) throw new NotFoundError("No such goal in this production");
  const performer = await findPerformer(db, scope.production.id, goal.performerId);
  const { id, discipline, ...rest } = goal;
  return { goalId: id, ...rest, discipline, performer: { id: performer.id, name: performer.name } };
}

/**
 * A performer's archived goals, latest archived first, with the reps counted
 * toward each (its running total, kept current after archiving): for the
 * performer's page, where a coordinator may restore one.
 */
export async function listArchivedGoals(scope: ProductionScope, performerId: string) {
  const productionId = scope.production.id;
  const db = await getDb();
  await findPerformer(db, productionId, performerId);
  if (!canViewPerformer(scope.role, scope.actor.userId, performerId)) throw new ForbiddenError("Performers see their own goals only");
  const goals = await db.goal.findMany({
    where: { productionId, performerId, archivedAt: { not: null } },
    select: { id: true, target: true, startDate: true, deadline: true, archivedAt: true, discipline: { select: { name: true, unit: true, archivedAt: true } }, total: { select: { done: true } } },
    orderBy: [{ archivedAt: "desc" }, { id: "asc" }],
  });
  return goals.map((g) => ({
    goalId: g.id,
    discipline: g.discipline.name,
    unit: g.discipline.unit,
    disciplineArchived: g.discipline.archivedAt !== null,
    target: g.target,
    done: g.total?.done ?? 0,
    startDate: g.startDate,
    deadline: g.deadline,
    archivedAt: g.archivedAt!,
  }));
}
