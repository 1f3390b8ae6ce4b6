"use client";

import { useActionState, type ReactNode } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";

/**
 * A form bound to a server action with the usual states: pending button,
 * success or error message announced to screen readers, and the field errors
 * handed to the fields (render prop) next to their inputs.
 */
export function ActionForm({
  action,
  label,
  submit,
  children,
  className = "space-y-3",
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  submit: string;
  children: (state: FormState) => ReactNode;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form key={JSON.stringify(state)} action={formAction} aria-label={label} className={className} noValidate>
      {children(state)}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Saving…" : submit}
        </button>
        <p role="status" aria-live="polite" className={`text-sm font-medium ${state.status === "error" ? "text-red-700" : "text-emerald-800"}`}>
          {state.message}
        </p>
      </div>
    </form>
  );
}
