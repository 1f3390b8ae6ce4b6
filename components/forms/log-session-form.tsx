"use client";

import { useActionState, useMemo, useRef, useState, type FormEvent, useEffect } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { editTrainingSessionAction, logTrainingSessionAction } from "@/lib/actions/training-sessions";
import { MAX_REPS_PER_SESSION, MAX_SESSION_MINUTES, RPE_ANCHORS } from "@/lib/domain/session-bounds";
import { fieldErrors, type FieldErrors } from "@/lib/schemas/field-errors";

type Schema = typeof import("@/lib/schemas/training-session").logTrainingSessionSchema;
import { DisciplineField } from "./discipline-field";
import { describedBy, Field } from "./field";
import { JumpRowsField } from "./jump-rows-field";
import { CheckboxGroup } from "./checkbox-group";
import { focusAnswer } from "./action-form";
import { withOfflineQueue } from "../offline/with-offline-queue";

interface Option {
  id: string;
  name: string;
}

/**
 * Logs one training session. Validated in the browser with the same schema the
 * server uses, so most mistakes are caught before a round trip; the server
 * validates again and its field errors render in the same places. The schema
 * (and the validation library, ~30 kB gzipped) loads when someone starts to
 * fill the form in, not with the page: the dashboard shows the form folded.
 */
/** How many jump rows a refused form sent back (its `jumps` JSON text). */
function countRows(json: string | undefined): number {
  try {
    const parsed = json ? (JSON.parse(json) as unknown) : [];
    return Array.isArray(parsed) ? parsed.length : 0;
  } catch {
    return 0;
  }
}

