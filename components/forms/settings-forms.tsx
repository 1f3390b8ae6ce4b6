"use client";

import { addMemberAction, changePasswordAction, createDisciplineAction, createGoalAction, setCurrencyRuleAction, setDoseLimitsAction, updateDisciplineAction, updateGoalAction, updateProductionSettingsAction, updateProfileAction } from "@/lib/actions/settings";
import { CREDENTIAL_KINDS, type CredentialKind } from "@/lib/domain/credentials";
import { VERIFIER_RULE_LABEL } from "@/lib/domain/verifier-credential";
import { ActionForm } from "./action-form";
import { CopyableSecret } from "./copyable-secret";
import { DisciplineField } from "./discipline-field";
import { describedBy, Field } from "./field";

export function ProfileForm({ name, credential }: { name: string; credential: string | null }) {
  return (
    <ActionForm action={updateProfileAction} label="Your profile" submit="Save profile">
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : { name, credential: credential ?? "" };
        return (
          <>
            <Field id="profile-name" label="Name" error={e.name}>
              <input type="text" name="name" maxLength={80} defaultValue={v.name} className="field-input" {...describedBy("profile-name", e.name)} />
            </Field>
            <Field id="profile-credential" label="Credential (optional)" error={e.credential} hint="A licence or membership number, shown with every entry you sign off">
              <input type="text" name="credential" maxLength={80} defaultValue={v.credential} className="field-input" {...describedBy("profile-credential", e.credential, "hint")} />
            </Field>
          </>
        );
      }}
    </ActionForm>
  );
}

export function PolicyForm({
  productionId,
  coordinatorLogsAreVerified,
  verifierCredentialKind,
}: {
  productionId: string;
  coordinatorLogsAreVerified: boolean;
  verifierCredentialKind: CredentialKind | null;
}) {
  return (
    <ActionForm action={updateProductionSettingsAction.bind(null, productionId)} label="Sign-off policy" submit="Save policy">
      {(state) => {
        const e = state.fields ?? {};
        const kind = state.status === "error" ? (state.values?.verifierCredentialKind ?? "") : (verifierCredentialKind ?? "");
        return (
          <>
            <label className="flex items-start gap-3 text-sm">
              <input type="checkbox" name="coordinatorLogsAreVerified" defaultChecked={coordinatorLogsAreVerified} className="mt-0.5 h-5 w-5" />
              <span>
                A session a coordinator logs for someone else counts as verified by that coordinator.
                <span className="block text-stone-600">Off: every entry waits in the sign-off queue for a second person.</span>
              </span>
            </label>
            <Field
              id="policy-verifier-credential"
              label="Who may verify entries"
              error={e.verifierCredentialKind}
              hint="With a credential rule, a coordinator verifies only while their credential of that kind is on record here and not expired. An outside witness gives their own licence number."
            >
              <select name="verifierCredentialKind" defaultValue={kind} className="field-input" {...describedBy("policy-verifier-credential", e.verifierCredentialKind, "hint")}>
                <option value="">anyone who may verify</option>
                {CREDENTIAL_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {VERIFIER_RULE_LABEL[k]}
                  </option>
                ))}
              </select>
            </Field>
          </>
        );
      }}
    </ActionForm>
  );
}

/** A discipline's name, unit, and whether takes on set count as its reps. */
export function DisciplineDetailsForm({ productionId, discipline }: { productionId: string; discipline: { id: string; name: string; unit: string; fromTakes: boolean } }) {
  const id = (field: string) => `discipline-${discipline.id}-${field}`;
  return (
    <ActionForm action={updateDisciplineAction.bind(null, productionId, discipline.id)} label={`Name and unit of ${discipline.name}`} submit="Save name and unit">
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : {};
        return (
          <div className="grid gap-3 sm:grid-cols-3">
            <Field id={id("name")} label="Name" error={e.name}>
              <input type="text" name="name" maxLength={60} defaultValue={v.name ?? discipline.name} className="field-input" {...describedBy(id("name"), e.name)} />
            </Field>
            <Field id={id("unit")} label="Unit" error={e.unit}>
              <input type="text" name="unit" maxLength={30} defaultValue={v.unit ?? discipline.unit} className="field-input" {...describedBy(id("unit"), e.unit)} />
            </Field>
            <label className="flex items-center gap-2 self-end py-2 text-sm">
              <input type="hidden" name="fromTakes" value="" />
              <input type="checkbox" name="fromTakes" defaultChecked={v.fromTakes !== undefined ? v.fromTakes === "on" : discipline.fromTakes} /> Counts takes
            </label>
          </div>
        );
      }}
    </ActionForm>
  );
}

