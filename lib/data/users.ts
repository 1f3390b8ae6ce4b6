import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";
import { profileSchema } from "../schemas/profile";
import { parseOrThrow } from "./parse";

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
