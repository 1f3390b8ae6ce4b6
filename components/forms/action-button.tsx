"use client";

import { useState, useTransition } from "react";
import type { FormState } from "@/lib/actions/form-state";

/**
 * One button bound to a server action (remove, mark serviced…), with an
 * optional confirmation, a pending label and the answer announced next to it.
 */
export function ActionButton({
  action,
  label,
  accessibleLabel,
  pendingLabel,
  confirm,
  danger = false,
}: {
  action: () => Promise<FormState>;
  label: string;
  /** What the button does to what, for screen readers ("Remove the USPA licence of Alex"). */
  accessibleLabel: string;
  pendingLabel: string;
  confirm?: string;
  danger?: boolean;
}) {
  const [pending, start] = useTransition();
  const [answer, setAnswer] = useState<FormState | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={`inline-flex min-h-6 items-center text-sm underline underline-offset-2 disabled:opacity-60 ${danger ? "text-red-800" : "text-stone-800"}`}
        disabled={pending}
        aria-label={accessibleLabel}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          start(async () => setAnswer(await action()));
        }}
      >
        {pending ? pendingLabel : label}
      </button>
      <span role="status" aria-live="polite" className={`text-sm ${answer?.status === "error" ? "text-red-700" : "text-emerald-800"}`}>
        {answer?.message}
      </span>
    </span>
  );
}
