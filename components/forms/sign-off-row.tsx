"use client";

import { useActionState, useEffect, useId, useRef, useState, useTransition } from "react";
import { focusAnswer } from "./action-form";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { rejectTrainingSessionAction, verifyTrainingSessionAction } from "@/lib/actions/training-sessions";

/** Verify or reject one pending entry. Self-entries show why they cannot be signed here. */
export function SignOffActions({
  productionId,
  sessionId,
  ownEntry,
}: {
  productionId: string;
  sessionId: string;
  ownEntry: boolean;
}) {
  const [verifyState, setVerifyState] = useState<FormState>(IDLE);
  const [verifying, startVerify] = useTransition();
  const [rejectState, rejectAction, rejecting] = useActionState<FormState, FormData>(
    rejectTrainingSessionAction.bind(null, productionId, sessionId),
    IDLE,
  );
  const [showReject, setShowReject] = useState(false);
  const reasonId = useId();
  const rowRef = useRef<HTMLDivElement>(null);
  // After an answer, focus goes to the reason it marks, else to the announced message (shared with every form).
  useEffect(() => focusAnswer(rowRef.current, rejectState), [rejectState]);
  useEffect(() => focusAnswer(rowRef.current, verifyState), [verifyState]);

  if (ownEntry) {
    return <p className="text-sm text-stone-600">Your own entry: another coordinator must sign it off.</p>;
  }
  const message = rejectState.message ?? verifyState.message;
  const failed = rejectState.status === "error" || verifyState.status === "error";

  return (
    <div ref={rowRef} className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-primary"
          disabled={verifying}
          onClick={() => startVerify(async () => setVerifyState(await verifyTrainingSessionAction(productionId, sessionId)))}
        >
          {verifying ? "Verifying…" : "Verify"}
        </button>
        <button type="button" className="btn-secondary" aria-expanded={showReject} onClick={() => setShowReject((s) => !s)}>
          Reject…
        </button>
      </div>
      {showReject ? (
        <form action={rejectAction} className="space-y-2" noValidate>
          <label htmlFor={reasonId} className="block text-sm font-medium">
            Reason the performer will see
          </label>
          <textarea
            id={reasonId}
            name="reason"
            rows={2}
            required
            minLength={3}
            maxLength={500}
            className="field-input"
            defaultValue={rejectState.values?.reason}
            aria-invalid={rejectState.fields?.reason ? true : undefined}
            aria-describedby={rejectState.fields?.reason ? `${reasonId}-error` : undefined}
          />
          <p id={`${reasonId}-error`} className="text-sm text-red-700" aria-live="polite">
            {rejectState.fields?.reason}
          </p>
          <button type="submit" className="btn-secondary" disabled={rejecting}>
            {rejecting ? "Rejecting…" : "Reject entry"}
          </button>
        </form>
      ) : null}
      <p role="status" aria-live="polite" tabIndex={-1} className={`text-sm outline-none ${failed ? "text-red-700" : "text-emerald-800"}`}>
        {message}
      </p>
    </div>
  );
}
