import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { NotFoundError, ValidationError } from "../domain/errors";
import { createDisciplineSchema, updateDisciplineSchema } from "../schemas/discipline";
import { requirePermission } from "./scope";
import { lockProductionAndPerformers } from "./production-lock";
import { parseOrThrow } from "../schemas/parse";

const DISCIPLINE_SELECT = { id: true, name: true, unit: true, recordsJumps: true, fromTakes: true, archivedAt: true } as const;

/** Every discipline, archived ones too (their entries are in the logbook); `archivedAt` null: trained now. */
export async function listDisciplines(scope: ProductionScope) {
  requirePermission(scope, "production.view");
  const productionId = scope.production.id;
  const db = await getDb();
  return db.discipline.findMany({
    where: { productionId },
    select: DISCIPLINE_SELECT,
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
      select: DISCIPLINE_SELECT,
    });
    const { archivedAt: _new, ...fields } = created;
    await recordAudit(tx, auditorOf(scope), { subject: "discipline", subjectId: created.id, action: "create", after: fields }, now);
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
  if (data.archived !== undefined) return setDisciplineArchived(scope, disciplineId, data.archived, now);
  const select = { id: true, name: true, unit: true, recordsJumps: true, fromTakes: true } as const;
  const before = await db.discipline.findFirst({ where: { id: disciplineId, productionId }, select });
  if (!before) throw new NotFoundError("No such discipline in this production");
  if (data.name !== undefined && data.name !== before.name) {
    const taken = await db.discipline.findUnique({ where: { productionId_name: { productionId, name: data.name } }, select: { id: true } });
    if (taken) throw new ValidationError({ name: `This production already has a discipline called "${data.name}"` });
  }
  return db.$transaction(async (tx) => {
    const after = await tx.discipline.update({ where: { id: disciplineId }, data, select: DISCIPLINE_SELECT });
    const { id: _b, ...was } = before;
    const { id: _a, archivedAt: _c, ...now_ } = after;
    await recordAudit(tx, auditorOf(scope), { subject: "discipline", subjectId: disciplineId, action: "edit", before: was, after: now_ }, now);
    return after;
  });
}

/**
 * Archive a discipline no longer trained, with its active goals (each goal's
 * archive its own audited event), or restore it (its goals stay archived:
 * restore those one by one). Under the production lock, so no entry or goal
 * lands in it halfway.
 */
async function setDisciplineArchived(scope: ProductionScope, disciplineId: string, archived: boolean, now: Date) {
  const productionId = scope.production.id;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await lockProductionAndPerformers(tx, productionId);
    const before = await tx.discipline.findFirst({ where: { id: disciplineId, productionId }, select: DISCIPLINE_SELECT });
    if (!before) throw new NotFoundError("No such discipline in this production");
    // Already as asked: nothing to write (a resent request changes nothing).
    if ((before.archivedAt !== null) === archived) return before;
    const archivedAt = archived ? now : null;
    const goals = archived ? await tx.goal.findMany({ where: { productionId, disciplineId, archivedAt: null }, select: { id: true }, orderBy: { id: "asc" } }) : [];
    if (goals.length) await tx.goal.updateMany({ where: { id: { in: goals.map((g) => g.id) } }, data: { archivedAt } });
    // Days planned after today would only turn into "missed": nobody logs an archived discipline. Past ones stay, as history.
    if (archived) await tx.plannedSession.deleteMany({ where: { productionId, disciplineId, date: { gt: scope.today } } });
    const after = await tx.discipline.update({ where: { id: disciplineId }, data: { archivedAt }, select: DISCIPLINE_SELECT });
    const by = auditorOf(scope);
    for (const goal of goals) {
      await recordAudit(tx, by, { subject: "goal", subjectId: goal.id, action: "archive", before: { archivedAt: null }, after: { archivedAt }, reason: `${before.name} archived` }, now);
    }
    await recordAudit(tx, by, { subject: "discipline", subjectId: disciplineId, action: archived ? "archive" : "restore", before: { archivedAt: before.archivedAt }, after: { archivedAt } }, now);
    return after;
  });
}
