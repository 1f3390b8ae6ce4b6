"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "../auth/actor";
import { formatDay } from "../domain/calendar-day";
import { rejectTrainingSession, verifyTrainingSession, verifyTrainingSessions } from "../data/sign-off";
import { deleteTrainingSession } from "../data/session-changes";
import { logTrainingSession } from "../data/training-sessions";
import { formValues, type FormState } from "./form-state";
import { errorToFormState } from "./to-form-state";

// Server actions are public endpoints (a direct POST reaches them): each one
// re-reads the session here, and the data layer re-checks the role.

export async function logTrainingSessionAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const actor = await requireActor();
    const session = await logTrainingSession(actor, productionId, values);
    revalidatePath(`/productions/${productionId}`, "layout");
    const what = `${session.count} × ${session.discipline.name.toLowerCase()} for ${session.performer.name} on ${formatDay(session.date)}`;
    if (session.correctsId) {
      return { status: "success", message: `Correction logged: ${what}. It replaces the original once a coordinator verifies it.` };
    }
    const warning = session.warnings.length
      ? ` ${session.limitOverrideReason ? "Hard limit overridden" : "Over a dose limit"}: ${session.warnings.join("; ")}.`
      : "";
    return {
      status: "success",
      message:
        (session.status === "verified" ? `Logged and verified: ${what}.` : `Logged ${what}. It is pending verification by a coordinator.`) + warning,
    };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function verifyTrainingSessionAction(productionId: string, sessionId: string): Promise<FormState> {
  try {
    const actor = await requireActor();
    await verifyTrainingSession(actor, productionId, sessionId);
    revalidatePath(`/productions/${productionId}`, "layout");
    return { status: "success", message: "Verified." };
  } catch (error) {
    return errorToFormState(error);
  }
}

export async function rejectTrainingSessionAction(
  productionId: string,
  sessionId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  try {
    const actor = await requireActor();
    await rejectTrainingSession(actor, productionId, sessionId, values);
    revalidatePath(`/productions/${productionId}`, "layout");
    return { status: "success", message: "Sent back to the performer." };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function verifyTrainingSessionsAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await requireActor();
    const { verified, skipped } = await verifyTrainingSessions(actor, productionId, { sessionIds: formData.getAll("sessionIds") });
    revalidatePath(`/productions/${productionId}`, "layout");
    const parts = [`Verified ${verified.length} ${verified.length === 1 ? "entry" : "entries"}.`];
    if (skipped.length) parts.push(`Skipped ${skipped.length}: ${[...new Set(skipped.map((s) => s.reason))].join("; ")}.`);
    return { status: skipped.length && !verified.length ? "error" : "success", message: parts.join(" ") };
  } catch (error) {
    return errorToFormState(error);
  }
}

export async function deleteTrainingSessionAction(productionId: string, sessionId: string): Promise<FormState> {
  try {
    const actor = await requireActor();
    await deleteTrainingSession(actor, productionId, sessionId);
    revalidatePath(`/productions/${productionId}`, "layout");
    return { status: "success", message: "Entry deleted." };
  } catch (error) {
    return errorToFormState(error);
  }
}
