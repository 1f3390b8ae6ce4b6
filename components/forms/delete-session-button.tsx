"use client";

import { useState, useTransition } from "react";
import { deleteTrainingSessionAction } from "@/lib/actions/training-sessions";

/** Deletes a pending entry after a confirmation; the audit log keeps what it was. */
export function DeleteSessionButton({ productionId, sessionId, label }: { productionId: string; sessionId: string; label: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="text-sm text-red-800 underline underline-offset-2 disabled:opacity-60"
        disabled={pending}
        aria-label={`Delete ${label}`}
        onClick={() => {
          if (!window.confirm(`Delete ${label}? The audit log keeps a record of it.`)) return;
          start(async () => {
            const result = await deleteTrainingSessionAction(productionId, sessionId);
            setError(result.status === "error" ? result.message : undefined);
          });
        }}
      >
        {pending ? "Deleting…" : "Delete"}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-red-700">
        {error}
      </span>
    </span>
  );
}