export function LogSessionForm({
  productionId,
  performers,
  disciplines,
  today,
  fixedPerformer,
  correction,
  editing,
  prefill,
  afterSave,
  canOverride = false,
  nextJumpNumber,
  equipment = [],
}: {
  productionId: string;
  performers: Option[];
  disciplines: (Option & { unit: string; recordsJumps?: boolean })[];
  today: string;
  /** The performer's next jump number (a jump discipline's first row starts there), when the form logs for one person. */
  nextJumpNumber?: number;
  /** The production's equipment, to tick what was used. */
  equipment?: Option[];
  /** Set when the form logs for one person only (a performer's own page). */
  fixedPerformer?: Option;
  /** Makes the form a correction of a verified entry: its values to start from, and a required reason. */
  correction?: { correctsId: string; defaults: Record<string, string> };
  /** Makes the form an edit of a pending entry: its values to start from. */
  editing?: { sessionId: string; defaults: Record<string, string> };
  /** Values a new entry starts from (a rejected entry logged again). */
  prefill?: Record<string, string>;
  /** Once a correction or an edit is saved: where to go next (the form gives way to the result). */
  afterSave?: { href: string; label: string };
  /** Coordinators may log past a hard dose limit with a reason. */
  canOverride?: boolean;
}) {
  // Offline, the entry is queued on the device and sent to the API later (components/offline/).
  const action = useMemo(
    () =>
      editing
        ? editTrainingSessionAction.bind(null, productionId, editing.sessionId)
        : withOfflineQueue(logTrainingSessionAction.bind(null, productionId), {
        kind: "session",
        productionId,
        listFields: ["equipmentIds"],
        describe: (form) => {
          const name = (list: Option[], id: FormDataEntryValue | null) => list.find((o) => o.id === id)?.name ?? "?";
          const who = fixedPerformer ? "" : ` for ${name(performers, form.get("performerId"))}`;
          return `${form.get("count") || "?"} × ${name(disciplines, form.get("disciplineId"))}${who} on ${form.get("date")}`;
        },
      }),
    [productionId, performers, disciplines, fixedPerformer, editing],
  );
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, IDLE);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // After the server's answer, or a check in the browser, focus goes to what it says (components/forms/action-form.tsx).
  useEffect(() => focusAnswer(formRef.current, clientErrors ? { status: "error" } : state), [state, clientErrors]);
  const schema = useRef<Schema | null>(null);
  function loadSchema() {
    if (!schema.current) void import("@/lib/schemas/training-session").then((m) => (schema.current = m.logTrainingSessionSchema));
  }
  // Client errors win until the next submit; then the server's answer shows.
  const errors = clientErrors ?? (state.status === "error" ? (state.fields ?? {}) : {});
  const values = state.status === "error" ? (state.values ?? {}) : (correction?.defaults ?? editing?.defaults ?? prefill ?? {});
  const done = state.status === "success" && (correction !== undefined || editing !== undefined);
  const [disciplineId, setDisciplineId] = useState(values.disciplineId ?? "");
  const [jumpRows, setJumpRows] = useState(() => countRows(values.jumps));
  // Each answer remounts the form (its key), and the jump rows with it: the
  // count follows the rows it comes back with. The discipline stays chosen.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setJumpRows(countRows(values.jumps));
  }
  const recordsJumps = disciplines.some((d) => d.id === disciplineId && d.recordsJumps);
  function chooseDiscipline(id: string) {
    setDisciplineId(id);
    // Another jump discipline keeps the rows (and the count that follows them); any other drops them.
    if (!disciplines.some((d) => d.id === id && d.recordsJumps)) setJumpRows(0);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Not loaded yet (a very quick first submit): the server validates alone, with the same schema.
    if (!schema.current) return;
    const form = new FormData(event.currentTarget);
    const equipmentIds = form.getAll("equipmentIds").map(String);
    const data = { ...Object.fromEntries(form.entries()), equipmentIds: equipmentIds.length ? equipmentIds : undefined };
    const parsed = schema.current.safeParse(data);
    if (!parsed.success) {
      event.preventDefault();
      setClientErrors(fieldErrors(parsed.error));
      return;
    }
    setClientErrors(null);
  }

  if (done && afterSave) {
    // Saved: the result, not the old values under a disabled button.
    return (
      <div className="space-y-3" data-testid="saved-entry">
        <p role="status" tabIndex={-1} ref={(el) => el?.focus()} className="text-sm font-medium text-emerald-800 outline-none">
          {state.message}
        </p>
        <a href={afterSave.href} className="btn-secondary">
          {afterSave.label}
        </a>
      </div>
    );
  }

  return (
    // key: remount after each answer, so defaultValues show what the server sent back.
    <form
      ref={formRef}
      key={JSON.stringify(state)}
      action={formAction}
      onSubmit={onSubmit}
      onFocus={loadSchema}
      onPointerEnter={loadSchema}
      noValidate
      className="space-y-3"
      aria-label={correction ? "Correct an entry" : editing ? "Edit an entry" : "Log a training session"}
    >
      {correction ? <input type="hidden" name="correctsId" value={correction.correctsId} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {fixedPerformer ? (
          <input type="hidden" name="performerId" value={fixedPerformer.id} />
        ) : (
          <Field id="log-performer" label="Performer" error={errors.performerId}>
            <select name="performerId" className="field-input" defaultValue={values.performerId ?? ""} {...describedBy("log-performer", errors.performerId)}>
              <option value="" disabled>
                Choose…
              </option>
              {performers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <DisciplineField id="log-discipline" disciplines={disciplines} value={disciplineId} error={errors.disciplineId} onChange={chooseDiscipline} />
        <Field id="log-date" label="Date" error={errors.date}>
          <input type="date" name="date" max={today} defaultValue={values.date ?? today} className="field-input" {...describedBy("log-date", errors.date)} />
        </Field>
        <Field
          id="log-count"
          label="Count (reps)"
          error={errors.count}
          hint={recordsJumps && jumpRows > 0 ? "Set from the jump rows below" : `1 to ${MAX_REPS_PER_SESSION.toLocaleString("en-US")} in one session`}
        >
          {recordsJumps && jumpRows > 0 ? (
            // Follows the rows: a count that disagrees with them could only be refused.
            <input type="number" name="count" readOnly value={jumpRows} className="field-input bg-stone-50" {...describedBy("log-count", errors.count, "hint")} />
          ) : (
            <input type="number" name="count" inputMode="numeric" min={1} max={MAX_REPS_PER_SESSION} step={1} defaultValue={values.count} className="field-input" {...describedBy("log-count", errors.count, "hint")} />
          )}
        </Field>
        <Field id="log-duration" label="Duration (minutes, optional)" error={errors.durationMinutes}>
          <input type="number" name="durationMinutes" inputMode="numeric" min={1} max={MAX_SESSION_MINUTES} step={1} defaultValue={values.durationMinutes} className="field-input" {...describedBy("log-duration", errors.durationMinutes)} />
        </Field>
        <Field id="log-rpe" label="Effort (RPE 0–10)" error={errors.rpe} hint="Optional: how hard the whole session felt. With the duration it gives the training load.">
          <select name="rpe" className="field-input" defaultValue={values.rpe ?? ""} {...describedBy("log-rpe", errors.rpe, "hint")}>
            <option value="">Not rated</option>
            {RPE_ANCHORS.map((anchor, rating) => (
              <option key={rating} value={rating}>
                {anchor ? `${rating} – ${anchor}` : rating}
              </option>
            ))}
          </select>
        </Field>
        <Field id="log-location" label="Location (optional)" error={errors.location}>
          <input type="text" name="location" maxLength={120} autoComplete="off" defaultValue={values.location} className="field-input" {...describedBy("log-location", errors.location)} />
        </Field>
      </div>
      {correction ? (
        <Field id="log-reason" label="Why is it corrected?" error={errors.reason}>
          <input type="text" name="reason" maxLength={500} defaultValue={values.reason} className="field-input" {...describedBy("log-reason", errors.reason)} />
        </Field>
      ) : null}
      {canOverride && state.needsOverride ? (
        <Field id="log-override" label="Reason to override the limit" error={errors.overrideReason} hint="Recorded in the audit log and shown on the entry">
          <input type="text" name="overrideReason" maxLength={500} defaultValue={values.overrideReason} className="field-input" {...describedBy("log-override", errors.overrideReason, "hint")} />
        </Field>
      ) : null}
      {recordsJumps ? <JumpRowsField initial={values.jumps} errors={errors} firstJumpNumber={nextJumpNumber} onRowsChange={setJumpRows} /> : null}
      {equipment.length > 0 ? <CheckboxGroup legend="Equipment used (optional)" name="equipmentIds" options={equipment} error={errors.equipmentIds} /> : null}
      <Field id="log-notes" label="Notes (optional)" error={errors.notes}>
        <textarea name="notes" rows={2} maxLength={2000} defaultValue={values.notes} className="field-input" {...describedBy("log-notes", errors.notes)} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending || done}>
          {pending ? "Saving…" : correction ? "Log correction" : editing ? "Save entry" : "Log session"}
        </button>
        <p
          role="status"
          aria-live="polite"
          tabIndex={-1}
          className={`text-sm font-medium ${state.status === "error" || clientErrors ? "text-red-700" : "text-emerald-800"}`}
        >
          {clientErrors ? "Check the highlighted fields." : state.message}
        </p>
      </div>
    </form>
  );
}
