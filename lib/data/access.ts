import "server-only";
import type { Actor } from "../domain/actor";
import type { Db } from "../server/db";
import { ForbiddenError, NotFoundError } from "../domain/errors";
import { can, isRole, type Action, type Role } from "../domain/permissions";
import { sqlBoolean } from "./sql-fragments";

export interface ProductionContext {
  actor: Actor;
  role: Role;
  production: { id: string; name: string; timeZone: string; coordinatorLogsAreVerified: boolean };
}

/**
 * The actor's membership of a production. Someone outside it gets 404, the
 * same as for a production that does not exist: its existence must not leak.
 */
export async function loadMembership(db: Db, actor: Actor, productionId: string): Promise<ProductionContext> {
  // Raw SQL: every request starts here, and Prisma's model API costs about
  // 2.6 ms for this join against 0.5 ms as one raw query (bench/README.md).
  const rows = await db.$queryRaw<{ role: string; id: string; name: string; timeZone: string; coordinatorLogsAreVerified: unknown }[]>`
    SELECT m."role" AS "role", p."id" AS "id", p."name" AS "name", p."timeZone" AS "timeZone",
           p."coordinatorLogsAreVerified" AS "coordinatorLogsAreVerified"
      FROM "Membership" m
      JOIN "Production" p ON p."id" = m."productionId"
     WHERE m."productionId" = ${productionId} AND m."userId" = ${actor.userId}`;
  const row = rows[0];
  if (!row || !isRole(row.role)) throw new NotFoundError("No such production");
  return {
    actor,
    role: row.role,
    production: { id: row.id, name: row.name, timeZone: row.timeZone, coordinatorLogsAreVerified: sqlBoolean(row.coordinatorLogsAreVerified) },
  };
}

/** Membership plus a role check: 404 for outsiders, 403 for members whose role does not allow `action`. */
export async function authorize(
  db: Db,
  actor: Actor,
  productionId: string,
  action: Action,
): Promise<ProductionContext> {
  const context = await loadMembership(db, actor, productionId);
  if (!can(context.role, action)) throw new ForbiddenError(forbiddenMessage(action));
  return context;
}

export function forbiddenMessage(action: Action): string {
  const messages: Partial<Record<Action, string>> = {
    "team.viewProgress": "Only coordinators and viewers see the whole team's progress",
    "session.logForAnyone": "Only coordinators log sessions for other performers",
    "session.verify": "Only coordinators verify sessions",
    "goal.manage": "Only coordinators set goals",
    "discipline.manage": "Only coordinators add disciplines",
  };
  return messages[action] ?? "Your role in this production does not allow this";
}

/** Members who train: performers, and coordinators who also perform. */
export const PERFORMING_MEMBER = { OR: [{ role: "performer" }, { performs: true }] };

/** A performer of the production, or 404 (an unknown id and a non-performer look the same). */
export async function findPerformer(db: Db, productionId: string, performerId: string) {
  // Raw SQL for the same reason as loadMembership: a Prisma relation select
  // costs five times this one join, on every log and progress request.
  const rows = await db.$queryRaw<{ id: string; name: string; role: string; performs: unknown }[]>`
    SELECT u."id" AS "id", u."name" AS "name", m."role" AS "role", m."performs" AS "performs"
      FROM "Membership" m
      JOIN "User" u ON u."id" = m."userId"
     WHERE m."productionId" = ${productionId} AND m."userId" = ${performerId}`;
  const row = rows[0];
  if (!row || (row.role !== "performer" && !sqlBoolean(row.performs))) {
    throw new NotFoundError("No such performer in this production");
  }
  return { id: row.id, name: row.name };
}

export async function findDiscipline(db: Db, productionId: string, disciplineId: string) {
  const discipline = await db.discipline.findFirst({
    where: { id: disciplineId, productionId },
    select: { id: true, name: true, unit: true, maxPerDay: true, maxPer7Days: true, minRestDays: true, limitsAreHard: true },
  });
  if (!discipline) throw new NotFoundError("No such discipline in this production");
  return discipline;
}