export function LimitsForm({
  productionId,
  discipline,
}: {
  productionId: string;
  discipline: { id: string; name: string; unit: string; maxPerDay: number | null; maxPer7Days: number | null; minRestDays: number | null; limitsAreHard: boolean };
}) {
  const id = (field: string) => `limits-${discipline.id}-${field}`;
  return (
    <ActionForm action={setDoseLimitsAction.bind(null, productionId, discipline.id)} label={`Dose limits for ${discipline.name}`} submit="Save limits">
      {(state) => {
        const e = state.fields ?? {};
        const v =
          state.status === "error"
            ? (state.values ?? {})
            : { maxPerDay: String(discipline.maxPerDay ?? ""), maxPer7Days: String(discipline.maxPer7Days ?? ""), minRestDays: String(discipline.minRestDays ?? "") };
        return (
          <>
            <div className="grid gap-3 sm:grid-cols-3">
              <Field id={id("day")} label={`Max ${discipline.unit}s per day`} error={e.maxPerDay}>
                <input type="number" name="maxPerDay" min={1} inputMode="numeric" defaultValue={v.maxPerDay} className="field-input" {...describedBy(id("day"), e.maxPerDay)} />
              </Field>
              <Field id={id("week")} label={`Max per rolling 7 days`} error={e.maxPer7Days}>
                <input type="number" name="maxPer7Days" min={1} inputMode="numeric" defaultValue={v.maxPer7Days} className="field-input" {...describedBy(id("week"), e.maxPer7Days)} />
              </Field>
              <Field id={id("rest")} label="Min days between sessions" error={e.minRestDays}>
                <input type="number" name="minRestDays" min={0} inputMode="numeric" defaultValue={v.minRestDays} className="field-input" {...describedBy(id("rest"), e.minRestDays)} />
              </Field>
            </div>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="hard" defaultChecked={discipline.limitsAreHard} className="h-4 w-4" /> Hard limits: refuse entries over them unless a
              coordinator overrides with a reason
            </label>
          </>
        );
      }}
    </ActionForm>
  );
}

/** A discipline's currency rule: at least a count within a number of days; both empty clears it. */
export function CurrencyForm({
  productionId,
  discipline,
}: {
  productionId: string;
  discipline: { id: string; name: string; unit: string; currencyCount: number | null; currencyDays: number | null };
}) {
  const id = (field: string) => `currency-${discipline.id}-${field}`;
  return (
    <ActionForm action={setCurrencyRuleAction.bind(null, productionId, discipline.id)} label={`Currency rule for ${discipline.name}`} submit="Save currency rule">
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : { currencyCount: String(discipline.currencyCount ?? ""), currencyDays: String(discipline.currencyDays ?? "") };
        return (
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id={id("count")} label={`At least this many ${discipline.unit}s…`} error={e.count} hint="Empty both to have no rule">
              <input type="number" name="currencyCount" min={1} inputMode="numeric" defaultValue={v.currencyCount} className="field-input" {...describedBy(id("count"), e.count, "hint")} />
            </Field>
            <Field id={id("days")} label="…within this many days" error={e.days} hint="e.g. 1 in 30 days for HALO">
              <input type="number" name="currencyDays" min={1} inputMode="numeric" defaultValue={v.currencyDays} className="field-input" {...describedBy(id("days"), e.days, "hint")} />
            </Field>
          </div>
        );
      }}
    </ActionForm>
  );
}

