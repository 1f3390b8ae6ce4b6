import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";

/** The signed-in person's own profile; null when the account no longer exists. */
export async function getCurrentUser(actor: Actor) {
  const db = await getDb();
  return db.user.findUnique({ where: { id: actor.userId }, select: { id: true, name: true, email: true, credential: true } });
}
