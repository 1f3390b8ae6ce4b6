"use client";

import { setDoseLimitsAction, updateProductionSettingsAction, updateProfileAction } from "@/lib/actions/settings";
import { ActionForm } from "./action-form";
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

export function PolicyForm({ productionId, coordinatorLogsAreVerified }: { productionId: string; coordinatorLogsAreVerified: boolean }) {
  return (
    <ActionForm action={updateProductionSettingsAction.bind(null, productionId)} label="Sign-off policy" submit="Save policy">
      {() => (
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" name="coordinatorLogsAreVerified" defaultChecked={coordinatorLogsAreVerified} className="mt-0.5 h-5 w-5" />
          <span>
            A session a coordinator logs for someone else counts as verified by that coordinator.
            <span className="block text-stone-600">Off: every entry waits in the sign-off queue for a second person.</span>
          </span>
        </label>
      )}
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
