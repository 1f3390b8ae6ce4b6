"use server";

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
