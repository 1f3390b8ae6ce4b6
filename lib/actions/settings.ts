"use server";

import { formatDay } from "../domain/calendar-day";
import { createDiscipline, updateDiscipline } from "../data/disciplines";
import { createGoal, setGoalArchived, updateGoal } from "../data/goals";
import { setDoseLimits } from "../data/limits";
import { setCurrencyRule } from "../data/currency";
import { currencyRuleFromForm } from "../schemas/currency";
import { inviteMember } from "../data/invitations";
import { changeMemberRole, removeMember, resetMemberPassword } from "../data/members";
import { updateProductionSettings } from "../data/productions";
import { changePassword, updateProfile } from "../data/users";
import { doseLimitsFromForm } from "../schemas/limits";
import { redirect } from "next/navigation";
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
  const state = await accountAction(
    formData,
    async (actor) => {
      await changePassword(actor, { currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
      return "Password changed.";
    },
    { keepValues: false },
  );
  // The change ended every session, this one too: sign in with the new password.
  if (state.status === "success") redirect("/login?ended=password");
  return state;
}

export async function updateProductionSettingsAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    // An unchecked checkbox sends nothing: absent means "off". The select's "" is "anyone who may verify" (no rule).
    await updateProductionSettings(scope, {
      coordinatorLogsAreVerified: values.coordinatorLogsAreVerified === "on",
      verifierCredentialKind: values.verifierCredentialKind ? values.verifierCredentialKind : null,
    });
    return "Policy saved.";
  });
}

export async function setDoseLimitsAction(productionId: string, disciplineId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    await setDoseLimits(scope, disciplineId, doseLimitsFromForm(values));
    return "Limits saved.";
  });
}

export async function setCurrencyRuleAction(productionId: string, disciplineId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const { currency } = await setCurrencyRule(scope, disciplineId, currencyRuleFromForm(values));
    return currency ? `Currency rule saved: ${currency.count} in ${currency.days} days.` : "Currency rule cleared.";
  });
}

export async function createDisciplineAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const discipline = await createDiscipline(scope, values);
    return `Discipline "${discipline.name}" added.`;
  });
}

/** A goal form's milestones come as parallel lists of names, counts and freefall minutes; blank rows are skipped. */
function goalForm(formData: FormData) {
  const names = formData.getAll("milestoneName").map(String);
  const counts = formData.getAll("milestoneCount").map(String);
  const freefall = formData.getAll("milestoneFreefall").map(String);
  // Kept per row, so a refused form shows every milestone as it was typed.
  const values: Record<string, string> = { ...formValues(formData) };
  names.forEach((name, i) => (values[`milestoneName.${i}`] = name));
  counts.forEach((count, i) => (values[`milestoneCount.${i}`] = count));
  freefall.forEach((minutes, i) => (values[`milestoneFreefall.${i}`] = minutes));
  const milestones = names
    .map((name, i) => ({ name: name.trim(), count: counts[i] ?? "", freefallMinutes: freefall[i] ?? "" }))
    .filter((m) => m.name !== "" || m.count.trim() !== "" || m.freefallMinutes.trim() !== "");
  return { values, milestones };
}

export async function updateDisciplineAction(productionId: string, disciplineId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope) => {
    // A checkbox sends nothing when unticked: the hidden "" before it says "off", a ticked box's "on" comes last.
    const fromTakes = formData.getAll("fromTakes").map(String).at(-1) ?? "";
    const d = await updateDiscipline(scope, disciplineId, { name: formData.get("name"), unit: formData.get("unit"), fromTakes });
    return `Saved: ${d.name} (${d.unit}s)${d.fromTakes ? ", counting takes" : ""}.`;
  });
}

export async function createGoalAction(productionId: string, performerId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { values, milestones } = goalForm(formData);
  return productionAction(productionId, values, async (scope) => {
    await createGoal(scope, { ...values, performerId, milestones });
    return "Goal set.";
  });
}

export async function updateGoalAction(productionId: string, goalId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { values, milestones } = goalForm(formData);
  return productionAction(productionId, values, async (scope) => {
    const goal = await updateGoal(scope, goalId, { target: values.target, startDate: values.startDate, deadline: values.deadline, milestones });
    return `Goal saved: ${goal.target.toLocaleString("en-US")} by ${formatDay(goal.deadline)}.`;
  });
}

export async function addMemberAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const invitation = await inviteMember(scope, values);
    // Worded for both cases: whether the address has an account is not ours to know.
    return {
      status: "success",
      message:
        `${invitation.email} is invited as ${invitation.role}. If they are new to Stuntbook, they sign in with the one-time password below — ` +
        `hand it over now; it is not shown again. If they already have an account, they sign in with their own password. Either way, they accept the invitation once signed in.`,
      secret: invitation.temporaryPassword,
    };
  });
}

export async function resetMemberPasswordAction(productionId: string, userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope) => {
    const reset = await resetMemberPassword(scope, userId);
    return { status: "success", message: "A new one-time password, below: hand it over now; it is not shown again. Their sessions have ended.", secret: reset.temporaryPassword };
  });
}

export async function changeMemberRoleAction(productionId: string, userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const changed = await changeMemberRole(scope, userId, { role: values.role, performs: values.performs });
    return `Now ${changed.role === "coordinator" && changed.performs ? "a coordinator who also performs" : `a ${changed.role}`}.`;
  });
}

export async function removeMemberAction(productionId: string, userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope) => {
    await removeMember(scope, userId);
    return "Removed from the production.";
  });
}

/** Archive a goal (off every progress view and verdict) or restore it. */
export async function setGoalArchivedAction(productionId: string, goalId: string, archived: boolean): Promise<FormState> {
  return productionAction(productionId, null, async (scope) => {
    await setGoalArchived(scope, goalId, { archived });
    return archived ? "Goal archived: it is off the dashboard, the forecasts and the verdicts." : "Goal restored.";
  });
}

/** Archive a discipline no longer trained (with its active goals), or restore it. */
export async function setDisciplineArchivedAction(productionId: string, disciplineId: string, archived: boolean): Promise<FormState> {
  return productionAction(productionId, null, async (scope) => {
    const d = await updateDiscipline(scope, disciplineId, { archived });
    return archived ? `${d.name} archived.` : `${d.name} restored: set its goals again, or restore them from each performer's page.`;
  });
}
