"use server";

import { revalidatePath } from "next/cache";
import { requireActor, type Actor } from "../auth/actor";
import { recordCheckIn } from "../data/check-ins";
import { reportIncident, updateIncident } from "../data/incidents";
import { createStunt, logTake } from "../data/stunts";
import { formValues, type FormState } from "./form-state";
import { errorToFormState } from "./to-form-state";

// Server actions for stunts, takes, incidents and check-ins. Each re-reads the
// session; the data layer checks the role and validates with the shared schema.

async function run(productionId: string, formData: FormData, write: (actor: Actor, values: Record<string, unknown>) => Promise<string>): Promise<FormState> {
  const values = formValues(formData);
  try {
    const actor = await requireActor();
    const message = await write(actor, values);
    revalidatePath(`/productions/${productionId}`, "layout");
    return { status: "success", message };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function createStuntAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return run(productionId, formData, async (actor, values) => {
    const stunt = await createStunt(actor, productionId, { ...values, performerIds: formData.getAll("performerIds"), disciplineIds: formData.getAll("disciplineIds") });
    return `Stunt "${stunt.name}" created.`;
  });
}

export async function logTakeAction(productionId: string, stuntId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return run(productionId, formData, async (actor, values) => {
    const take = await logTake(actor, productionId, stuntId, values);
    return `Take ${take.number} recorded (${take.outcome.replace("_", " ")}).`;
  });
}

export async function reportIncidentAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return run(productionId, formData, async (actor, values) => {
    const incident = await reportIncident(actor, productionId, values);
    return `Incident reported (${incident.severity.replace("_", " ")}). It stays open until a coordinator closes it.`;
  });
}

export async function closeIncidentAction(productionId: string, incidentId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return run(productionId, formData, async (actor, values) => {
    await updateIncident(actor, productionId, incidentId, { ...values, status: "closed" });
    return "Incident closed.";
  });
}

export async function recordCheckInAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return run(productionId, formData, async (actor, values) => {
    const checkIn = await recordCheckIn(actor, productionId, values);
    return `Check-in saved: ${checkIn.average.toFixed(1)} of 5.`;
  });
}
