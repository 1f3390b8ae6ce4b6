import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { ValidationError } from "../domain/errors";
import { createGoalSchema } from "../schemas/goal";
import { findDiscipline, findPerformer } from "./access";
import { lockPerformer } from "./production-lock";
import { requirePermission } from "./scope";
import { refreshGoalReachesWithPrisma } from "./goal-reaches";
import { parseOrThrow } from "../schemas/parse";

export async function createGoal(scope: ProductionScope, input: unknown, now = new Date()) {
  const data = parseOrThrow(createGoalSchema, input);
  requirePermission(scope, "goal.manage");
  const productionId = scope.production.id;
  const db = await getDb();
  await findPerformer(db, productionId, data.performerId);
  const discipline = await findDiscipline(db, productionId, data.disciplineId);
  const withFreefall = (data.milestones ?? []).map((m, i) => [m, i] as const).filter(([m]) => m.freefallMinutes !== undefined);
  if (withFreefall.length > 0 && !discipline.recordsJumps) {
    // Freefall comes from per-jump rows, which only a jump discipline has: such a milestone could never be reached.
    throw new ValidationError(
      Object.fromEntries(withFreefall.map(([, i]) => [`milestones.${i}.freefallMinutes`, `${discipline.name} does not record jumps: a milestone can require freefall only in a jump discipline`])),
    );
  }
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
    select: {
      id: true,
      performerId: true,
      disciplineId: true,
      target: true,
      startDate: true,
      deadline: true,
      milestones: { select: { name: true, count: true, freefallMinutes: true }, orderBy: { count: "asc" } },
    },
    });
    // Sessions logged before the goal existed count toward it from its start date.
    await refreshGoalReachesWithPrisma(tx, { productionId, performerId: data.performerId, disciplineId: data.disciplineId });
    await recordAudit(tx, auditorOf(scope), { subject: "goal", subjectId: row.id, action: "create", after: row }, now);
    return row;
  });
  const { id, ...rest } = goal;
  return { goalId: id, ...rest };
}
