"use client";

import { useRef, useState } from "react";
import { MAX_ALTITUDE_FT, MAX_FREEFALL_SECONDS, MAX_JUMP_NUMBER, MAX_LANDING_DISTANCE_M, nextJumpRow, type JumpDetail } from "@/lib/domain/jumps";
import { MAX_REPS_PER_SESSION } from "@/lib/domain/session-bounds";
import type { FieldErrors } from "@/lib/schemas/field-errors";

// The per-jump rows of a session of a jump discipline, made to be filled in on
// a phone at the dropzone between loads: "Add a jump" copies the previous
// row (aircraft, dropzone, altitudes, equipment) with the next jump number,
// so a day of ten similar jumps is ten taps and a few edits. The rows travel
// to the server as one JSON text field, `jumps`, which the session schema
// reads (lib/schemas/jump.ts); the server checks them again.

type Key = Exclude<keyof JumpDetail, never>;
/** A row as typed: every field a string, so a half-typed number is kept as it is. */
type Draft = Record<Key, string>;

interface Column {
  key: Key;
  label: string;
  numeric?: { min: number; max: number };
  /** Text: the schema's own length limit (lib/schemas/jump.ts). */
  maxLength?: number;
  wide?: boolean;
}

const COLUMNS: Column[] = [
  { key: "jumpNumber", label: "Jump no.", numeric: { min: 1, max: MAX_JUMP_NUMBER } },
  { key: "exitAltitudeFt", label: "Exit (ft)", numeric: { min: 0, max: MAX_ALTITUDE_FT } },
  { key: "deploymentAltitudeFt", label: "Deploy (ft)", numeric: { min: 0, max: MAX_ALTITUDE_FT } },
  { key: "freefallSeconds", label: "Freefall (s)", numeric: { min: 0, max: MAX_FREEFALL_SECONDS } },
  { key: "jumpType", label: "Jump type", maxLength: 60 },
  { key: "aircraft", label: "Aircraft", maxLength: 60 },
  { key: "dropzone", label: "Dropzone", maxLength: 120 },
  { key: "equipment", label: "Equipment", maxLength: 120 },
  { key: "landingDistanceM", label: "Landing (m from target)", numeric: { min: 0, max: MAX_LANDING_DISTANCE_M } },
  { key: "notes", label: "Notes", maxLength: 500, wide: true },
];

function toDraft(row: Partial<JumpDetail>): Draft {
  const draft = {} as Draft;
  for (const { key } of COLUMNS) {
    const value = row[key];
    draft[key] = value === null || value === undefined ? "" : String(value);
  }
  return draft;
}

/** What the server reads: numbers as numbers when they are numbers (else the text, for the schema to name), blanks left out. */
function toPayload(drafts: readonly Draft[]): string {
  if (drafts.length === 0) return "";
  return JSON.stringify(
    drafts.map((d) => {
      const row: Record<string, string | number> = {};
      for (const { key, numeric } of COLUMNS) {
        const text = d[key].trim();
        if (text === "") continue;
        row[key] = numeric && /^\d+$/.test(text) ? Number(text) : text;
      }
      return row;
    }),
  );
}

function fromPayload(json: string | undefined): Draft[] {
  if (!json) return [];
  try {
    const parsed = JSON.parse(json) as unknown;
    return Array.isArray(parsed) ? parsed.map((r) => toDraft((r ?? {}) as Partial<JumpDetail>)) : [];
  } catch {
    return [];
  }
}

/** The draft as the carry-over rule sees it (numbers where they parse). */
function asDetail(d: Draft): JumpDetail {
  const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);
  return {
    jumpNumber: num(d.jumpNumber) ?? 0,
    exitAltitudeFt: num(d.exitAltitudeFt),
    deploymentAltitudeFt: num(d.deploymentAltitudeFt),
    freefallSeconds: num(d.freefallSeconds),
    jumpType: d.jumpType || null,
    aircraft: d.aircraft || null,
    dropzone: d.dropzone || null,
    equipment: d.equipment || null,
  };
}

