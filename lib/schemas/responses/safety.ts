import { REASON_KINDS } from "../../domain/go-no-go";
import { z } from "zod";
import { INCIDENT_SEVERITIES, TAKE_OUTCOMES } from "../stunt";
import { count, day, id, instant, nullableText } from "./common";

export const stuntSummary = z
  .object({ id, name: z.string(), plannedDate: day.nullable(), performerIds: z.array(id), disciplineIds: z.array(id), takes: count })
  .meta({ id: "StuntSummary" });

export const createdStunt = z.object({ id, name: z.string(), plannedDate: day.nullable(), performerIds: z.array(id), disciplineIds: z.array(id), equipmentIds: z.array(id) });

export const take = z
  .object({ id, number: z.number().int().min(1), performerId: id, performer: z.string(), at: instant, outcome: z.enum(TAKE_OUTCOMES), notes: nullableText })
  .meta({ id: "Take" });

export const loggedTake = z.object({
  id,
  stuntId: id,
  number: z.number().int().min(1),
  performerId: id,
  at: instant,
  outcome: z.enum(TAKE_OUTCOMES),
  notes: nullableText,
  loggedSessionIds: z.array(id).describe("The verified one-rep entries the take logged: one per discipline of the stunt that counts takes"),
});

export const stunt = z
  .object({
    id,
    name: z.string(),
    plannedDate: day.nullable(),
    description: nullableText,
    performers: z.array(z.object({ performerId: id, name: z.string() })),
    preparation: z.array(z.object({ disciplineId: id, discipline: z.string(), unit: z.string(), reps: count })),
    takes: z.array(take),
  })
  .meta({ id: "Stunt" });

export const readiness = z.object({
  stuntId: id,
  asOf: day,
  verdict: z.enum(["ready", "not_ready", "ready_with_warnings"]),
  reasons: z.array(
    z.object({
      performerId: id.nullable().describe("null: a reason of the stunt itself (its equipment)"),
      kind: z.enum(REASON_KINDS),
      blocking: z.boolean().describe("A blocking reason makes the verdict not_ready"),
      message: z.string(),
    }),
  ),
  hiddenReasons: count.describe("Reasons about other performers that the caller may not see"),
});

export const incident = z
  .object({
    id,
    occurredOn: day,
    performerId: id.nullable(),
    severity: z.enum(INCIDENT_SEVERITIES),
    sessionId: id.nullable(),
    takeId: id.nullable(),
    stuntId: id.nullable(),
    description: z.string(),
    followUp: nullableText,
    unavailableUntil: day.nullable().describe("The performer trains no more until this day, inclusive (lost time); null: not kept off"),
    status: z.enum(["open", "closed"]),
    createdAt: instant,
    closedAt: instant.nullable(),
  })
  .meta({ id: "Incident" });

const score = z.number().int().min(1).max(5);
export const checkIn = z
  .object({ date: day, sleep: score, soreness: score, fatigue: score, stress: score, mood: score, note: nullableText, average: z.number().min(1).max(5) })
  .meta({ id: "CheckIn" });
export const recordedCheckIn = checkIn.extend({ performerId: id });
