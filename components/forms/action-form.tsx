"use client";

import { useActionState, useEffect, useMemo, useRef, type ReactNode } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { withOfflineQueue, type OfflineOptions } from "../offline/with-offline-queue";

/**
 * A form bound to a server action with the usual states: pending button,
 * success or error message announced to screen readers, and the field errors
 * handed to the fields (render prop) next to their inputs. With `offline`,
 * a submit made without a connection is queued on the device and sent to the
 * JSON API when it returns.
 */
export function ActionForm({
  action,
  label,
  submit,
  children,
  className = "space-y-3",
  offline,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  submit: string;
  children: (state: FormState) => ReactNode;
  className?: string;
  offline?: OfflineOptions;
}) {
  // The options are made once per form: the queue path needs no re-render to follow them.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useMemo(() => (offline ? withOfflineQueue(action, offline) : action), [action]);
  const [state, formAction, pending] = useActionState<FormState, FormData>(run, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  // After an answer, focus goes where the answer is: the first field it marks, else the message.
  useEffect(() => focusAnswer(formRef.current, state), [state]);
  return (
    <form ref={formRef} key={JSON.stringify(state)} action={formAction} aria-label={label} className={className} noValidate>
      {children(state)}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Saving…" : submit}
        </button>
        <p role="status" aria-live="polite" tabIndex={-1} className={`text-sm font-medium outline-none ${state.status === "error" ? "text-red-700" : "text-emerald-800"}`}>
          {state.message}
        </p>
      </div>
    </form>
  );
}

/**
 * Where focus goes once a form has its answer: the first field marked invalid
 * (its error is read with it), else the form's status message — never the page
 * body, where a keyboard or screen-reader user would have to look for it.
 */
export function focusAnswer(form: HTMLElement | null, state: { status: string }): void {
  if (!form || state.status === "idle") return;
  const target = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('[role="status"], [role="alert"]');
  target?.focus();
}
