"use client";

import { addCredentialAction, addEquipmentAction } from "@/lib/actions/credentials";
import { CREDENTIAL_KINDS, EQUIPMENT_KINDS } from "@/lib/domain/credentials";
import { ActionForm } from "./action-form";
import { describedBy, Field } from "./field";

interface Person {
  id: string;
  name: string;
}

const label = (kind: string) => (kind === "aad" ? "AAD" : kind.charAt(0).toUpperCase() + kind.slice(1));

/** Record a credential: one's own, or (coordinators) anyone's in the production. */
export function CredentialForm({ productionId, people, self }: { productionId: string; people: Person[]; self: Person }) {
  return (
    <ActionForm action={addCredentialAction.bind(null, productionId)} label="Add a credential" submit="Add credential">
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : {};
        return (
          <div className="grid gap-3 sm:grid-cols-2">
            {people.length > 1 ? (
              <Field id="credential-person" label="Whose" error={e.userId}>
                <select name="userId" defaultValue={v.userId ?? self.id} className="field-input" {...describedBy("credential-person", e.userId)}>
                  {people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </Field>
            ) : (
              <input type="hidden" name="userId" value={self.id} />
            )}
            <Field id="credential-kind" label="Kind" error={e.kind}>
              <select name="kind" defaultValue={v.kind ?? "licence"} className="field-input" {...describedBy("credential-kind", e.kind)}>
                {CREDENTIAL_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {label(k)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="credential-name" label="Name (e.g. USPA D licence, Class 2 medical)" error={e.name}>
              <input type="text" name="name" maxLength={120} defaultValue={v.name} className="field-input" {...describedBy("credential-name", e.name)} />
            </Field>
            <Field id="credential-number" label="Number (optional)" error={e.number}>
              <input type="text" name="number" maxLength={60} autoComplete="off" defaultValue={v.number} className="field-input" {...describedBy("credential-number", e.number)} />
            </Field>
            <Field id="credential-issued" label="Issued on (optional)" error={e.issuedOn}>
              <input type="date" name="issuedOn" defaultValue={v.issuedOn} className="field-input" {...describedBy("credential-issued", e.issuedOn)} />
            </Field>
            <Field id="credential-expires" label="Expires on (empty: never)" error={e.expiresOn}>
              <input type="date" name="expiresOn" defaultValue={v.expiresOn} className="field-input" {...describedBy("credential-expires", e.expiresOn)} />
            </Field>
          </div>
        );
      }}
    </ActionForm>
  );
}

/** Add a piece of equipment with its service interval or expiry (coordinators). */
export function EquipmentForm({ productionId, people }: { productionId: string; people: Person[] }) {
  return (
    <ActionForm action={addEquipmentAction.bind(null, productionId)} label="Add equipment" submit="Add equipment">
      {(state) => {
        const e = state.fields ?? {};
        const v = state.status === "error" ? (state.values ?? {}) : {};
        return (
          <div className="grid gap-3 sm:grid-cols-3">
            <Field id="equipment-name" label="Name (e.g. Reserve, Alex's rig)" error={e.name}>
              <input type="text" name="name" maxLength={120} defaultValue={v.name} className="field-input" {...describedBy("equipment-name", e.name)} />
            </Field>
            <Field id="equipment-kind" label="Kind" error={e.kind}>
              <select name="kind" defaultValue={v.kind ?? "rig"} className="field-input" {...describedBy("equipment-kind", e.kind)}>
                {EQUIPMENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {label(k)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="equipment-owner" label="Owner" error={e.ownerId}>
              <select name="ownerId" defaultValue={v.ownerId ?? ""} className="field-input" {...describedBy("equipment-owner", e.ownerId)}>
                <option value="">The production</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="equipment-interval" label="Service every (days, optional)" error={e.serviceIntervalDays} hint="A reserve repack: 180">
              <input type="number" name="serviceIntervalDays" min={1} inputMode="numeric" defaultValue={v.serviceIntervalDays} className="field-input" {...describedBy("equipment-interval", e.serviceIntervalDays, "hint")} />
            </Field>
            <Field id="equipment-last" label="Last service (optional)" error={e.lastServiceOn}>
              <input type="date" name="lastServiceOn" defaultValue={v.lastServiceOn} className="field-input" {...describedBy("equipment-last", e.lastServiceOn)} />
            </Field>
            <Field id="equipment-expires" label="Expires on (optional)" error={e.expiresOn} hint="An AAD's service life">
              <input type="date" name="expiresOn" defaultValue={v.expiresOn} className="field-input" {...describedBy("equipment-expires", e.expiresOn, "hint")} />
            </Field>
          </div>
        );
      }}
    </ActionForm>
  );
}
