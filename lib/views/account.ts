import "server-only";
import type { Actor } from "../domain/actor";
import { listApiTokens } from "../data/api-tokens";
import { listMyInvitations } from "../data/invitations";
import { listProductionsForUser } from "../data/productions";
import { getCurrentUser } from "../data/users";

/** The signed-in person's own account (header); null when the account no longer exists. */
export async function loadAccountView(actor: Actor) {
  return getCurrentUser(actor);
}

/** An instant as the token list shows it, in UTC (the profile belongs to no production, so to no time zone). */
const utcMinute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/**
 * The profile page: the account, invitations waiting for an answer, and the
 * live API tokens (never the tokens themselves); null when the account no longer exists.
 */
export async function loadProfileView(actor: Actor, now = new Date()) {
  const [user, invitations, tokens] = await Promise.all([getCurrentUser(actor), listMyInvitations(actor), listApiTokens(actor, now)]);
  if (!user) return null;
  const apiTokens = tokens.map((t) => ({
    id: t.id,
    name: t.name,
    scope: t.scope,
    created: t.createdAt.slice(0, 10),
    expires: utcMinute(t.expiresAt),
    lastUsed: t.lastUsedAt ? utcMinute(t.lastUsedAt) : "never",
  }));
  return { user, invitations, apiTokens };
}

/** The home page: the productions the signed-in person belongs to (with their role in each), and invitations to others. */
export async function loadProductionsView(actor: Actor) {
  const [productions, invitations] = await Promise.all([listProductionsForUser(actor), listMyInvitations(actor)]);
  return { productions, invitations };
}
