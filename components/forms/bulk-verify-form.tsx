"use client";

import { useActionState, useEffect, useRef } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { verifyTrainingSessionsAction } from "@/lib/actions/training-sessions";
import { focusAnswer } from "./action-form";

export const BULK_FORM_ID = "bulk-verify";

/**
 * The bulk sign-off form. Its checkboxes live in the rows below (tied to it
 * with the `form` attribute), because each row also has its own reject form
 * and forms cannot nest.
 */
export function BulkVerifyForm({ productionId, selectable }: { productionId: string; selectable: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(verifyTrainingSessionsAction.bind(null, productionId), IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => focusAnswer(formRef.current, state), [state]);
  function selectAll(checked: boolean) {
    document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"]`).forEach((box) => (box.checked = checked));
  }
  return (
    <form ref={formRef} id={BULK_FORM_ID} action={action} className="card flex flex-wrap items-center gap-3" aria-label="Verify several entries">
      <button type="button" className="btn-secondary" onClick={() => selectAll(true)} disabled={selectable === 0}>
        Select all
      </button>
      <button type="button" className="btn-secondary" onClick={() => selectAll(false)} disabled={selectable === 0}>
        Select none
      </button>
      <button type="submit" className="btn-primary" disabled={pending || selectable === 0}>
        {pending ? "Verifying…" : "Verify selected"}
      </button>
      <p role="status" aria-live="polite" tabIndex={-1} className={`outline-none text-sm ${state.status === "error" ? "text-red-700" : "text-emerald-800"}`}>
        {state.message}
      </p>
    </form>
  );
}
