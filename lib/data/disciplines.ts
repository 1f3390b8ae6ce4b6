import "server-only";
import type { Actor } from "../domain/actor";
import { getDb } from "../server/db";
import { ValidationError } from "../domain/errors";
import { createDisciplineSchema } from "../schemas/discipline";
import { authorize } from "./access";
import { parseOrThrow } from "../schemas/parse";

export async function listDisciplines(actor: Actor, productionId: string) {
  const db = await getDb();
  await authorize(db, actor, productionId, "production.view");
  return db.discipline.findMany({
    where: { productionId },
    select: { id: true, name: true, unit: true },
    orderBy: { createdAt: "asc" },
  });
}

export async function createDiscipline(actor: Actor, productionId: string, input: unknown) {
  const data = parseOrThrow(createDisciplineSchema, input);
  const db = await getDb();
  await authorize(db, actor, productionId, "discipline.manage");
  const existing = await db.discipline.findUnique({
    where: { productionId_name: { productionId, name: data.name } },
    select: { id: true },
  });
  if (existing) throw new ValidationError({ name: `This production already has a discipline called "${data.name}"` });
  return db.discipline.create({
    data: { productionId, name: data.name, unit: data.unit },
    select: { id: true, name: true, unit: true },
  });
}
