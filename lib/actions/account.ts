"use server";

import { createApiToken, revokeApiToken } from "../data/api-tokens";
import { acceptInvitation, declineInvitation } from "../data/invitations";
import { endAllSessions } from "../data/session-version";
import type { FormState } from "./form-state";
import { accountAction } from "./run-action";

/** Ends every session of the account, this one included; the button then clears this browser's cookie. */
export async function signOutEverywhereAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return accountAction(formData, async (actor) => {
    await endAllSessions(actor);
    return "Signed out everywhere.";
  });
}

export async function acceptInvitationAction(invitationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return accountAction(formData, async (actor) => {
    await acceptInvitation(actor, invitationId);
    return "Invitation accepted.";
  });
}

export async function declineInvitationAction(invitationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return accountAction(formData, async (actor) => {
    await declineInvitation(actor, invitationId);
    return "Invitation declined.";
  });
}

/** A new personal API token, handed back this once (FormState.secret) for the page to show. */
export async function createApiTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return accountAction(formData, async (actor, values) => {
    const created = await createApiToken(actor, values);
    return { status: "success", message: `Token "${created.name}" created.`, secret: created.token };
  });
}

export async function revokeApiTokenAction(tokenId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return accountAction(formData, async (actor) => {
    await revokeApiToken(actor, tokenId);
    return "Token revoked.";
  });
}
