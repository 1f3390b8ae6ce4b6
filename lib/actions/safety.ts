"use server";

import { recordCheckIn } from "../data/check-ins";
import { sealDossier } from "../data/dossiers";
import { getStuntReadiness } from "../data/stunt-readiness";
import { ValidationError } from "../domain/errors";
import { reportIncident, updateIncident } from "../data/incidents";
import { createStunt, logTake } from "../data/stunts";
import type { FormState } from "./form-state";
import { productionAction } from "./run-action";

// Server actions for stunts, takes, incidents and check-ins.

export async function createStuntAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const stunt = await createStunt(scope, { ...values, performerIds: formData.getAll("performerIds"), disciplineIds: formData.getAll("disciplineIds"), equipmentIds: formData.getAll("equipmentIds") });
    return `Stunt "${stunt.name}" created.`;
  });
}

export async function logTakeAction(productionId: string, stuntId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    // On set, a take on a stunt that is not ready is a decision: the form asks for it, the take notes it.
    const { verdict } = await getStuntReadiness(scope, stuntId);
    let notes = values.notes ?? "";
    if (verdict === "not_ready") {
      if (values.rollAnyway !== "on") throw new ValidationError({ rollAnyway: "The stunt is not ready: tick “Roll anyway” to record a take regardless" });
      notes = `${notes.trim()}${notes.trim() ? " " : ""}[Rolled while the go / no-go verdict was Not ready]`;
    }
    const take = await logTake(scope, stuntId, { performerId: values.performerId, outcome: values.outcome, at: values.at, notes });
    const counted = take.loggedSessionIds.length ? ` It counts as ${take.loggedSessionIds.length === 1 ? "a rep" : `${take.loggedSessionIds.length} reps`} toward the take goal.` : "";
    // A safety cut is a near miss by definition: say what usually follows it.
    const cut = take.outcome === "safety_cut" ? " A safety cut usually calls for a refresher goal before the next take, and an incident report if anyone was hurt or nearly was." : "";
    return `Take ${take.number} recorded (${take.outcome.replace("_", " ")}).${counted}${cut}`;
  });
}

export async function sealDossierAction(productionId: string, stuntId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope) => {
    const dossier = await sealDossier(scope, stuntId);
    return `Dossier sealed. Its seal (SHA-256) begins ${dossier.sha256.slice(0, 12)}; it is listed below.`;
  });
}

export async function reportIncidentAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const incident = await reportIncident(scope, values);
    return `Incident reported (${incident.severity.replace("_", " ")}). It stays open until a coordinator closes it.`;
  });
}

export async function closeIncidentAction(productionId: string, incidentId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    await updateIncident(scope, incidentId, { ...values, status: "closed" });
    return "Incident closed.";
  });
}

export async function recordCheckInAction(productionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return productionAction(productionId, formData, async (scope, values) => {
    const checkIn = await recordCheckIn(scope, values);
    return `Check-in saved: ${checkIn.average.toFixed(1)} of 5.`;
  });
}
