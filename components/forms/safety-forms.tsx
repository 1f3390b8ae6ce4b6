"use client";

import { closeIncidentAction, createStuntAction, logTakeAction, recordCheckInAction, reportIncidentAction, sealDossierAction } from "@/lib/actions/safety";
import { CHECK_IN_SCALES, INCIDENT_SEVERITIES, TAKE_OUTCOMES } from "@/lib/domain/safety-choices";
import { ActionForm } from "./action-form";
import { CheckboxGroup } from "./checkbox-group";
import { describedBy, Field } from "./field";

interface Option {
  id: string;
  name: string;
}

const label = (value: string) => value.replace("_", " ").replace(/^./, (c) => c.toUpperCase());

/** A required choice among fixed values (outcome, severity), with "Choose…" until picked. */
function ChoiceField({ id, name, title, options, value, error }: { id: string; name: string; title: string; options: readonly string[]; value?: string; error?: string }) {
  return (
    <Field id={id} label={title} error={error}>
      <select name={name} defaultValue={value ?? ""} className="field-input" {...describedBy(id, error)}>
        <option value="" disabled>
          Choose…
        </option>
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Open the incident report form on this page and put the cursor in it (after a safety cut). */
function openIncidentReport() {
  const details = document.getElementById("report-incident") as HTMLDetailsElement | null;
  if (!details) return;
  details.open = true;
  details.scrollIntoView({ block: "start" });
  details.querySelector<HTMLElement>("select, input:not([type=hidden]), textarea")?.focus();
}

export function TakeForm({ productionId, stuntId, performers, notReady = false }: { productionId: string; stuntId: string; performers: Option[]; notReady?: boolean }) {
  return (
    <ActionForm action={logTakeAction.bind(null, productionId, stuntId)} label="Record a take" submit="Record take" className="grid gap-3 sm:grid-cols-2">
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : {};
        return (
          <>
            <Field id="take-performer" label="Performer" error={e.performerId}>
              <select name="performerId" defaultValue={v.performerId ?? performers[0]?.id} className="field-input" {...describedBy("take-performer", e.performerId)}>
                {performers.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </Field>
            <ChoiceField id="take-outcome" name="outcome" title="Outcome" options={TAKE_OUTCOMES} value={v.outcome} error={e.outcome} />
            <div className="sm:col-span-2">
              <Field id="take-notes" label="Notes (optional)" error={e.notes}>
                <input type="text" name="notes" maxLength={2000} defaultValue={v.notes} className="field-input" {...describedBy("take-notes", e.notes)} />
              </Field>
            </div>
            {notReady ? (
              <div className="sm:col-span-2">
                <label className="flex items-start gap-2 text-sm font-medium text-red-900">
                  <input type="checkbox" name="rollAnyway" className="mt-1" defaultChecked={v.rollAnyway === "on"} aria-invalid={e.rollAnyway ? true : undefined} aria-describedby={e.rollAnyway ? "take-roll-error" : undefined} />
                  Roll anyway: the go / no-go verdict is Not ready. The take is recorded with that noted.
                </label>
                <p id="take-roll-error" className="text-sm text-red-700" aria-live="polite">
                  {e.rollAnyway}
                </p>
              </div>
            ) : null}
            {state.status === "success" && state.message?.includes("(safety cut)") ? (
              <div className="sm:col-span-2">
                <button type="button" className="btn-secondary" onClick={openIncidentReport}>
                  Report an incident about this take
                </button>
              </div>
            ) : null}
          </>
        );
      }}
    </ActionForm>
  );
}

/** Seal the stunt's evidence as it stands now: no fields, one button and what it does. */
export function SealDossierForm({ productionId, stuntId }: { productionId: string; stuntId: string }) {
  return (
    <ActionForm action={sealDossierAction.bind(null, productionId, stuntId)} label="Seal a dossier" submit="Seal the evidence now">
      {() => (
        <p className="text-sm text-stone-700">
          Freezes the verdict above with every reason and the evidence behind it — goals, sign-off, currency, credentials, check-ins, incidents, takes, overridden limits — and
          the audit record&apos;s head, as a file nobody can change. Sealing is recorded in the audit log.
        </p>
      )}
    </ActionForm>
  );
}

export function IncidentForm({
  productionId,
  today,
  performers,
  stuntId,
}: {
  productionId: string;
  today: string;
  performers: Option[];
  stuntId?: string;
}) {
  return (
    <ActionForm
      action={reportIncidentAction.bind(null, productionId)}
      label="Report an incident"
      submit="Report incident"
      className="grid gap-3 sm:grid-cols-2"
      offline={{ kind: "incident", productionId, describe: (form) => `Incident (${label(String(form.get("severity") || "?"))}) on ${form.get("occurredOn")}` }}
    >
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : {};
        return (
          <>
            {stuntId ? <input type="hidden" name="stuntId" value={stuntId} /> : null}
            <Field id="incident-date" label="Date" error={e.occurredOn}>
              <input type="date" name="occurredOn" max={today} defaultValue={v.occurredOn ?? today} className="field-input" {...describedBy("incident-date", e.occurredOn)} />
            </Field>
            <ChoiceField id="incident-severity" name="severity" title="Severity" options={INCIDENT_SEVERITIES} value={v.severity} error={e.severity} />
            <Field id="incident-performer" label="Who (optional)" error={e.performerId}>
              <select name="performerId" defaultValue={v.performerId ?? (performers.length === 1 ? performers[0]!.id : "")} className="field-input" {...describedBy("incident-performer", e.performerId)}>
                <option value="">Nobody in particular</option>
                {performers.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </Field>
            <div className="sm:col-span-2">
              <Field id="incident-description" label="What happened" error={e.description}>
                <textarea name="description" rows={2} maxLength={2000} defaultValue={v.description} className="field-input" {...describedBy("incident-description", e.description)} />
              </Field>
            </div>
            <div className="sm:col-span-2">
              <Field id="incident-followup" label="Follow-up actions (optional)" error={e.followUp}>
                <input type="text" name="followUp" maxLength={2000} defaultValue={v.followUp} className="field-input" {...describedBy("incident-followup", e.followUp)} />
              </Field>
            </div>
            <Field
              id="incident-unavailable"
              label="Unavailable until (optional)"
              hint="Lost time: the performer trains no more until this day. Plans and stunts in between are flagged."
              error={e.unavailableUntil}
            >
              <input type="date" name="unavailableUntil" min={v.occurredOn ?? undefined} defaultValue={v.unavailableUntil} className="field-input" {...describedBy("incident-unavailable", e.unavailableUntil, "hint")} />
            </Field>
          </>
        );
      }}
    </ActionForm>
  );
}

