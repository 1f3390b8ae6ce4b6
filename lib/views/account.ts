import "server-only";
import type { Actor } from "../domain/actor";
import { listMyInvitations } from "../data/invitations";
import { listProductionsForUser } from "../data/productions";
import { getCurrentUser } from "../data/users";

/** The signed-in person's own account (header); null when the account no longer exists. */
export async function loadAccountView(actor: Actor) {
  return getCurrentUser(actor);
}

/** The profile page: the account, and invitations waiting for an answer; null when the account no longer exists. */
export async function loadProfileView(actor: Actor) {
  const [user, invitations] = await Promise.all([getCurrentUser(actor), listMyInvitations(actor)]);
  return user ? { user, invitations } : null;
}

/** The home page: the productions the signed-in person belongs to (with their role in each), and invitations to others. */
export async function loadProductionsView(actor: Actor) {
  const [productions, invitations] = await Promise.all([listProductionsForUser(actor), listMyInvitations(actor)]);
  return { productions, invitations };
}