export function DisciplineForm({ productionId }: { productionId: string }) {
  return (
    <ActionForm action={createDisciplineAction.bind(null, productionId)} label="Add a discipline" submit="Add discipline" className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : {};
        return (
          <>
            <Field id="discipline-name" label="Name (e.g. High fall)" error={e.name}>
              <input type="text" name="name" maxLength={60} defaultValue={v.name} className="field-input" {...describedBy("discipline-name", e.name)} />
            </Field>
            <Field id="discipline-unit" label="Unit (e.g. fall)" error={e.unit}>
              <input type="text" name="unit" maxLength={30} defaultValue={v.unit} className="field-input" {...describedBy("discipline-unit", e.unit)} />
            </Field>
            <label className="flex items-center gap-2 text-sm sm:col-span-3">
              <input type="checkbox" name="recordsJumps" defaultChecked={v.recordsJumps === "on"} /> A jump discipline (skydive, HALO, BASE): entries may record each jump
            </label>
            <label className="flex items-center gap-2 text-sm sm:col-span-3">
              <input type="checkbox" name="fromTakes" defaultChecked={v.fromTakes === "on"} /> Counts takes: each take of a stunt this discipline prepares logs a verified rep
            </label>
          </>
        );
      }}
    </ActionForm>
  );
}

const MILESTONE_ROWS = 4;

/** A goal as the edit form starts from. */
export interface EditedGoal {
  goalId: string;
  target: number;
  startDate: string;
  deadline: string;
  milestones: { name: string; count: number; freefallMinutes: number | null }[];
}

/** Set a new goal, or (with `goal`) change one: its discipline and performer stay, the figures and milestones change whole. */
export function GoalForm({
  productionId,
  performerId,
  disciplines,
  today,
  goal,
}: {
  productionId: string;
  performerId: string;
  disciplines: { id: string; name: string; unit: string }[];
  today: string;
  goal?: EditedGoal;
}) {
  const action = goal ? updateGoalAction.bind(null, productionId, goal.goalId) : createGoalAction.bind(null, productionId, performerId);
  const saved = (goal?.milestones ?? []).map((m) => ({ name: m.name, count: String(m.count), freefall: m.freefallMinutes === null ? "" : String(m.freefallMinutes) }));
  const rows = Math.max(MILESTONE_ROWS, saved.length + 1);
  return (
    <ActionForm action={action} label={goal ? "Edit the goal" : "Set a goal"} submit={goal ? "Save goal" : "Set goal"}>
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : {};
        const row = (field: "milestoneName" | "milestoneCount" | "milestoneFreefall", i: number) =>
          v[`${field}.${i}`] ?? (state.status === "error" ? undefined : saved[i]?.[field === "milestoneName" ? "name" : field === "milestoneCount" ? "count" : "freefall"]);
        return (
          <>
            <div className="grid gap-3 sm:grid-cols-2">
              {goal ? null : <DisciplineField id="goal-discipline" disciplines={disciplines} value={v.disciplineId} error={e.disciplineId} />}
              <Field id="goal-target" label="Target count" error={e.target}>
                <input type="number" name="target" min={1} inputMode="numeric" defaultValue={v.target ?? goal?.target} className="field-input" {...describedBy("goal-target", e.target)} />
              </Field>
              <Field id="goal-start" label="Start date" error={e.startDate}>
                <input type="date" name="startDate" defaultValue={v.startDate ?? goal?.startDate ?? today} className="field-input" {...describedBy("goal-start", e.startDate)} />
              </Field>
              <Field id="goal-deadline" label="Deadline (e.g. first shoot day)" error={e.deadline}>
                <input type="date" name="deadline" defaultValue={v.deadline ?? goal?.deadline} className="field-input" {...describedBy("goal-deadline", e.deadline)} />
              </Field>
            </div>
            <fieldset>
              <legend className="text-sm font-medium">Milestones (optional)</legend>
              <p className="text-xs text-stone-600">A name and a count; for a jump discipline, also the freefall minutes it requires (the USPA B licence: 50 jumps and 30 min).</p>
              <div className="mt-1 grid gap-2">
                {Array.from({ length: rows }, (_, i) => (
                  <div key={i} className="grid grid-cols-[1fr_6rem_7rem] gap-2">
                    <input type="text" name="milestoneName" maxLength={60} aria-label={`Milestone ${i + 1} name`} placeholder={i === 0 ? "e.g. B licence" : ""} defaultValue={row("milestoneName", i)} className="field-input !mt-0" aria-invalid={e[`milestones.${i}.name`] ? true : undefined} />
                    <input type="number" name="milestoneCount" min={1} inputMode="numeric" aria-label={`Milestone ${i + 1} count`} placeholder={i === 0 ? "50" : ""} defaultValue={row("milestoneCount", i)} className="field-input !mt-0" aria-invalid={e[`milestones.${i}.count`] ? true : undefined} />
                    <input type="number" name="milestoneFreefall" min={1} inputMode="numeric" aria-label={`Milestone ${i + 1} freefall minutes (optional, for jumps)`} placeholder={i === 0 ? "30 min ff" : ""} defaultValue={row("milestoneFreefall", i)} className="field-input !mt-0" aria-invalid={e[`milestones.${i}.freefallMinutes`] ? true : undefined} />
                  </div>
                ))}
              </div>
              <p className="text-sm text-red-700" aria-live="polite">
                {Object.entries(e)
                  .filter(([k]) => k.startsWith("milestones"))
                  .map(([k, m]) => `Milestone ${Number(k.split(".")[1]) + 1}: ${m}`)
                  .join(" ")}
              </p>
            </fieldset>
          </>
        );
      }}
    </ActionForm>
  );
}

