"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "../auth/actor";
import { createDiscipline } from "../data/disciplines";
import { createGoal } from "../data/goals";
import { addMember } from "../data/members";
import { setDoseLimits } from "../data/limits";
import { doseLimitsFromForm } from "../schemas/limits";
import { updateProductionSettings } from "../data/productions";
import { changePassword, updateProfile } from "../data/users";
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
    await setDoseLimits(await requireActor(), productionId, disciplineId, doseLimitsFromForm(values));
    revalidatePath(`/productions/${productionId}`, "layout");
    return { status: "success", message: "Limits saved." };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function createDisciplineAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const discipline = await createDiscipline(await requireActor(), productionId, values);
    revalidatePath(`/productions/${productionId}`, "layout");
    return { status: "success", message: `Discipline "${discipline.name}" added.` };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function createGoalAction(productionId: string, performerId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  // Milestones come as parallel lists of names and counts; blank rows are skipped.
  const names = formData.getAll("milestoneName").map(String);
  const counts = formData.getAll("milestoneCount").map(String);
  const values: Record<string, string> = { ...formValues(formData) };
  names.forEach((name, i) => (values[`milestoneName.${i}`] = name));
  counts.forEach((count, i) => (values[`milestoneCount.${i}`] = count));
  try {
    const milestones = names
      .map((name, i) => ({ name: name.trim(), count: counts[i] ?? "" }))
      .filter((m) => m.name !== "" || m.count.trim() !== "");
    await createGoal(await requireActor(), productionId, { ...values, performerId, milestones });
    revalidatePath(`/productions/${productionId}`, "layout");
    return { status: "success", message: "Goal set." };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function addMemberAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const member = await addMember(await requireActor(), productionId, values);
    revalidatePath(`/productions/${productionId}`, "layout");
    return {
      status: "success",
      message: member.temporaryPassword
        ? `${member.name} added as ${member.role}. Their one-time password is ${member.temporaryPassword} — hand it over now; it is not shown again.`
        : `${member.name} (existing account) added as ${member.role}.`,
    };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await changePassword(await requireActor(), { currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
    return { status: "success", message: "Password changed." };
  } catch (error) {
    // Passwords are never echoed back into the form.
    return errorToFormState(error);
  }
}
