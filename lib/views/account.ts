import "server-only";
import type { Actor } from "../domain/actor";
import { listProductionsForUser } from "../data/productions";
import { getCurrentUser } from "../data/users";

/** The signed-in person's own account (header, profile); null when the account no longer exists. */
export async function loadAccountView(actor: Actor) {
  return getCurrentUser(actor);
}

/** The productions the signed-in person belongs to, with their role in each (the home page). */
export async function loadProductionsView(actor: Actor) {
  return listProductionsForUser(actor);
}
