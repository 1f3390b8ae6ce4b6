import "server-only";
import type { Actor } from "../domain/actor";
import { getDb } from "../server/db";
import { ValidationError } from "../domain/errors";
import { hashPassword, verifyPassword } from "../server/password";
import { changePasswordSchema, profileSchema } from "../schemas/profile";
import { parseOrThrow } from "../schemas/parse";

/** The signed-in person's own profile; null when the account no longer exists. */
export async function getCurrentUser(actor: Actor) {
  const db = await getDb();
  return db.user.findUnique({ where: { id: actor.userId }, select: { id: true, name: true, email: true, credential: true } });
}

/** Update one's own name and credential (e.g. "USPA D-12345", shown next to every sign-off). */
export async function updateProfile(actor: Actor, input: unknown) {
  const data = parseOrThrow(profileSchema, input);
  const db = await getDb();
  return db.user.update({
    where: { id: actor.userId },
    data: { name: data.name, credential: data.credential ?? null },
    select: { id: true, name: true, email: true, credential: true },
  });
}

/**
 * Change one's own password; the current one must be given (a stolen open
 * session cannot lock the owner out). Every session of the account ends,
 * this one included: whoever knew the old password is signed out everywhere.
 */
export async function changePassword(actor: Actor, input: unknown) {
  const data = parseOrThrow(changePasswordSchema, input);
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(data.currentPassword, user.passwordHash))) {
    throw new ValidationError({ currentPassword: "That is not your current password" });
  }
  await db.user.update({ where: { id: actor.userId }, data: { passwordHash: await hashPassword(data.newPassword), sessionVersion: { increment: 1 } } });
}
