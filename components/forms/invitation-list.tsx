"use client";

import { acceptInvitationAction, declineInvitationAction } from "@/lib/actions/account";
import { ActionForm } from "./action-form";

export interface InvitationItem {
  id: string;
  productionName: string;
  role: string;
  invitedBy: string | null;
}

/** Invitations waiting for the signed-in person's answer: joining a production takes their consent. */
export function InvitationList({ invitations }: { invitations: InvitationItem[] }) {
  if (invitations.length === 0) return null;
  return (
    <section className="card space-y-3" aria-labelledby="invitations-heading" data-testid="invitations">
      <h2 id="invitations-heading" className="text-lg font-semibold">
        Invitations
      </h2>
      <ul className="divide-y divide-stone-100">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="space-y-2 py-2">
            <p className="text-sm">
              <span className="font-medium">{invitation.productionName}</span> as <span className="capitalize">{invitation.role}</span>
              {invitation.invitedBy ? <span className="text-stone-600"> — invited by {invitation.invitedBy}</span> : null}
            </p>
            <div className="flex flex-wrap gap-3">
              <ActionForm action={acceptInvitationAction.bind(null, invitation.id)} label={`Accept the invitation to ${invitation.productionName}`} submit="Accept">
                {() => null}
              </ActionForm>
              <ActionForm action={declineInvitationAction.bind(null, invitation.id)} label={`Decline the invitation to ${invitation.productionName}`} submit="Decline">
                {() => null}
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
