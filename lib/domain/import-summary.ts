// How an import's answer reads in the form (the API's JSON, summarised). Pure.

import type { ImportProblem } from "./logbook-import";

export interface ImportPreviewSummary {
  /** What the counts count: CSV rows, or Protrack jumps (grouped into one entry per day). */
  unit: "row" | "jump";
  /** Data rows (jumps) read. */
  total: number;
  /** Rows that can be imported (duplicates included). */
  valid: number;
  /** Of the valid rows, those already in the logbook or earlier in the file. */
  duplicates: number;
  /** Rows of entries that do not count (rejected, superseded, a pending correction): never imported. */
  notCounting: number;
  /** Rows refused, and the first problems with line and column. */
  invalid: number;
  errors: ImportProblem[];
  /** Soft dose limits passed: imported, with a warning. */
  warnings: ImportProblem[];
}

export interface ImportResultSummary {
  /** Entries written. */
  imported: number;
  /** Jump rows written with them. */
  jumps: number;
  skippedDuplicates: number;
  skippedNotCounting: number;
  warnings: ImportProblem[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export function problemLines(problems: readonly ImportProblem[]): string[] {
  return problems.map((e) => `Line ${e.line}${e.column ? `, ${e.column}` : ""}: ${e.message}`);
}

export function previewMessage(p: ImportPreviewSummary, duplicates: string): string {
  const unit = p.unit === "jump" ? "jump" : "row";
  const parts = [`${plural(p.total, unit)} read: ${plural(p.valid, `valid ${unit}`)}`];
  if (p.duplicates) parts.push(`${plural(p.duplicates, "duplicate")} (${duplicates === "add" && unit === "row" ? "will be added" : "will be skipped"})`);
  if (p.notCounting) parts.push(`${plural(p.notCounting, "entry", "entries")} that do not count (skipped)`);
  if (p.invalid) parts.push(`${plural(p.invalid, unit)} with problems: fix them and preview again`);
  return `Preview, nothing written. ${parts.join(", ")}.`;
}

export function resultMessage(r: ImportResultSummary, fileName: string): string {
  const skipped = [
    r.skippedDuplicates ? `${plural(r.skippedDuplicates, "duplicate")} skipped` : "",
    r.skippedNotCounting ? `${plural(r.skippedNotCounting, "entry", "entries")} that do not count skipped` : "",
  ].filter(Boolean);
  const jumps = r.jumps ? ` with ${plural(r.jumps, "jump row")}` : "";
  return `Imported ${plural(r.imported, "entry", "entries")}${jumps} from ${fileName}.${skipped.length ? ` ${skipped.join(", ")}.` : ""}`;
}
