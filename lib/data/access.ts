import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { can, isRole, type Action, type Role } from "../permissions";

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
  const membership = await db.membership.findUnique({
    where: { productionId_userId: { productionId, userId: actor.userId } },
    select: {
      role: true,
      production: { select: { id: true, name: true, timeZone: true, coordinatorLogsAreVerified: true } },
    },
  });
  if (!membership || !isRole(membership.role)) throw new NotFoundError("No such production");
  return { actor, role: membership.role, production: membership.production };
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
  const membership = await db.membership.findUnique({
    where: { productionId_userId: { productionId, userId: performerId } },
    select: { role: true, performs: true, user: { select: { id: true, name: true } } },
  });
  if (!membership || (membership.role !== "performer" && !membership.performs)) {
    throw new NotFoundError("No such performer in this production");
  }
  return membership.user;
}

export async function findDiscipline(db: Db, productionId: string, disciplineId: string) {
  const discipline = await db.discipline.findFirst({
    where: { id: disciplineId, productionId },
    select: { id: true, name: true, unit: true, maxPerDay: true, maxPer7Days: true, minRestDays: true, limitsAreHard: true },
  });
  if (!discipline) throw new NotFoundError("No such discipline in this production");
  return discipline;
}
