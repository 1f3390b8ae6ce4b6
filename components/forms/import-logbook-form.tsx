"use client";

import { useState, type FormEvent } from "react";
import { previewMessage, problemLines, resultMessage, type ImportPreviewSummary, type ImportResultSummary } from "@/lib/domain/import-summary";
import { describedBy, Field } from "./field";

/** How many problems the form lists; the message gives the full count. */
const SHOWN = 20;
/** The import route's own limit (lib/data/sessions/import.ts): checked here too, to spare a useless upload. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

interface Answer {
  status: "success" | "error";
  message: string;
  lines: string[];
  fileError?: string;
}

/**
 * A logbook file (the CSV the logbook's download gives) into this performer's
 * logbook: Preview reads it and writes nothing; Import writes every valid row
 * or nothing. The file goes straight to the import route (`POST …/imports`,
 * `text/csv`), which checks the caller before it reads a byte — not through a
 * server action, whose body Next reads before any check. Coordinators only
 * (the server decides; the page only hides it).
 */
export function ImportLogbookForm({ productionId, performerId }: { productionId: string; performerId: string }) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const intent = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "import" ? "import" : "preview";
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setAnswer({ status: "error", message: "Nothing was read.", lines: [], fileError: "Choose a CSV file" });
    if (file.size > MAX_FILE_BYTES) return setAnswer({ status: "error", message: "Nothing was read.", lines: [], fileError: "The file is larger than 32 MB" });
    const duplicates = String(data.get("duplicates") ?? "skip");
    const query = new URLSearchParams({ performerId, dryRun: intent === "import" ? "0" : "1", duplicates, fileName: file.name });
    setPending(true);
    try {
      const response = await fetch(`/api/v1/productions/${productionId}/imports?${query}`, { method: "POST", headers: { "content-type": "text/csv" }, body: file });
      const body = (await response.json()) as Record<string, unknown>;
      if (response.status === 200) {
        const preview = body as unknown as ImportPreviewSummary;
        setAnswer({ status: preview.invalid ? "error" : "success", message: previewMessage(preview, duplicates), lines: [...problemLines(preview.errors), ...problemLines(preview.warnings)] });
      } else if (response.status === 201) {
        const result = body as unknown as ImportResultSummary;
        setAnswer({ status: "success", message: resultMessage(result, file.name), lines: problemLines(result.warnings) });
        form.reset();
      } else {
        const errors = Array.isArray(body.errors) ? problemLines(body.errors as ImportPreviewSummary["errors"]) : [];
        const fields = body.fields && typeof body.fields === "object" ? Object.values(body.fields as Record<string, string>) : [];
        setAnswer({ status: "error", message: `${String(body.error ?? "The import was refused")}. Nothing was written.`, lines: [...fields, ...errors] });
      }
    } catch {
      setAnswer({ status: "error", message: "The file could not be sent (no connection?). Nothing was written.", lines: [] });
    } finally {
      setPending(false);
    }
  }

  const lines = answer?.lines ?? [];
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Import a logbook file" noValidate>
      <Field id="import-file" label="CSV file" error={answer?.fileError} hint="The logbook's CSV download, or a file with the columns date, discipline and count (durationMinutes, location, notes optional).">
        <input type="file" name="file" accept=".csv,text/csv" required className="mt-1 block text-sm" {...describedBy("import-file", answer?.fileError, "hint")} />
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
      <div role="status" aria-live="polite" className={`text-sm ${answer?.status === "error" ? "text-red-700" : "text-emerald-800"}`}>
        {answer ? <p>{answer.message}</p> : null}
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
