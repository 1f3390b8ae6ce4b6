import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import { randomBytes } from "node:crypto";
import { errorForRefusal, NotFoundError } from "../domain/errors";
import { memberRemovalRefusal, passwordResetRefusal, roleChangeRefusal } from "../domain/member-rules";
import { changeRoleSchema } from "../schemas/member";
import { parseOrThrow } from "../schemas/parse";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { hashPassword } from "../server/password";
import { lockProduction } from "./production-lock";
import { requirePermission } from "./scope";

export async function listMembers(scope: ProductionScope) {
  requirePermission(scope, "production.manageSettings");
  const productionId = scope.production.id;
  const db = await getDb();
  const members = await db.membership.findMany({
    where: { productionId },
    select: { role: true, performs: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
  });
  return members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, performs: m.performs }));
}

/** A new one-time password: 12 characters, 72 random bits. */
export function newOneTimePassword(): string {
  return randomBytes(9).toString("base64url");
}

/**
 * Remove a member (coordinators), never the last coordinator. Their access to
 * this production ends with their next request: the scope lookup reads the
 * membership on every request. Their logbook stays.
 */
export async function removeMember(scope: ProductionScope, userId: string, now = new Date()) {
  requirePermission(scope, "production.manageSettings");
  const productionId = scope.production.id;
  const db = await getDb();
  await db.$transaction(async (tx) => {
    // Two coordinators removing each other at once: the second waits here and
    // then counts one coordinator, so the production always keeps one.
    await lockProduction(tx, productionId);
    const member = await tx.membership.findUnique({ where: { productionId_userId: { productionId, userId } }, select: { id: true, role: true, performs: true } });
    if (!member) throw new NotFoundError("No such member");
    const coordinators = member.role === "coordinator" ? await tx.membership.count({ where: { productionId, role: "coordinator" } }) : 0;
    const refusal = memberRemovalRefusal(member.role, coordinators);
    if (refusal) throw errorForRefusal(refusal);
    await tx.membership.delete({ where: { id: member.id } });
    await recordAudit(tx, auditorOf(scope), { subject: "member", subjectId: userId, action: "remove", before: { role: member.role, performs: member.performs } }, now);
  });
  return { userId, removed: true as const };
}

/**
 * Change a member's role (coordinators), never leaving the production without
 * a coordinator. Takes effect on the member's next request: the scope reads
 * the membership on every request. Their records stay as they are.
 */
export async function changeMemberRole(scope: ProductionScope, userId: string, input: unknown, now = new Date()) {
  const data = parseOrThrow(changeRoleSchema, input);
  requirePermission(scope, "production.manageSettings");
  const productionId = scope.production.id;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Two coordinators demoting each other at once: the second waits here and counts one coordinator.
    await lockProduction(tx, productionId);
    const member = await tx.membership.findUnique({ where: { productionId_userId: { productionId, userId } }, select: { id: true, role: true, performs: true } });
    if (!member) throw new NotFoundError("No such member");
    const coordinators = member.role === "coordinator" ? await tx.membership.count({ where: { productionId, role: "coordinator" } }) : 0;
    const refusal = roleChangeRefusal(member.role, data.role, coordinators);
    if (refusal) throw errorForRefusal(refusal);
    const after = { role: data.role, performs: data.role === "coordinator" && (data.performs ?? false) };
    await tx.membership.update({ where: { id: member.id }, data: after });
    await recordAudit(tx, auditorOf(scope), { subject: "member", subjectId: userId, action: "role", before: { role: member.role, performs: member.performs }, after }, now);
    return { userId, ...after };
  });
}

/**
 * Reset a member's password to a new one-time password (coordinators), for
 * the coordinator to hand over: Stuntbook sends no email. Every session of the
 * account ends. Refused where the new password would open more than the
 * coordinator already runs (lib/domain/member-rules.ts).
 */
export async function resetMemberPassword(scope: ProductionScope, userId: string, now = new Date()) {
  requirePermission(scope, "production.manageSettings");
  const productionId = scope.production.id;
  const db = await getDb();
  const [memberships, coordinated, invitations] = await Promise.all([
    db.membership.findMany({ where: { userId }, select: { productionId: true, role: true } }),
    db.membership.findMany({ where: { userId: scope.actor.userId, role: "coordinator" }, select: { productionId: true } }),
    // An open invitation is a production the account can join by accepting:
    // whoever holds the new password could accept it, so it counts as one.
    db.user
      .findUnique({ where: { id: userId }, select: { email: true } })
      .then((user) => (user ? db.invitation.findMany({ where: { email: user.email, acceptedAt: null, declinedAt: null }, select: { productionId: true } }) : [])),
  ]);
  if (!memberships.some((m) => m.productionId === productionId)) throw new NotFoundError("No such member");
  const refusal = passwordResetRefusal({
    actorId: scope.actor.userId,
    coordinates: new Set(coordinated.map((m) => m.productionId)),
    targetId: userId,
    targetMemberships: [...memberships, ...invitations.map((i) => ({ productionId: i.productionId, role: "invited" }))],
  });
  if (refusal) throw errorForRefusal(refusal);
  const temporaryPassword = newOneTimePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // Who handed someone a new password, and when; never the password.
    await recordAudit(tx, auditorOf(scope), { subject: "member", subjectId: userId, action: "reset-password" }, now);
  });
  return { userId, temporaryPassword };
}
