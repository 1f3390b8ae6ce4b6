import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { NotFoundError, ValidationError } from "../domain/errors";
import { createDisciplineSchema, updateDisciplineSchema } from "../schemas/discipline";
import { requirePermission } from "./scope";
import { parseOrThrow } from "../schemas/parse";

export async function listDisciplines(scope: ProductionScope) {
  requirePermission(scope, "production.view");
  const productionId = scope.production.id;
  const db = await getDb();
  return db.discipline.findMany({
    where: { productionId },
    select: { id: true, name: true, unit: true, recordsJumps: true, fromTakes: true },
    orderBy: { createdAt: "asc" },
  });
}

export async function createDiscipline(scope: ProductionScope, input: unknown, now = new Date()) {
  const data = parseOrThrow(createDisciplineSchema, input);
  requirePermission(scope, "discipline.manage");
  const productionId = scope.production.id;
  const db = await getDb();
  const existing = await db.discipline.findUnique({
    where: { productionId_name: { productionId, name: data.name } },
    select: { id: true },
  });
  if (existing) throw new ValidationError({ name: `This production already has a discipline called "${data.name}"` });
  return db.$transaction(async (tx) => {
    const created = await tx.discipline.create({
      data: { productionId, name: data.name, unit: data.unit, recordsJumps: data.recordsJumps ?? false, fromTakes: data.fromTakes ?? false },
      select: { id: true, name: true, unit: true, recordsJumps: true, fromTakes: true },
    });
    await recordAudit(tx, auditorOf(scope), { subject: "discipline", subjectId: created.id, action: "create", after: created }, now);
    return created;
  });
}

/**
 * Rename a discipline, change its unit, or whether takes count as its reps
 * (coordinators). Its entries, goals and limits stay with it; the change is
 * audited with the discipline before and after.
 */
export async function updateDiscipline(scope: ProductionScope, disciplineId: string, input: unknown, now = new Date()) {
  const data = parseOrThrow(updateDisciplineSchema, input);
  requirePermission(scope, "discipline.manage");
  const productionId = scope.production.id;
  const db = await getDb();
  const select = { id: true, name: true, unit: true, recordsJumps: true, fromTakes: true } as const;
  const before = await db.discipline.findFirst({ where: { id: disciplineId, productionId }, select });
  if (!before) throw new NotFoundError("No such discipline in this production");
  if (data.name !== undefined && data.name !== before.name) {
    const taken = await db.discipline.findUnique({ where: { productionId_name: { productionId, name: data.name } }, select: { id: true } });
    if (taken) throw new ValidationError({ name: `This production already has a discipline called "${data.name}"` });
  }
  return db.$transaction(async (tx) => {
    const after = await tx.discipline.update({ where: { id: disciplineId }, data, select });
    const { id: _b, ...was } = before;
    const { id: _a, ...now_ } = after;
    await recordAudit(tx, auditorOf(scope), { subject: "discipline", subjectId: disciplineId, action: "edit", before: was, after: now_ }, now);
    return after;
  });
}