export function CloseIncidentForm({ productionId, incidentId }: { productionId: string; incidentId: string }) {
  return (
    <ActionForm action={closeIncidentAction.bind(null, productionId, incidentId)} label="Close the incident" submit="Close incident" className="flex flex-wrap items-end gap-2">
      {(state) => (
        <div className="min-w-56 flex-1">
          <Field id={`close-${incidentId}`} label="Follow-up done" error={state.fields?.followUp}>
            <input type="text" name="followUp" maxLength={2000} className="field-input" {...describedBy(`close-${incidentId}`, state.fields?.followUp)} />
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

const SCALE_HINT: Record<(typeof CHECK_IN_SCALES)[number], string> = {
  sleep: "1 awful … 5 great",
  soreness: "1 very sore … 5 none",
  fatigue: "1 exhausted … 5 fresh",
  stress: "1 very stressed … 5 calm",
  mood: "1 low … 5 great",
};

export function CheckInForm({ productionId, performerId, today }: { productionId: string; performerId: string; today: string }) {
  return (
    <ActionForm
      action={recordCheckInAction.bind(null, productionId)}
      label="Readiness check-in"
      submit="Save check-in"
      offline={{ kind: "check-in", productionId, describe: (form) => `Readiness check-in for ${form.get("date")}` }}
    >
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : {};
        return (
          <>
            <input type="hidden" name="performerId" value={performerId} />
            <input type="hidden" name="date" value={today} />
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
              {CHECK_IN_SCALES.map((scale) => (
                <Field key={scale} id={`checkin-${scale}`} label={label(scale)} error={e[scale]} hint={SCALE_HINT[scale]}>
                  <select name={scale} defaultValue={v[scale] ?? ""} className="field-input" {...describedBy(`checkin-${scale}`, e[scale], "hint")}>
                    <option value="" disabled>
                      –
                    </option>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </Field>
              ))}
            </div>
            <Field id="checkin-note" label="Note (optional)" error={e.note}>
              <input type="text" name="note" maxLength={500} defaultValue={v.note} className="field-input" {...describedBy("checkin-note", e.note)} />
            </Field>
          </>
        );
      }}
    </ActionForm>
  );
}

export function StuntForm({ productionId, performers, disciplines, equipment = [] }: { productionId: string; performers: Option[]; disciplines: Option[]; equipment?: Option[] }) {
  return (
    <ActionForm action={createStuntAction.bind(null, productionId)} label="Add a stunt" submit="Add stunt">
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : {};
        return (
          <>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id="stunt-name" label="Name" error={e.name}>
                <input type="text" name="name" maxLength={120} defaultValue={v.name} className="field-input" {...describedBy("stunt-name", e.name)} />
              </Field>
              <Field id="stunt-date" label="Planned date (optional)" error={e.plannedDate}>
                <input type="date" name="plannedDate" defaultValue={v.plannedDate} className="field-input" {...describedBy("stunt-date", e.plannedDate)} />
              </Field>
            </div>
            <CheckboxGroup legend="Performers" name="performerIds" options={performers} error={e.performerIds} />
            <CheckboxGroup legend="Disciplines that prepare for it" name="disciplineIds" options={disciplines} error={e.disciplineIds} />
            {equipment.length > 0 ? (
              <CheckboxGroup legend="Equipment it depends on (go / no-go checks its service)" name="equipmentIds" options={equipment} error={e.equipmentIds} />
            ) : null}
          </>
        );
      }}
    </ActionForm>
  );
}
