import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { ValidationError } from "../domain/errors";
import { createDisciplineSchema } from "../schemas/discipline";
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