export function MemberForm({ productionId }: { productionId: string }) {
  return (
    <ActionForm action={addMemberAction.bind(null, productionId)} label="Add a member" submit="Add member">
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : {};
        return (
          <div className="grid gap-3 sm:grid-cols-3">
            <Field id="member-email" label="Email" error={e.email}>
              <input type="email" name="email" autoComplete="off" defaultValue={v.email} className="field-input" {...describedBy("member-email", e.email)} />
            </Field>
            <Field id="member-name" label="Name" error={e.name}>
              <input type="text" name="name" maxLength={80} defaultValue={v.name} className="field-input" {...describedBy("member-name", e.name)} />
            </Field>
            <Field id="member-role" label="Role" error={e.role}>
              <select name="role" defaultValue={v.role ?? "performer"} className="field-input" {...describedBy("member-role", e.role)}>
                <option value="performer">Performer</option>
                <option value="coordinator">Coordinator</option>
                <option value="viewer">Viewer (read-only)</option>
              </select>
            </Field>
            <label className="flex items-center gap-2 text-sm sm:col-span-3">
              <input type="checkbox" name="performs" className="h-4 w-4" /> A coordinator who also trains (gets goals and sessions; still
              cannot sign off their own)
            </label>
            {state.secret ? (
              <div className="sm:col-span-3">
                <CopyableSecret secret={state.secret} label="One-time password" />
              </div>
            ) : null}
          </div>
        );
      }}
    </ActionForm>
  );
}

export function PasswordForm() {
  return (
    <ActionForm action={changePasswordAction} label="Change password" submit="Change password">
      {(state) => {
        const e = state.fields ?? {};
        return (
          <>
            <Field id="password-current" label="Current password" error={e.currentPassword}>
              <input type="password" name="currentPassword" autoComplete="current-password" className="field-input" {...describedBy("password-current", e.currentPassword)} />
            </Field>
            <Field id="password-new" label="New password" error={e.newPassword} hint="At least 12 characters">
              <input type="password" name="newPassword" autoComplete="new-password" className="field-input" {...describedBy("password-new", e.newPassword, "hint")} />
            </Field>
          </>
        );
      }}
    </ActionForm>
  );
}
