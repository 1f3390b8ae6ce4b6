import "server-only";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { createGoalSchema } from "../schemas/goal";
import { findDiscipline, findPerformer } from "./access";
import { lockPerformer } from "./production-lock";
import { requirePermission } from "./scope";
import { refreshGoalReachesWithPrisma } from "./goal-reaches";
import { parseOrThrow } from "../schemas/parse";

export async function createGoal(scope: ProductionScope, input: unknown) {
  const data = parseOrThrow(createGoalSchema, input);
  requirePermission(scope, "goal.manage");
  const productionId = scope.production.id;
  const db = await getDb();
  await findPerformer(db, productionId, data.performerId);
  await findDiscipline(db, productionId, data.disciplineId);
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
      milestones: { create: (data.milestones ?? []).map((m) => ({ name: m.name, count: m.count })) },
    },
    select: {
      id: true,
      performerId: true,
      disciplineId: true,
      target: true,
      startDate: true,
      deadline: true,
      milestones: { select: { name: true, count: true }, orderBy: { count: "asc" } },
    },
    });
    // Sessions logged before the goal existed count toward it from its start date.
    await refreshGoalReachesWithPrisma(tx, { productionId, performerId: data.performerId, disciplineId: data.disciplineId });
    return row;
  });
  const { id, ...rest } = goal;
  return { goalId: id, ...rest };
}
