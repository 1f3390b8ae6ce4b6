import "server-only";
import { recordTake } from "./sessions";
import { auditorOf, recordAudit } from "./audit-log";
import type { ProductionScope } from "../domain/scope";
import { getDb, type Db } from "../server/db";
import { NotFoundError, ValidationError } from "../domain/errors";
import { createStuntSchema, logTakeSchema } from "../schemas/stunt";
import { PERFORMING_MEMBER } from "./access";
import { requirePermission } from "./scope";
import { Prisma } from "@/generated/prisma/client";
import { COUNTING_SESSION_SQL } from "./sql-fragments";
import { parseOrThrow } from "../schemas/parse";

// Stunts (the shots) and their takes (each attempt on set, numbered in order).

function ids(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
}

export async function listStunts(scope: ProductionScope) {
  requirePermission(scope, "stunt.view");
  const productionId = scope.production.id;
  const db = await getDb();
  const stunts = await db.stunt.findMany({
    where: { productionId },
    select: { id: true, name: true, plannedDate: true, performerIds: true, disciplineIds: true, _count: { select: { takes: true } } },
    orderBy: [{ plannedDate: "asc" }, { createdAt: "asc" }],
  });
  return stunts.map((s) => ({
    id: s.id,
    name: s.name,
    plannedDate: s.plannedDate,
    performerIds: ids(s.performerIds),
    disciplineIds: ids(s.disciplineIds),
    takes: s._count.takes,
  }));
}

export async function createStunt(scope: ProductionScope, input: unknown, now = new Date()) {
  const data = parseOrThrow(createStuntSchema, input);
  requirePermission(scope, "stunt.manage");
  const productionId = scope.production.id;
  const db = await getDb();
  const performers = await db.membership.count({ where: { productionId, userId: { in: data.performerIds }, ...PERFORMING_MEMBER } });
  if (performers !== new Set(data.performerIds).size) throw new ValidationError({ performerIds: "Every performer must be a performer of this production" });
  const disciplines = await db.discipline.findMany({ where: { productionId, id: { in: data.disciplineIds } }, select: { name: true, archivedAt: true } });
  if (disciplines.length !== new Set(data.disciplineIds).size) throw new ValidationError({ disciplineIds: "Every discipline must belong to this production" });
  const archived = disciplines.find((d) => d.archivedAt);
  if (archived) throw new ValidationError({ disciplineIds: `${archived.name} is archived: a stunt is prepared by disciplines trained now` });
  const equipment = await db.equipment.count({ where: { productionId, id: { in: data.equipmentIds } } });
  if (equipment !== new Set(data.equipmentIds).size) throw new ValidationError({ equipmentIds: "Every piece of equipment must belong to this production" });
  return db.$transaction(async (tx) => {
    const stunt = await tx.stunt.create({
      data: {
        productionId,
        name: data.name,
        plannedDate: data.plannedDate ?? null,
        description: data.description ?? null,
        performerIds: JSON.stringify([...new Set(data.performerIds)]),
        disciplineIds: JSON.stringify([...new Set(data.disciplineIds)]),
        equipmentIds: JSON.stringify([...new Set(data.equipmentIds)]),
      },
    });
    const created = { id: stunt.id, name: stunt.name, plannedDate: stunt.plannedDate, performerIds: ids(stunt.performerIds), disciplineIds: ids(stunt.disciplineIds), equipmentIds: ids(stunt.equipmentIds) };
    await recordAudit(tx, auditorOf(scope), { subject: "stunt", subjectId: stunt.id, action: "create", after: { ...created, description: stunt.description } }, now);
    return created;
  });
}

export async function findStunt(db: Db, productionId: string, stuntId: string) {
  const stunt = await db.stunt.findFirst({ where: { id: stuntId, productionId } });
  if (!stunt) throw new NotFoundError("No such stunt in this production");
  return { ...stunt, performerIds: ids(stunt.performerIds), disciplineIds: ids(stunt.disciplineIds), equipmentIds: ids(stunt.equipmentIds) };
}

/** Counting reps of the stunt's performers in its disciplines, per discipline (the same rule as progress). */
async function stuntPreparation(db: Db, productionId: string, performerIds: string[], disciplineIds: string[]) {
  if (performerIds.length === 0 || disciplineIds.length === 0) return [];
  return db.$queryRaw<{ disciplineId: string; reps: unknown }[]>`
    SELECT s."disciplineId" AS "disciplineId", SUM(s."count") AS "reps"
      FROM "TrainingSession" s
     WHERE s."productionId" = ${productionId}
       AND s."performerId" IN (${Prisma.join(performerIds)})
       AND s."disciplineId" IN (${Prisma.join(disciplineIds)})
       AND ${Prisma.raw(COUNTING_SESSION_SQL)}
     GROUP BY s."disciplineId"`;
}

/** A stunt with its performers, take ledger and the rehearsal reps behind it. */
export async function getStunt(scope: ProductionScope, stuntId: string) {
  requirePermission(scope, "stunt.view");
  const productionId = scope.production.id;
  const db = await getDb();
  const stunt = await findStunt(db, productionId, stuntId);
  const [performers, disciplines, takes, reps] = await Promise.all([
    db.user.findMany({ where: { id: { in: stunt.performerIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.discipline.findMany({ where: { id: { in: stunt.disciplineIds } }, select: { id: true, name: true, unit: true } }),
    db.take.findMany({ where: { stuntId }, orderBy: { number: "asc" } }),
    stuntPreparation(db, productionId, stunt.performerIds, stunt.disciplineIds),
  ]);
  const names = new Map(performers.map((p) => [p.id, p.name]));
  const repsByDiscipline = new Map(reps.map((r) => [r.disciplineId, Number(r.reps)]));
  return {
    id: stunt.id,
    name: stunt.name,
    plannedDate: stunt.plannedDate,
    description: stunt.description,
    performers: performers.map((p) => ({ performerId: p.id, name: p.name })),
    preparation: disciplines.map((d) => ({ disciplineId: d.id, discipline: d.name, unit: d.unit, reps: repsByDiscipline.get(d.id) ?? 0 })),
    takes: takes.map((t) => ({
      id: t.id,
      number: t.number,
      performerId: t.performerId,
      performer: names.get(t.performerId) ?? "Unknown",
      at: t.at.toISOString(),
      outcome: t.outcome,
      notes: t.notes,
    })),
  };
}

/**
 * Record a take on set; its number is the next in the stunt's ledger. A
 * discipline of the stunt that counts takes gets a verified rep of it
 * (lib/data/sessions/takes.ts). Not ahead of now: a take is on record once shot.
 */
export async function logTake(scope: ProductionScope, stuntId: string, input: unknown, now = new Date()) {
  const data = parseOrThrow(logTakeSchema, input);
  requirePermission(scope, "take.log");
  const productionId = scope.production.id;
  const db = await getDb();
  const stunt = await findStunt(db, productionId, stuntId);
  if (!stunt.performerIds.includes(data.performerId)) throw new ValidationError({ performerId: "This performer is not in the stunt" });
  const at = data.at ? new Date(data.at) : now;
  // A few minutes' grace for a device clock slightly ahead of the server's.
  if (at.getTime() > now.getTime() + 5 * 60_000) throw new ValidationError({ at: "A take cannot be recorded ahead of time" });
  const take = await recordTake(scope, stunt, { performerId: data.performerId, outcome: data.outcome, at, notes: data.notes ?? null }, now);
  return { id: take.id, stuntId, number: take.number, performerId: data.performerId, at: at.toISOString(), outcome: data.outcome, notes: data.notes ?? null, loggedSessionIds: take.loggedSessionIds };
}
