import "server-only";
import Papa from "papaparse";
import type { DateFormat } from "../../domain/import-mapping";
import { addStopProblem, keepProblems, mapImportHeader, MAX_IMPORT_ROWS, STOP_AFTER_INVALID_ROWS, type HeaderOptions, type ImportHeader, type ImportProblem } from "../../domain/logbook-import";
import { ValidationError } from "../../domain/errors";
import type { JumpInput } from "../../schemas/jump";
import { readImportRow, type ImportRow } from "../../schemas/logbook-import";

// A logbook file, read: bytes -> UTF-8 text -> CSV rows with the line each
// starts on -> rows validated by the logging rules. Nothing here touches the
// database; import.ts judges the rows against the logbook and writes them.

export interface FileRow {
  line: number;
  row: ImportRow;
  status?: string;
  correctsId?: string;
  /** The export's `jumps` cell, read back: one row per rep. */
  jumps?: JumpInput[];
}

export interface ReadFile {
  /** Data rows read (the header and blank lines aside). */
  total: number;
  rows: FileRow[];
  problems: ImportProblem[];
  /** Rows with at least one problem. */
  invalid: number;
}

/** The file as text: UTF-8 (a byte-order mark is dropped), never binary. A file that is neither is refused whole (400). */
export function decodeImportFile(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw fileError("The file is not UTF-8 text: save it as CSV (UTF-8) and try again");
  }
  // UTF-8 text has no NUL bytes; a binary file (a spreadsheet, an image) that happens to decode does.
  if (text.includes("\u0000")) throw fileError("The file is not a CSV text file (it contains binary data)");
  if (text.trim() === "") throw fileError("The file is empty");
  return text;
}

function fileError(message: string): ValidationError {
  return new ValidationError({ file: message }, message);
}

export interface ReadOptions extends HeaderOptions {
  dateFormat?: DateFormat;
}

/**
 * Parse and validate every row, with its line number. A mapping that names a
 * column the file does not have is the query's mistake: a 400 naming the
 * parameter and the file's columns, before any row is judged.
 */
export function readImportFile(text: string, options: ReadOptions = {}): ReadFile {
  const problems: ImportProblem[] = [];
  const rows: FileRow[] = [];
  let header: ImportHeader | null = null;
  let unmatchedError: ValidationError | null = null;
  let headerWidth = 0;
  let total = 0;
  let invalid = 0;
  let tooLong = false;
  // Line bookkeeping: papaparse gives the offset after each row; the row starts
  // after any blank lines since the previous one.
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    skipEmptyLines: true,
    step(result, parser) {
      let start = line;
      let onlyBreaks = true;
      for (let i = cursor; i < result.meta.cursor; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
          line++;
          if (onlyBreaks) start = line;
        } else if (c !== 13) onlyBreaks = false;
      }
      cursor = result.meta.cursor;
      const cells = result.data;
      if (!header) {
        header = mapImportHeader(cells, options);
        if (header.unmatched.length) {
          unmatchedError = mappingError(header.unmatched, cells);
          parser.abort();
          return;
        }
        headerWidth = cells.length;
        keepProblems(problems, header.problems);
        return;
      }
      total++;
      if (total > MAX_IMPORT_ROWS) {
        tooLong = true;
        parser.abort();
        return;
      }
      const rowProblems: ImportProblem[] = [];
      if (result.errors.length) rowProblems.push({ line: start, column: null, message: `The row is not valid CSV: ${result.errors[0]!.message}` });
      else if (cells.length > headerWidth) {
        rowProblems.push({ line: start, column: null, message: `The row has ${cells.length} cells but the header names ${headerWidth} columns (an unquoted comma?)` });
      }
      if (header.problems.length) return; // the columns are unknown: no row can be read
      const read = readImportRow(cells, header, start, options.dateFormat);
      if ("problems" in read) rowProblems.push(...read.problems);
      if (rowProblems.length) {
        invalid++;
        keepProblems(problems, rowProblems);
        if (invalid >= STOP_AFTER_INVALID_ROWS) {
          addStopProblem(problems, start);
          parser.abort();
        }
      } else if ("row" in read) rows.push({ line: start, row: read.row, status: read.status, correctsId: read.correctsId, jumps: read.jumps });
    },
  });
  if (unmatchedError) throw unmatchedError;
  if (tooLong) throw fileError(`The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows: split it into smaller files and import them one after the other`);
  return { total, rows, problems, invalid };
}

function mappingError(unmatched: ImportHeader["unmatched"], header: readonly string[]): ValidationError {
  const columns = header.map((h) => `"${h.trim()}"`).join(", ");
  const fields: Record<string, string> = {};
  for (const { field, header: wanted } of unmatched) {
    fields[`map.${field}`] = `map.${field} names the column "${wanted}", which the file does not have (its columns: ${columns})`;
  }
  return new ValidationError(fields, Object.values(fields)[0]);
}
