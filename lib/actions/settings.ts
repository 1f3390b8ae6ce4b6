"use server";

import { createDiscipline } from "../data/disciplines";
import { createGoal } from "../data/goals";
import { setDoseLimits } from "../data/limits";
import { addMember } from "../data/members";
import { updateProductionSettings } from "../data/productions";
import { changePassword, updateProfile } from "../data/users";
import { doseLimitsFromForm } from "../schemas/limits";
import { formValues, type FormState } from "./form-state";
import { accountAction, productionAction } from "./run-action";

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return accountAction(formData, async (actor, values) => {
    await updateProfile(actor, values);
    return "Profile saved.";
  });
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // Passwords are never echoed back into the form.
  return accountAction(
    formData,
    async (actor) => {
      await changePassword(actor, { currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
      return "Password changed.";
    },
    { keepValues: false },
  );
}

export async function updateProductionSettingsAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    // An unchecked checkbox sends nothing: absent means "off".
    await updateProductionSettings(scope, { coordinatorLogsAreVerified: values.coordinatorLogsAreVerified === "on" });
    return "Policy saved.";
  });
}

export async function setDoseLimitsAction(productionId: string, disciplineId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    await setDoseLimits(scope, disciplineId, doseLimitsFromForm(values));
    return "Limits saved.";
  });
}

export async function createDisciplineAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const discipline = await createDiscipline(scope, values);
    return `Discipline "${discipline.name}" added.`;
  });
}

export async function createGoalAction(productionId: string, performerId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  // Milestones come as parallel lists of names and counts; blank rows are skipped.
  const names = formData.getAll("milestoneName").map(String);
  const counts = formData.getAll("milestoneCount").map(String);
  // Kept per row, so a refused form shows every milestone as it was typed.
  const values: Record<string, string> = { ...formValues(formData) };
  names.forEach((name, i) => (values[`milestoneName.${i}`] = name));
  counts.forEach((count, i) => (values[`milestoneCount.${i}`] = count));
  return productionAction(productionId, values, async (scope) => {
    const milestones = names
      .map((name, i) => ({ name: name.trim(), count: counts[i] ?? "" }))
      .filter((m) => m.name !== "" || m.count.trim() !== "");
    await createGoal(scope, { ...values, performerId, milestones });
    return "Goal set.";
  });
}

export async function addMemberAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const member = await addMember(scope, values);
    return member.temporaryPassword
      ? `${member.name} added as ${member.role}. Their one-time password is ${member.temporaryPassword} — hand it over now; it is not shown again.`
      : `${member.name} (existing account) added as ${member.role}.`;
  });
}
