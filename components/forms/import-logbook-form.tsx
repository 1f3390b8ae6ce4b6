"use client";

import Papa from "papaparse";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { headerNames, MAPPABLE_FIELDS } from "@/lib/domain/import-mapping";
import { previewMessage, problemLines, resultMessage, type ImportPreviewSummary, type ImportResultSummary } from "@/lib/domain/import-summary";
import { describedBy, Field } from "./field";
import { ImportColumnMap, type DisciplineOption } from "./import-column-map";
import { postWithProgress, type UploadPhase } from "./upload-with-progress";

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

type Format = "csv" | "protrack";
type Errors = Record<string, string | undefined>;

/** The name an import keeps on its entries: one file's, or the first and last of several (the route takes 200 characters). */
function sourceName(files: File[]): string {
  const name = files.length === 1 ? files[0]!.name : `${files[0]!.name} … ${files.at(-1)!.name} (${files.length} files)`;
  return name.slice(0, 200);
}

/** The route's query from the form's choices, or the fields the person must fix first. */
function queryFrom(data: FormData, format: Format, headersRead: boolean): { query: Record<string, string> } | { errors: Errors } {
  const value = (name: string) => String(data.get(name) ?? "").trim();
  const errors: Errors = {};
  const query: Record<string, string> = {};
  if (format === "protrack") {
    query.format = "protrack";
    query.disciplineId = value("disciplineId");
    if (!query.disciplineId) errors.disciplineId = "Choose the jump discipline the jumps go into";
  } else if (headersRead) {
    const ignore: string[] = [];
    for (const field of MAPPABLE_FIELDS) {
      const header = value(`map.${field}`);
      if (header) query[`map.${field}`] = header;
      else if (field === "date" || field === "count") errors[`map.${field}`] = `Choose the column that holds the ${field}`;
      // "— none —" means none, even when a column of the field's own name is there.
      else if (field !== "discipline") ignore.push(field);
    }
    if (ignore.length) query.ignore = ignore.join(",");
    if (!query["map.discipline"]) {
      query.disciplineId = value("disciplineId");
      if (!query.disciplineId) errors.disciplineId = "Choose the discipline every row goes into, or the file's discipline column";
    }
    query.dateFormat = value("dateFormat") || "YYYY-MM-DD";
  }
  return Object.keys(errors).length ? { errors } : { query };
}

/**
 * A logbook file into this performer's logbook: the CSV the logbook's download
 * gives, another CSV whose columns are chosen here, or L&B Protrack II jump
 * files. Preview reads it and writes nothing; Import writes every valid row
 * or nothing. The file goes straight to the import route (`POST …/imports`,
 * `text/csv`, which is also how jump files are sent: the route takes
 * `text/plain` from API tokens only), which checks the caller before it reads
 * a byte — not through a server action, whose body Next reads before any
 * check. Coordinators only (the server decides; the page only hides it).
 */
