import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { NotFoundError, ValidationError } from "../domain/errors";
import { createGoalSchema, updateGoalSchema } from "../schemas/goal";
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
  refuseFreefallOutsideJumps(discipline, data.milestones);
  const goal = await db.$transaction(async (tx) => {
    await lockPerformer(tx, productionId, data.performerId);
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
  const existing = await db.goal.findFirst({ where: { id: goalId, productionId }, select: { performerId: true, disciplineId: true } });
  if (!existing) throw new NotFoundError("No such goal in this production");
  refuseFreefallOutsideJumps(await findDiscipline(db, productionId, existing.disciplineId), data.milestones);
  const goal = await db.$transaction(async (tx) => {
    await lockPerformer(tx, productionId, existing.performerId);
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

/** One goal with its performer's and discipline's names, for the edit form (coordinators). */
export async function getGoal(scope: ProductionScope, goalId: string) {
  requirePermission(scope, "goal.manage");
  const db = await getDb();
  const goal = await db.goal.findFirst({ where: { id: goalId, productionId: scope.production.id }, select: { ...GOAL_SELECT, discipline: { select: { name: true, unit: true } } } });
  if (!goal) throw new NotFoundError("No such goal in this production");
  const performer = await findPerformer(db, scope.production.id, goal.performerId);
  const { id, discipline, ...rest } = goal;
  return { goalId: id, ...rest, discipline, performer: { id: performer.id, name: performer.name } };
}
