import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import type { Actor } from "../domain/actor";
import { ConflictError, ForbiddenError, NotFoundError } from "../domain/errors";
import type { ProductionScope } from "../domain/scope";
import { addMemberSchema } from "../schemas/member";
import { parseOrThrow } from "../schemas/parse";
import type { Db } from "../server/db";
import { getDb } from "../server/db";
import { isUniqueConstraintViolation } from "../server/db-errors";
import { decoyHash, hashPassword, verifyPassword } from "../server/password";
import { newOneTimePassword } from "./members";
import { requirePermission } from "./scope";

// Joining a production takes the person's consent: a coordinator invites an
// email address, and the person accepts or declines once signed in. Inviting
// answers the same, in the same time, whether or not the address has an
// account (docs/decisions/0008-invitations-reveal-no-accounts.md).

const OPEN = { acceptedAt: null, declinedAt: null } as const;

/**
 * Invite someone (coordinators). The answer never says whether the address
 * has an account: always `{ email, role, status: "invited", temporaryPassword }`.
 * The one-time password signs in only an address without an account (its
 * first sign-in creates the account); an existing account signs in with its
 * own password. Either way the person then accepts the invitation.
 */
export async function inviteMember(scope: ProductionScope, input: unknown, now = new Date()) {
  const data = parseOrThrow(addMemberSchema, input);
  requirePermission(scope, "production.manageSettings");
  const productionId = scope.production.id;
  const db = await getDb();
  if (await db.membership.count({ where: { productionId, user: { email: data.email } } })) {
    throw new ConflictError(`${data.email} is already a member of this production`);
  }
  const alreadyInvited = new ConflictError(`${data.email} is already invited and has not answered yet`);
  const temporaryPassword = newOneTimePassword();
  const fields = {
    name: data.name,
    role: data.role,
    performs: data.role === "coordinator" && data.performs,
    codeHash: await hashPassword(temporaryPassword),
    invitedById: scope.actor.userId,
    createdAt: now,
    ...OPEN,
  };
  await db.$transaction(async (tx) => {
    const previous = await tx.invitation.findUnique({ where: { productionId_email: { productionId, email: data.email } }, select: { id: true } });
    let invitationId: string;
    if (previous) {
      // Answered before (declined, or accepted and since removed): invite afresh.
      // Conditional, so that of simultaneous re-invitations one wins.
      const { count } = await tx.invitation.updateMany({ where: { id: previous.id, NOT: OPEN }, data: fields });
      if (count === 0) throw alreadyInvited;
      invitationId = previous.id;
    } else {
      try {
        invitationId = (await tx.invitation.create({ data: { productionId, email: data.email, ...fields }, select: { id: true } })).id;
      } catch (error) {
        // Simultaneous invitations of one address: the unique index lets one win.
        if (isUniqueConstraintViolation(error)) throw alreadyInvited;
        throw error;
      }
    }
    const after = { email: data.email, name: data.name, role: fields.role, performs: fields.performs };
    await recordAudit(tx, auditorOf(scope), { subject: "member", subjectId: invitationId, action: "invite", after }, now);
  });
  return { email: data.email, role: data.role, status: "invited" as const, temporaryPassword };
}

/** Invitations waiting for an answer in a production (coordinators: the settings page). */
export async function listPendingInvitations(scope: ProductionScope) {
  requirePermission(scope, "production.manageSettings");
  const db = await getDb();
  const rows = await db.invitation.findMany({
    where: { productionId: scope.production.id, ...OPEN },
    select: { id: true, email: true, role: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ id: r.id, email: r.email, role: r.role, invitedAt: r.createdAt.toISOString() }));
}

async function emailOf(db: Db, actor: Actor): Promise<string | null> {
  return (await db.user.findUnique({ where: { id: actor.userId }, select: { email: true } }))?.email ?? null;
}

