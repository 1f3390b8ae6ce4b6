"use server";

import { formatDay } from "../domain/calendar-day";
import { createCredential, deleteCredential } from "../data/credentials";
import { createEquipment, deleteEquipment, markEquipmentServiced } from "../data/equipment";
import type { FormState } from "./form-state";
import { productionAction } from "./run-action";

export async function addCredentialAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const c = await createCredential(scope, values);
    return `${c.name} recorded for ${c.person}${c.expiresOn ? `, valid through ${formatDay(c.expiresOn)}` : ""}.`;
  });
}

export async function removeCredentialAction(productionId: string, credentialId: string): Promise<FormState> {
  return productionAction(productionId, null, async (scope) => {
    await deleteCredential(scope, credentialId);
    return "Credential removed.";
  });
}

export async function addEquipmentAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const e = await createEquipment(scope, values);
    return `${e.name} added${e.dueOn ? `; due ${formatDay(e.dueOn)}` : ""}.`;
  });
}

export async function equipmentServicedAction(productionId: string, equipmentId: string): Promise<FormState> {
  return productionAction(productionId, null, async (scope) => {
    const e = await markEquipmentServiced(scope, equipmentId);
    return `${e.name} serviced today${e.dueOn ? `; next due ${formatDay(e.dueOn)}` : ""}.`;
  });
}

export async function removeEquipmentAction(productionId: string, equipmentId: string): Promise<FormState> {
  return productionAction(productionId, null, async (scope) => {
    await deleteEquipment(scope, equipmentId);
    return "Equipment removed.";
  });
}
