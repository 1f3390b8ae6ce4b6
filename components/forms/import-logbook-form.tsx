"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { importLogbookAction } from "@/lib/actions/imports";
import { describedBy, Field } from "./field";

/** How many problems the form lists; the message gives the full count. */
const SHOWN = 20;

/**
 * A logbook file (the CSV the logbook's download gives) into this performer's
 * logbook: Preview reads it and writes nothing; Import writes every valid row
 * or nothing. Coordinators only (the server decides; the page only hides it).
 */
export function ImportLogbookForm({ productionId, performerId }: { productionId: string; performerId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(importLogbookAction.bind(null, productionId, performerId), IDLE);
  const fileError = state.fields?.file;
  const otherErrors = Object.entries(state.fields ?? {})
    .filter(([key]) => key !== "file")
    .map(([, message]) => message);
  const lines = state.lines ?? [];
  return (
    <form action={action} className="space-y-3" aria-label="Import a logbook file">
      <Field id="import-file" label="CSV file" error={fileError} hint="The logbook's CSV download, or a file with the columns date, discipline and count (durationMinutes, location, notes optional).">
        <input type="file" name="file" accept=".csv,text/csv" required className="mt-1 block text-sm" {...describedBy("import-file", fileError, "hint")} />
      </Field>
      <fieldset className="text-sm">
        <legend className="font-medium text-stone-800">Entries already in the logbook (same discipline, day and count)</legend>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="duplicates" value="skip" defaultChecked /> Skip them
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="duplicates" value="add" /> Add them anyway
        </label>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" className="btn-secondary" disabled={pending}>
          {pending ? "Reading…" : "Preview"}
        </button>
        <button type="submit" name="intent" value="import" className="btn-primary" disabled={pending}>
          Import
        </button>
      </div>
      <div role="status" aria-live="polite" className={`text-sm ${state.status === "error" ? "text-red-700" : "text-emerald-800"}`}>
        {state.message ? <p>{state.message}</p> : null}
        {otherErrors.length ? <p>{otherErrors.join(". ")}</p> : null}
        {lines.length ? (
          <ul className="mt-1 list-disc pl-5 text-stone-800">
            {lines.slice(0, SHOWN).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
            {lines.length > SHOWN ? <li>…and {lines.length - SHOWN} more listed by the API</li> : null}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