/** The signed-in person's invitations waiting for an answer (home page and profile). */
export async function listMyInvitations(actor: Actor) {
  const db = await getDb();
  const email = await emailOf(db, actor);
  if (!email) return [];
  const rows = await db.invitation.findMany({
    where: { email, ...OPEN },
    select: { id: true, role: true, performs: true, createdAt: true, invitedById: true, production: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const inviters = await db.user.findMany({ where: { id: { in: rows.map((r) => r.invitedById) } }, select: { id: true, name: true } });
  const nameOf = new Map(inviters.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    productionId: r.production.id,
    productionName: r.production.name,
    role: r.role,
    performs: r.performs,
    invitedBy: nameOf.get(r.invitedById) ?? null,
    invitedAt: r.createdAt.toISOString(),
  }));
}

/** The invitation when it is addressed to the actor; 404 otherwise (someone else's invitation does not exist for them). */
async function invitationFor(db: Db, actor: Actor, invitationId: string) {
  const email = await emailOf(db, actor);
  const invitation = email
    ? await db.invitation.findFirst({ where: { id: invitationId, email }, select: { id: true, productionId: true, role: true, performs: true, acceptedAt: true, declinedAt: true } })
    : null;
  if (!invitation) throw new NotFoundError("No such invitation");
  if (invitation.acceptedAt || invitation.declinedAt) throw new ConflictError("This invitation has already been answered");
  return invitation;
}

/**
 * An account made by signing in with one invitation's one-time password may
 * accept that invitation only, until its owner sets a password of their own:
 * the coordinator who was shown that password could otherwise sign in as the
 * new person and accept another production's invitation to the same address.
 */
async function refuseWhileOnAnotherInvitationsPassword(db: Db, actor: Actor, invitationId: string) {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError("No such invitation");
  const other = await db.invitation.count({ where: { codeHash: user.passwordHash, id: { not: invitationId } } });
  if (other > 0) {
    throw new ForbiddenError("Set a password of your own on your profile first: this account still signs in with the one-time password of another invitation");
  }
}

/** Accept: the invitation becomes a membership, in one transaction. */
export async function acceptInvitation(actor: Actor, invitationId: string, now = new Date()) {
  const db = await getDb();
  const invitation = await invitationFor(db, actor, invitationId);
  await refuseWhileOnAnotherInvitationsPassword(db, actor, invitation.id);
  await db.$transaction(async (tx) => {
    // Conditional: of two simultaneous answers, one wins and the other is a 409.
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, ...OPEN }, data: { acceptedAt: now } });
    if (count === 0) throw new ConflictError("This invitation has already been answered");
    const productionId_userId = { productionId: invitation.productionId, userId: actor.userId };
    if (!(await tx.membership.findUnique({ where: { productionId_userId }, select: { id: true } }))) {
      await tx.membership.create({ data: { ...productionId_userId, role: invitation.role, performs: invitation.performs } });
      const after = { invitationId: invitation.id, role: invitation.role, performs: invitation.performs };
      await recordAudit(tx, { productionId: invitation.productionId, actorId: actor.userId }, { subject: "member", subjectId: actor.userId, action: "join", after }, now);
    }
  });
  return { id: invitation.id, productionId: invitation.productionId, status: "accepted" as const };
}

export async function declineInvitation(actor: Actor, invitationId: string, now = new Date()) {
  const db = await getDb();
  const invitation = await invitationFor(db, actor, invitationId);
  const { count } = await db.invitation.updateMany({ where: { id: invitation.id, ...OPEN }, data: { declinedAt: now } });
  if (count === 0) throw new ConflictError("This invitation has already been answered");
  return { id: invitation.id, status: "declined" as const };
}

/** Open invitations checked at a sign-in: bounds the hashes one attempt can cost. */
const MAX_CODES_PER_SIGN_IN = 3;

/**
 * Sign-in for an address that has no account: when the password is the
 * one-time password of an open invitation to it, the account is created
 * (with the name the coordinator gave, and that password, to be changed on
 * the profile page) and returned. Otherwise null, after as much hashing as a
 * wrong password costs, so an unknown address cannot be told by timing.
 */
export async function createAccountFromInvitation(db: Db, email: string, password: string) {
  const invitations = await db.invitation.findMany({
    where: { email, ...OPEN },
    select: { name: true, codeHash: true },
    orderBy: { createdAt: "desc" },
    take: MAX_CODES_PER_SIGN_IN,
  });
  if (invitations.length === 0) {
    await verifyPassword(password, await decoyHash());
    return null;
  }
  for (const invitation of invitations) {
    if (!(await verifyPassword(password, invitation.codeHash))) continue;
    const select = { id: true, name: true, email: true, sessionVersion: true } as const;
    try {
      return await db.user.create({ data: { email, name: invitation.name, passwordHash: invitation.codeHash }, select });
    } catch (error) {
      // Two first sign-ins at once: the other created it, with this same password.
      if (isUniqueConstraintViolation(error)) return db.user.findUnique({ where: { email }, select });
      throw error;
    }
  }
  return null;
}
