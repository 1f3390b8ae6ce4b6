"use client";

import { useState } from "react";
import { describedBy, Field } from "./field";

type Outcome = { status: "idle" } | { status: "signed"; name: string } | { status: "error"; message: string; fields: Record<string, string> };

/**
 * The outside witness's signature, posted as JSON to the API
 * (POST /api/v1/witness/{token}): the witness has no session, so no server
 * action's scope applies; the route checks the link, and the same schema
 * judges the fields.
 */
export function WitnessSignForm({ token, defaultName }: { token: string; defaultName: string }) {
  const [outcome, setOutcome] = useState<Outcome>({ status: "idle" });
  const [pending, setPending] = useState(false);
  if (outcome.status === "signed") {
    return (
      <p role="status" className="text-sm font-medium text-emerald-800" data-testid="witness-signed">
        Thank you, {outcome.name}: the entry is verified by you. You can close this page.
      </p>
    );
  }
  const e = outcome.status === "error" ? outcome.fields : {};
  return (
    <form
      aria-label="Sign as witness"
      className="space-y-3"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const body = { name: String(form.get("name") ?? ""), licenceNumber: String(form.get("licenceNumber") ?? ""), confirm: form.get("confirm") === "on" };
        setPending(true);
        try {
          const response = await fetch(`/api/v1/witness/${encodeURIComponent(token)}`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
          });
          const answer = (await response.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string> };
          setOutcome(response.ok ? { status: "signed", name: body.name.trim() } : { status: "error", message: answer.error ?? "Something went wrong", fields: answer.fields ?? {} });
        } catch {
          setOutcome({ status: "error", message: "Could not reach Stuntbook: check the connection and try again", fields: {} });
        } finally {
          setPending(false);
        }
      }}
    >
      <Field id="witness-name" label="Your name" error={e.name}>
        <input type="text" name="name" maxLength={80} defaultValue={defaultName} autoComplete="name" className="field-input" {...describedBy("witness-name", e.name)} />
      </Field>
      <Field id="witness-licence" label="Licence or membership number" error={e.licenceNumber} hint="e.g. USPA D-12345, or your pilot's licence number">
        <input type="text" name="licenceNumber" maxLength={40} className="field-input" {...describedBy("witness-licence", e.licenceNumber, "hint")} />
      </Field>
      <div>
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" name="confirm" className="mt-0.5 h-5 w-5" aria-describedby={e.confirm ? "witness-confirm-error" : undefined} />
          <span>I saw this training and it is recorded correctly</span>
        </label>
        <p id="witness-confirm-error" className="mt-1 text-sm text-red-700" aria-live="polite">
          {e.confirm}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Signing…" : "Sign as witness"}
        </button>
        <p role="status" aria-live="polite" className="text-sm font-medium text-red-700">
          {outcome.status === "error" ? outcome.message : null}
        </p>
      </div>
    </form>
  );
}
