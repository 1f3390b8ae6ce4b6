"use client";

import { removeMemberAction, resetMemberPasswordAction } from "@/lib/actions/settings";
import { ActionForm } from "./action-form";

/** Per member on the settings page: a new one-time password, or removal from the production. */
export function MemberActions({ productionId, userId, name }: { productionId: string; userId: string; name: string }) {
  return (
    <div className="flex flex-wrap gap-3">
      <ActionForm action={resetMemberPasswordAction.bind(null, productionId, userId)} label={`Reset ${name}'s password`} submit="Reset password">
        {() => null}
      </ActionForm>
      <ActionForm action={removeMemberAction.bind(null, productionId, userId)} label={`Remove ${name}`} submit="Remove">
        {() => null}
      </ActionForm>
    </div>
  );
}