export function JumpRowsField({
  initial,
  errors,
  firstJumpNumber,
  onRowsChange,
}: {
  /** The rows as last sent (a refused form shows them again). */
  initial?: string;
  errors: FieldErrors;
  /** The performer's next jump number, when known: the first row starts there. */
  firstJumpNumber?: number;
  onRowsChange: (count: number) => void;
}) {
  const [rows, setRows] = useState<Draft[]>(() => fromPayload(initial));
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  function update(next: Draft[], focusRow?: number) {
    setRows(next);
    onRowsChange(next.length);
    if (focusRow !== undefined) {
      // After React has drawn the new row: land on its first field, so the keyboard and screen reader follow.
      requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>(`[data-row="${focusRow}"] input`)?.focus());
    }
  }

  function add() {
    const previous = rows.at(-1);
    const next = nextJumpRow(previous ? asDetail(previous) : undefined, firstJumpNumber ?? 1);
    // A previous row without a readable number: leave the new one blank rather than guess.
    if (previous && !/^\d+$/.test(previous.jumpNumber.trim())) next.jumpNumber = 0;
    const draft = toDraft(next);
    if (next.jumpNumber === 0) draft.jumpNumber = "";
    update([...rows, draft], rows.length);
  }

  function remove(index: number) {
    update(
      rows.filter((_, i) => i !== index),
      undefined,
    );
    // The pressed button is gone with its row: keep the keyboard in the list, on the button that adds the next one.
    requestAnimationFrame(() => addButton.current?.focus());
  }

  function change(index: number, key: Key, value: string) {
    setRows(rows.map((r, i) => (i === index ? { ...r, [key]: value } : r)));
  }

  const listError = errors.jumps;
  return (
    <fieldset className="space-y-2" aria-describedby="log-jumps-hint log-jumps-error">
      <legend className="text-sm font-medium text-stone-800">Jumps (optional: one row per jump)</legend>
      <p id="log-jumps-hint" className="text-xs text-stone-600">
        {rows.length === 0
          ? "Add a row for each jump to record altitudes and freefall time; the count then follows the rows."
          : `${rows.length} ${rows.length === 1 ? "jump" : "jumps"}: the count is set from the rows. Each new row copies the one before.`}
      </p>
      <input type="hidden" name="jumps" value={toPayload(rows)} />
      <ol ref={list} className="space-y-2">
        {rows.map((row, i) => (
          <li key={i} data-row={i} className="rounded-md border border-stone-200 p-2">
            <fieldset>
              <legend className="flex w-full items-center justify-between gap-2 text-sm font-semibold">
                <span>Jump {i + 1}</span>
              </legend>
              <div className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {COLUMNS.map(({ key, label, numeric, maxLength, wide }) => {
                  const id = `log-jump-${i}-${key}`;
                  const error = errors[`jumps.${i}.${key}`];
                  return (
                    <div key={key} className={wide ? "col-span-2 sm:col-span-4" : undefined}>
                      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
                        {label}
                      </label>
                      <input
                        id={id}
                        type={numeric ? "number" : "text"}
                        inputMode={numeric ? "numeric" : undefined}
                        min={numeric?.min}
                        max={numeric?.max}
                        step={numeric ? 1 : undefined}
                        maxLength={maxLength}
                        autoComplete="off"
                        value={row[key]}
                        onChange={(e) => change(i, key, e.target.value)}
                        className="field-input !mt-0"
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                      />
                      {error ? (
                        <p id={`${id}-error`} className="text-xs text-red-700">
                          {error}
                        </p>
                      ) : null}
                    </div>
                  );
                })}
              </div>
              <button type="button" onClick={() => remove(i)} className="btn-secondary mt-2 min-h-6 text-xs" aria-label={`Remove jump ${i + 1}`}>
                Remove
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button ref={addButton} type="button" onClick={add} className="btn-secondary min-h-6" disabled={rows.length >= MAX_REPS_PER_SESSION}>
        {rows.length === 0 ? "Add a jump" : "Add the next jump"}
      </button>
      <p id="log-jumps-error" className="text-sm text-red-700" aria-live="polite">
        {listError}
      </p>
    </fieldset>
  );
}
