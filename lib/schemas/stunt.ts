import { z } from "zod";
import { INCIDENT_SEVERITIES, TAKE_OUTCOMES } from "../domain/safety-choices";
import { calendarDay, dateTime, optionalText, requiredId, requiredText } from "./fields";

export { INCIDENT_SEVERITIES, TAKE_OUTCOMES };

const optionalDay = (label: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), calendarDay(label).optional());

export const createStuntSchema = z.object({
  name: requiredText("Name", 120),
  plannedDate: optionalDay("Planned date"),
  description: optionalText("Description", 2000, { multiline: true }),
  performerIds: z.array(requiredId("Unknown performer"), { error: "Choose the performers" }).min(1, { error: "Choose at least one performer" }).max(50),
  disciplineIds: z.array(requiredId("Unknown discipline"), { error: "Choose the disciplines" }).max(20).default([]),
  /** Equipment the stunt depends on: go / no-go checks its service state. */
  equipmentIds: z.array(requiredId("Unknown equipment"), { error: "Choose the equipment" }).max(50).default([]),
});

export const logTakeSchema = z.object({
  performerId: requiredId("Choose a performer"),
  outcome: z.enum(TAKE_OUTCOMES, { error: "Choose an outcome" }),
  at: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), dateTime("Time").optional()),
  notes: optionalText("Notes", 2000, { multiline: true }),
});

/** The severities after which a performer may be kept off training (lost time). */
export const KEEPS_OFF_TRAINING: readonly string[] = ["lost_time", "serious"];

export const reportIncidentSchema = z.object({
  occurredOn: calendarDay("Date"),
  performerId: z.preprocess((v) => (v === "" ? undefined : v), requiredId("Unknown performer").optional()),
  severity: z.enum(INCIDENT_SEVERITIES, { error: "Choose a severity" }),
  sessionId: z.preprocess((v) => (v === "" ? undefined : v), requiredId("Unknown session").optional()),
  takeId: z.preprocess((v) => (v === "" ? undefined : v), requiredId("Unknown take").optional()),
  stuntId: z.preprocess((v) => (v === "" ? undefined : v), requiredId("Unknown stunt").optional()),
  description: requiredText("Description", 2000, { multiline: true }),
  followUp: optionalText("Follow-up actions", 2000, { multiline: true }),
  /** Lost time: the performer trains no more until this day, inclusive (needs a performer; on or after the day it happened). */
  unavailableUntil: optionalDay("Unavailable until"),
}).superRefine((incident, ctx) => {
  if (incident.unavailableUntil === undefined) return;
  if (!KEEPS_OFF_TRAINING.includes(incident.severity)) ctx.addIssue({ code: "custom", path: ["unavailableUntil"], message: "Only a lost-time or serious incident keeps someone off training: choose that severity, or leave the day empty" });
  else if (!incident.performerId) ctx.addIssue({ code: "custom", path: ["unavailableUntil"], message: "Choose the performer who is unavailable" });
  else if (incident.unavailableUntil < incident.occurredOn) ctx.addIssue({ code: "custom", path: ["unavailableUntil"], message: "Unavailable until must be on or after the day it happened" });
});

export const updateIncidentSchema = z.object({
  status: z.enum(["open", "closed"], { error: "Status is open or closed" }),
  followUp: optionalText("Follow-up actions", 2000, { multiline: true }),
  /** Change how long the performer is off (omitted: unchanged; null or "": available again). */
  unavailableUntil: z.preprocess((v) => (v === "" ? null : v), calendarDay("Unavailable until").nullable().optional()),
});

/** Filters of the incident list; empty values mean "any". */
export const incidentQuerySchema = z.object({
  performerId: z.preprocess((v) => (v === "" || v === null ? undefined : v), requiredId("Unknown performer").optional()),
  stuntId: z.preprocess((v) => (v === "" || v === null ? undefined : v), requiredId("Unknown stunt").optional()),
});
