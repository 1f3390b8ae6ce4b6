"use server";

import { deleteTrainingSession, editTrainingSession, logTrainingSession, rejectTrainingSession, verifyTrainingSession, verifyTrainingSessions } from "../data/sessions";
import { formatDay } from "../domain/calendar-day";
import type { FormState } from "./form-state";
import { productionAction } from "./run-action";

export async function logTrainingSessionAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    // Checkboxes: one value per piece of equipment ticked.
    const equipmentIds = formData.getAll("equipmentIds").map(String);
    const session = await logTrainingSession(scope, { ...values, equipmentIds: equipmentIds.length ? equipmentIds : undefined });
    const what = `${session.count} × ${session.discipline.name} for ${session.performer.name} on ${formatDay(session.date)}`;
    if (session.correctsId) return `Correction logged: ${what}. It replaces the original once a coordinator verifies it.`;
    const warning = session.warnings.length
      ? ` ${session.limitOverrideReason ? "Hard limit overridden" : "Over a dose limit"}: ${session.warnings.join("; ")}.`
      : "";
    return (session.status === "verified" ? `Logged and verified: ${what}.` : `Logged ${what}. It is pending verification by a coordinator.`) + warning;
  });
}

export async function editTrainingSessionAction(productionId: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    // The performer stays; everything the form shows is sent, as the entry should now read.
    const { performerId: _performer, ...changes } = values;
    const equipmentIds = formData.getAll("equipmentIds").map(String);
    const session = await editTrainingSession(scope, sessionId, { ...changes, equipmentIds });
    return `Saved: ${session.count} × ${session.discipline.name} on ${formatDay(session.date)}. It still waits for sign-off.`;
  });
}

export async function verifyTrainingSessionAction(productionId: string, sessionId: string): Promise<FormState> {
  return productionAction(productionId, null, async (scope) => {
    await verifyTrainingSession(scope, sessionId);
    return "Verified.";
  });
}

export async function rejectTrainingSessionAction(productionId: string, sessionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    await rejectTrainingSession(scope, sessionId, values);
    return "Sent back to the performer.";
  });
}

export async function verifyTrainingSessionsAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, null, async (scope) => {
    const { verified, skipped } = await verifyTrainingSessions(scope, { sessionIds: formData.getAll("sessionIds") });
    const parts = [`Verified ${verified.length} ${verified.length === 1 ? "entry" : "entries"}.`];
    if (skipped.length) parts.push(`Skipped ${skipped.length}: ${[...new Set(skipped.map((s) => s.reason))].join("; ")}.`);
    return { status: skipped.length && !verified.length ? "error" : "success", message: parts.join(" ") };
  });
}

export async function deleteTrainingSessionAction(productionId: string, sessionId: string): Promise<FormState> {
  return productionAction(productionId, null, async (scope) => {
    await deleteTrainingSession(scope, sessionId);
    return "Entry deleted.";
  });
}
