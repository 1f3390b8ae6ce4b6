"use client";

import { CopyableSecret } from "./copyable-secret";
import { useActionState } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/actions/account";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { MAX_TOKEN_DAYS, MIN_TOKEN_DAYS } from "@/lib/domain/api-token";
import { ActionForm } from "./action-form";
import { describedBy, Field } from "./field";

export interface ApiTokenItem {
  id: string;
  name: string;
  scope: string;
  created: string;
  expires: string;
  lastUsed: string;
}

/** The new token, shown once: the server keeps only its hash. */
function NewToken({ token }: { token: string }) {
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3" data-testid="new-api-token">
      <p className="text-sm font-semibold text-amber-900">Copy your new token now. You will not see it again.</p>
      <CopyableSecret secret={token} label="New API token" />
      <p className="text-xs text-stone-600">
        Send it as <code>Authorization: Bearer &lt;token&gt;</code> to <code>/api/v1</code>.
      </p>
    </div>
  );
}

export function CreateApiTokenForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createApiTokenAction, IDLE);
  const e = state.fields ?? {};
  const v = state.values ?? {};
  return (
    <div className="space-y-3">
      {state.secret ? <NewToken token={state.secret} /> : null}
      <form key={JSON.stringify(state)} action={action} aria-label="Create an API token" className="space-y-3" noValidate>
        <Field id="token-name" label="Name" error={e.name} hint="What it is for, e.g. “Nightly export”">
          <input type="text" name="name" maxLength={80} defaultValue={v.name} className="field-input" {...describedBy("token-name", e.name, "hint")} />
        </Field>
        <Field id="token-scope" label="Scope" error={e.scope}>
          <select name="scope" defaultValue={v.scope ?? "read"} className="field-input" {...describedBy("token-scope", e.scope)}>
            <option value="read">Read: GET requests only</option>
            <option value="write">Write: everything you may do</option>
          </select>
        </Field>
        <Field id="token-expiry" label="Expires in (days)" error={e.expiresInDays} hint={`${MIN_TOKEN_DAYS} to ${MAX_TOKEN_DAYS}`}>
          <input
            type="number"
            name="expiresInDays"
            min={MIN_TOKEN_DAYS}
            max={MAX_TOKEN_DAYS}
            inputMode="numeric"
            defaultValue={v.expiresInDays ?? "30"}
            className="field-input"
            {...describedBy("token-expiry", e.expiresInDays, "hint")}
          />
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="btn-primary" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </button>
          <p role="status" aria-live="polite" className={`text-sm font-medium ${state.status === "error" ? "text-red-700" : "text-emerald-800"}`}>
            {state.message}
          </p>
        </div>
      </form>
    </div>
  );
}

export function ApiTokenList({ tokens }: { tokens: ApiTokenItem[] }) {
  if (tokens.length === 0) return <p className="text-sm text-stone-600">No API tokens.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="api-tokens">
        <thead className="text-stone-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">Name</th>
            <th scope="col" className="py-1 pr-3 font-medium">Scope</th>
            <th scope="col" className="py-1 pr-3 font-medium">Created</th>
            <th scope="col" className="py-1 pr-3 font-medium">Expires</th>
            <th scope="col" className="py-1 pr-3 font-medium">Last used</th>
            <th scope="col" className="py-1 font-medium"><span className="sr-only">Revoke</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {tokens.map((token) => (
            <tr key={token.id}>
              <td className="py-2 pr-3 font-medium">{token.name}</td>
              <td className="py-2 pr-3 capitalize">{token.scope}</td>
              <td className="py-2 pr-3">{token.created}</td>
              <td className="py-2 pr-3">{token.expires}</td>
              <td className="py-2 pr-3">{token.lastUsed}</td>
              <td className="py-2">
                <ActionForm action={revokeApiTokenAction.bind(null, token.id)} label={`Revoke the token ${token.name}`} submit="Revoke" className="">
                  {() => null}
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
