import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";
import { createGoalSchema } from "../schemas/goal";
import { authorize, findDiscipline, findPerformer } from "./access";
import { parseOrThrow } from "./parse";

export async function createGoal(actor: Actor, productionId: string, input: unknown) {
  const data = parseOrThrow(createGoalSchema, input);
  const db = await getDb();
  await authorize(db, actor, productionId, "goal.manage");
  await findPerformer(db, productionId, data.performerId);
  await findDiscipline(db, productionId, data.disciplineId);
  const goal = await db.goal.create({
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
  const { id, ...rest } = goal;
  return { goalId: id, ...rest };
}
