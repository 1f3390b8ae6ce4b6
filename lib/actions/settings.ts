"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "../auth/actor";
import { setDoseLimits } from "../data/limits";
import { updateProductionSettings } from "../data/productions";
import { updateProfile } from "../data/users";
import { formValues, type FormState } from "./form-state";
import { errorToFormState } from "./to-form-state";

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await updateProfile(await requireActor(), values);
    revalidatePath("/", "layout");
    return { status: "success", message: "Profile saved." };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function updateProductionSettingsAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    // An unchecked checkbox sends nothing: absent means "off".
    await updateProductionSettings(await requireActor(), productionId, { coordinatorLogsAreVerified: values.coordinatorLogsAreVerified === "on" });
    revalidatePath(`/productions/${productionId}`, "layout");
    return { status: "success", message: "Policy saved." };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function setDoseLimitsAction(productionId: string, disciplineId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await setDoseLimits(await requireActor(), productionId, disciplineId, { ...values, hard: values.hard === "on" });
    revalidatePath(`/productions/${productionId}`, "layout");
    return { status: "success", message: "Limits saved." };
  } catch (error) {
    return errorToFormState(error, values);
  }
}
