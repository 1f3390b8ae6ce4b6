"use client";

import { useActionState, useState } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { createWitnessRequestAction } from "@/lib/actions/witness";
import { describedBy, Field } from "./field";

/** The witness link, shown once: only its hash is kept. */
function WitnessLink({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3" data-testid="witness-link">
      <p className="text-sm font-semibold text-amber-900">
        Send this link to the witness. Stuntbook sends no email; the link is shown only now, works once and without an account, for 7 days.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-surface px-2 py-1 text-sm" aria-label="Witness link">
          {url}
        </code>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {copied ? "Copied" : "Copy link"}
        </button>
      </div>
    </div>
  );
}

/** On a pending entry: ask an outside witness (a dropzone instructor, a pilot) to sign it. */
export function WitnessRequestForm({ productionId, sessionId, label }: { productionId: string; sessionId: string; label: string }) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState<FormState, FormData>(createWitnessRequestAction.bind(null, productionId, sessionId), IDLE);
  const e = state.fields ?? {};
  const v = state.values ?? {};
  if (state.secret) return <WitnessLink url={state.secret} />;
  if (!open) {
    return (
      <button type="button" className="text-sm underline underline-offset-2" aria-label={`Ask an outside witness to sign ${label}`} onClick={() => setOpen(true)}>
        Ask a witness…
      </button>
    );
  }
  const id = `witness-${sessionId}`;
  return (
    <form key={JSON.stringify(state)} action={action} aria-label={`Ask an outside witness to sign ${label}`} className="w-full space-y-2 rounded border border-stone-200 p-3" noValidate>
      <Field id={`${id}-name`} label="Witness name" error={e.name} hint="Who saw the training: a dropzone instructor, a pilot">
        <input type="text" name="name" maxLength={80} defaultValue={v.name} className="field-input" {...describedBy(`${id}-name`, e.name, "hint")} />
      </Field>
      <Field id={`${id}-email`} label="Witness email (optional)" error={e.email} hint="Kept for the record only: no email is sent">
        <input type="email" name="email" maxLength={254} defaultValue={v.email} className="field-input" {...describedBy(`${id}-email`, e.email, "hint")} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Making…" : "Make witness link"}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
        <p role="status" aria-live="polite" className="text-sm font-medium text-red-700">
          {state.status === "error" ? state.message : null}
        </p>
      </div>
    </form>
  );
}
