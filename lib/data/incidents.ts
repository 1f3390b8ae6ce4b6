import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { NotFoundError, ValidationError } from "../domain/errors";
import { can } from "../domain/permissions";
import { incidentQuerySchema, KEEPS_OFF_TRAINING, reportIncidentSchema, updateIncidentSchema } from "../schemas/stunt";
import { findPerformer } from "./access";
import { requirePermission } from "./scope";
import { parseOrThrow } from "../schemas/parse";
import { assertNotFuture } from "../domain/not-future";

const incidentSelect = {
  id: true,
  occurredOn: true,
  performerId: true,
  severity: true,
  sessionId: true,
  takeId: true,
  stuntId: true,
  description: true,
  followUp: true,
  unavailableUntil: true,
  status: true,
  createdAt: true,
  closedAt: true,
} as const;

/** Anyone in the production but viewers reports incidents and near misses. */
export async function reportIncident(scope: ProductionScope, input: unknown, now = new Date()) {
  const data = parseOrThrow(reportIncidentSchema, input);
  requirePermission(scope, "incident.report");
  const { actor, production } = scope;
  const productionId = production.id;
  assertNotFuture(data.occurredOn, production.timeZone, now, "occurredOn");
  const db = await getDb();
  if (data.performerId) await findPerformer(db, productionId, data.performerId);
  if (data.sessionId && !(await db.trainingSession.count({ where: { id: data.sessionId, productionId } }))) throw new NotFoundError("No such session in this production");
  if (data.takeId && !(await db.take.count({ where: { id: data.takeId, productionId } }))) throw new NotFoundError("No such take in this production");
  if (data.stuntId && !(await db.stunt.count({ where: { id: data.stuntId, productionId } }))) throw new NotFoundError("No such stunt in this production");
  return db.$transaction(async (tx) => {
    const created = await tx.incident.create({
    data: {
      productionId,
      occurredOn: data.occurredOn,
      performerId: data.performerId ?? null,
      severity: data.severity,
      sessionId: data.sessionId ?? null,
      takeId: data.takeId ?? null,
      stuntId: data.stuntId ?? null,
      description: data.description,
      followUp: data.followUp ?? null,
      unavailableUntil: data.unavailableUntil ?? null,
      reportedById: actor.userId,
    },
    select: incidentSelect,
    });
    await recordAudit(tx, auditorOf(scope), { subject: "incident", subjectId: created.id, action: "create", after: created }, now);
    return created;
  });
}

/**
 * Incidents, optionally of one performer or stunt. A performer sees those
 * about themselves and those that name nobody; an incident about someone else
 * is their health record, not the team's.
 */
export async function listIncidents(scope: ProductionScope, query: unknown = {}) {
  const filter = parseOrThrow(incidentQuerySchema, query);
  requirePermission(scope, "stunt.view");
  const { actor, role } = scope;
  const productionId = scope.production.id;
  const db = await getDb();
  const own = can(role, "performer.viewAny") ? {} : { OR: [{ performerId: actor.userId }, { performerId: null }] };
  return db.incident.findMany({
    where: { productionId, ...filter, ...own },
    select: incidentSelect,
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
  });
}

/** Close (or reopen) an incident and record its follow-up (coordinators). */
export async function updateIncident(scope: ProductionScope, incidentId: string, input: unknown, now = new Date()) {
  const data = parseOrThrow(updateIncidentSchema, input);
  requirePermission(scope, "incident.manage");
  const productionId = scope.production.id;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.incident.findFirst({ where: { id: incidentId, productionId }, select: incidentSelect });
    if (!before) throw new NotFoundError("No such incident in this production");
    if (data.unavailableUntil) {
      if (!KEEPS_OFF_TRAINING.includes(before.severity)) throw new ValidationError({ unavailableUntil: "Only a lost-time or serious incident keeps someone off training" });
      if (!before.performerId) throw new ValidationError({ unavailableUntil: "This incident names no performer: nobody can be unavailable through it" });
      if (data.unavailableUntil < before.occurredOn) throw new ValidationError({ unavailableUntil: "Unavailable until must be on or after the day it happened" });
    }
    const after = await tx.incident.update({
      where: { id: incidentId },
      data: { status: data.status, followUp: data.followUp, closedAt: data.status === "closed" ? now : null, ...(data.unavailableUntil !== undefined ? { unavailableUntil: data.unavailableUntil } : {}) },
      select: incidentSelect,
    });
    await recordAudit(tx, auditorOf(scope), { subject: "incident", subjectId: incidentId, action: "edit", before, after }, now);
    return after;
  });
}
