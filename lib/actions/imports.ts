"use server";

import { importLogbook, ImportRefusedError, MAX_IMPORT_BYTES, type ImportPreview } from "../data/sessions";
import { ValidationError } from "../domain/errors";
import type { FormState } from "./form-state";
import { productionAction } from "./run-action";

// The performer page's import form: the same import as `POST …/imports`,
// the file read here from the form. "Preview" writes nothing; "Import" writes
// every valid row or nothing.

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function problemLines(preview: Pick<ImportPreview, "errors">): string[] {
  return preview.errors.map((e) => `Line ${e.line}${e.column ? `, ${e.column}` : ""}: ${e.message}`);
}

function previewMessage(p: ImportPreview, duplicates: string): string {
  const parts = [`${plural(p.total, "row")} read: ${plural(p.valid, "valid row")}`];
  if (p.duplicates) parts.push(`${plural(p.duplicates, "duplicate")} (${duplicates === "add" ? "will be added" : "will be skipped"})`);
  if (p.notCounting) parts.push(`${plural(p.notCounting, "entry", "entries")} that do not count (skipped)`);
  if (p.invalid) parts.push(`${plural(p.invalid, "row")} with problems: fix them and preview again`);
  return `Preview, nothing written. ${parts.join(", ")}.`;
}

export async function importLogbookAction(productionId: string, performerId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, null, async (scope) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new ValidationError({ file: "Choose a CSV file" });
    if (file.size > MAX_IMPORT_BYTES) throw new ValidationError({ file: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB` });
    const duplicates = String(formData.get("duplicates") ?? "skip");
    const dryRun = formData.get("intent") !== "import";
    const query = { performerId, dryRun: dryRun ? "1" : "0", duplicates, fileName: file.name };
    try {
      const outcome = await importLogbook(scope, query, async () => new Uint8Array(await file.arrayBuffer()));
      if (outcome.dryRun) {
        const p = outcome.preview;
        return { status: p.invalid ? "error" : "success", message: previewMessage(p, duplicates), lines: [...problemLines(p), ...problemLines({ errors: p.warnings })] };
      }
      const r = outcome.result;
      const skipped = [r.skippedDuplicates ? `${plural(r.skippedDuplicates, "duplicate")} skipped` : "", r.skippedNotCounting ? `${plural(r.skippedNotCounting, "entry", "entries")} that do not count skipped` : ""].filter(Boolean);
      return { status: "success", message: `Imported ${plural(r.imported, "entry", "entries")} from ${file.name}.${skipped.length ? ` ${skipped.join(", ")}.` : ""}`, lines: problemLines({ errors: r.warnings }) };
    } catch (error) {
      if (error instanceof ImportRefusedError) return { status: "error", message: error.message, lines: problemLines(error.preview) };
      throw error;
    }
  });
}
