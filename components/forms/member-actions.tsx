"use client";

import { changeMemberRoleAction, removeMemberAction, resetMemberPasswordAction } from "@/lib/actions/settings";
import { ActionForm } from "./action-form";
import { CopyableSecret } from "./copyable-secret";

/** Per member on the settings page: another role, a new one-time password, or removal from the production. */
export function MemberActions({ productionId, userId, name, role, performs }: { productionId: string; userId: string; name: string; role: string; performs: boolean }) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <ActionForm action={changeMemberRoleAction.bind(null, productionId, userId)} label={`Change ${name}'s role`} submit="Change role" className="flex flex-wrap items-end gap-2">
        {(state) => (
          <>
            <label className="text-sm">
              <span className="sr-only">Role of {name}</span>
              <select name="role" defaultValue={state.values?.role ?? role} className="field-input" aria-invalid={state.fields?.role ? true : undefined}>
                <option value="coordinator">Coordinator</option>
                <option value="performer">Performer</option>
                <option value="viewer">Viewer</option>
              </select>
            </label>
            <label className="flex items-center gap-1 py-1 text-sm">
              <input type="checkbox" name="performs" defaultChecked={state.values ? state.values.performs === "on" : performs} /> also performs (coordinators)
            </label>
            {state.fields?.performs ? <p className="w-full text-sm text-red-700">{state.fields.performs}</p> : null}
          </>
        )}
      </ActionForm>
      <ActionForm action={resetMemberPasswordAction.bind(null, productionId, userId)} label={`Reset ${name}'s password`} submit="Reset password">
        {(state) => (state.secret ? <CopyableSecret secret={state.secret} label={`One-time password for ${name}`} /> : null)}
      </ActionForm>
      <ActionForm action={removeMemberAction.bind(null, productionId, userId)} label={`Remove ${name}`} submit="Remove">
        {() => null}
      </ActionForm>
    </div>
  );
}