export function ImportLogbookForm({ productionId, performerId, disciplines }: { productionId: string; performerId: string; disciplines: DisciplineOption[] }) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [pending, setPending] = useState(false);
  const [progress, setProgress] = useState<UploadPhase | null>(null);
  const [pendingIntent, setPendingIntent] = useState<"preview" | "import">("preview");
  const [format, setFormat] = useState<Format>("csv");
  // The chosen CSV's header row, read in the browser; null until one is read.
  const [headers, setHeaders] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const jumpDisciplines = disciplines.filter((d) => d.recordsJumps);

  function onFileChange(event: ChangeEvent<HTMLInputElement>) {
    setHeaders(null);
    setErrors({});
    const file = event.currentTarget.files?.[0];
    if (format !== "csv" || !file) return;
    // The first row only: a 30 MB file is not read to show its column names.
    Papa.parse<string[]>(file, {
      preview: 1,
      skipEmptyLines: true,
      complete: (result) => setHeaders(headerNames(result.data[0] ?? [])),
      error: () => setAnswer({ status: "error", message: "Nothing was read.", lines: [], fileError: "The file's first line could not be read: is it a CSV text file?" }),
    });
  }

  function chooseFormat(next: Format) {
    setFormat(next);
    setHeaders(null);
    setErrors({});
    setAnswer(null);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const intent = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "import" ? "import" : "preview";
    setPendingIntent(intent);
    const files = data.getAll("file").filter((f): f is File => f instanceof File && f.size > 0);
    const nothing = (fileError: string) => setAnswer({ status: "error", message: "Nothing was read.", lines: [], fileError });
    if (files.length === 0) return nothing(format === "csv" ? "Choose a CSV file" : "Choose the jump files (.txt)");
    if (files.reduce((n, f) => n + f.size, 0) > MAX_FILE_BYTES) return nothing("The files are larger than 32 MB together");
    const chosen = queryFrom(data, format, headers !== null);
    if ("errors" in chosen) {
      setErrors(chosen.errors);
      return setAnswer({ status: "error", message: "Nothing was read: choose the fields marked below.", lines: [] });
    }
    setErrors({});
    const duplicates = String(data.get("duplicates") ?? "skip");
    const query = new URLSearchParams({ performerId, dryRun: intent === "import" ? "0" : "1", duplicates, fileName: sourceName(files), ...chosen.query });
    setPending(true);
    try {
      // Jump files are read here and sent as one text, in the order chosen; a line break
      // between them keeps one file's last line and the next one's JIB apart.
      const upload = format === "csv" ? files[0]! : (await Promise.all(files.map((f) => f.text()))).join("\n");
      setProgress({ phase: "sending", sent: 0, total: typeof upload === "string" ? upload.length : upload.size });
      const response = await postWithProgress(`/api/v1/productions/${productionId}/imports?${query}`, upload, "text/csv", setProgress);
      const body = response.body;
      if (response.status === 200) {
        const preview = body as unknown as ImportPreviewSummary;
        setAnswer({ status: preview.invalid ? "error" : "success", message: previewMessage(preview, duplicates), lines: [...problemLines(preview.errors), ...problemLines(preview.warnings)] });
      } else if (response.status === 201) {
        const result = body as unknown as ImportResultSummary;
        setAnswer({ status: "success", message: resultMessage(result, sourceName(files)), lines: problemLines(result.warnings) });
        form.reset();
        setHeaders(null);
      } else {
        const problems = Array.isArray(body.errors) ? problemLines(body.errors as ImportPreviewSummary["errors"]) : [];
        const fields = body.fields && typeof body.fields === "object" ? (body.fields as Record<string, string>) : {};
        setErrors(fields);
        // A problem of the file itself (not UTF-8, binary, empty, too many rows) belongs by the file input.
        const { file: fileError, ...others } = fields;
        const refusal = String(body.error ?? "The import was refused").replace(/\.?\s*Nothing was written\.?$/, "");
        setAnswer({ status: "error", message: `${refusal}. Nothing was written.`, lines: [...Object.values(others), ...problems], fileError });
      }
    } catch {
      setAnswer({ status: "error", message: "The file could not be sent (no connection?). Nothing was written.", lines: [] });
    } finally {
      setPending(false);
      setProgress(null);
    }
  }

  const lines = answer?.lines ?? [];
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Import a logbook file" noValidate>
      <fieldset className="text-sm">
        <legend className="font-medium text-stone-800">What the file is</legend>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="format" value="csv" checked={format === "csv"} onChange={() => chooseFormat("csv")} /> Stuntbook or other CSV
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="format" value="protrack" checked={format === "protrack"} onChange={() => chooseFormat("protrack")} /> L&amp;B Protrack II jump files (.txt), several at once
        </label>
      </fieldset>
      {format === "csv" ? (
        <Field
          id="import-file"
          label="CSV file"
          error={answer?.fileError}
          hint="The logbook's CSV download, or any CSV with a first row naming its columns: choose below which column holds what."
        >
          <input key="csv" type="file" name="file" accept=".csv,text/csv" required onChange={onFileChange} className="mt-1 block text-sm" {...describedBy("import-file", answer?.fileError, "hint")} />
        </Field>
      ) : (
        <>
          <Field id="import-file" label="Jump files" error={answer?.fileError} hint="The .txt files from the altimeter's jump folder, one per jump; choose several at once. Each day's jumps become one entry.">
            <input key="protrack" type="file" name="file" accept=".txt,text/plain" multiple required onChange={onFileChange} className="mt-1 block text-sm" {...describedBy("import-file", answer?.fileError, "hint")} />
          </Field>
          <Field id="import-jump-discipline" label="Jump discipline" error={errors.disciplineId} hint={jumpDisciplines.length ? undefined : "No discipline records jumps yet: a coordinator marks one as a jump discipline in the settings."}>
            <select name="disciplineId" defaultValue="" className="field-input" {...describedBy("import-jump-discipline", errors.disciplineId, jumpDisciplines.length ? undefined : "hint")}>
              <option value="">— choose a jump discipline —</option>
              {jumpDisciplines.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </Field>
        </>
      )}
      {format === "csv" && headers ? <ImportColumnMap key={headers.join("\u0000")} headers={headers} disciplines={disciplines} errors={errors} /> : null}
      <fieldset className="text-sm">
        <legend className="font-medium text-stone-800">
          {format === "csv" ? "Entries already in the logbook (same discipline, day and count)" : "Jumps whose number is already in the logbook"}
        </legend>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="duplicates" value="skip" defaultChecked /> Skip them
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="duplicates" value="add" /> {format === "csv" ? "Add them anyway" : "Refuse the files (a jump number is logged once)"}
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
      {progress ? <UploadProgress progress={progress} intent={pendingIntent} /> : null}
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

/**
 * How far a large file has got: a bar of the bytes sent, then a bar without
 * an end while the server reads, checks and (for Import) writes every row,
 * which for 100,000 rows takes seconds. Announced politely, once per phase.
 */
function UploadProgress({ progress, intent }: { progress: UploadPhase; intent: "preview" | "import" }) {
  const label =
    progress.phase === "sending"
      ? `Sending the file: ${Math.round((100 * progress.sent) / Math.max(1, progress.total))} %`
      : intent === "import"
        ? "Checking and writing every row on the server…"
        : "Checking every row on the server…";
  return (
    <div className="space-y-1 text-sm" data-testid="import-progress">
      <p aria-live="polite">{progress.phase === "sending" ? "Sending the file…" : label}</p>
      {progress.phase === "sending" ? (
        <progress className="h-2 w-full" max={Math.max(1, progress.total)} value={progress.sent} aria-label={label} />
      ) : (
        <progress className="h-2 w-full" aria-label={label} />
      )}
    </div>
  );
}
