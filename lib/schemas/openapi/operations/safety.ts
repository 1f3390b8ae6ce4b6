import { z } from "zod";
import { checkInQuerySchema, checkInSchema } from "../../check-in";
import { checkIn, createdStunt, incident, loggedTake, readiness, recordedCheckIn, stunt, stuntSummary, take } from "../../responses/safety";
import { createStuntSchema, incidentQuerySchema, logTakeSchema, reportIncidentSchema, updateIncidentSchema } from "../../stunt";
import type { ApiOperation } from "../operation";

const P = "/api/v1/productions/{productionId}";
const T = `${P}/stunts/{stuntId}`;
const area = "Stunts and safety";

export const safetyOperations: ApiOperation[] = [
  {
    method: "get",
    path: `${P}/stunts`,
    area,
    summary: "The production's stunts",
    who: "members",
    responses: { 200: { description: "Stunts by planned date", schema: z.array(stuntSummary) } },
  },
  {
    method: "post",
    path: `${P}/stunts`,
    area,
    summary: "Plan a stunt",
    who: "coordinator",
    body: createStuntSchema,
    responses: { 201: { description: "The new stunt", schema: createdStunt } },
  },
  {
    method: "get",
    path: T,
    area,
    summary: "A stunt with its performers, rehearsal reps per discipline and take ledger",
    who: "members",
    responses: { 200: { description: "The stunt", schema: stunt } },
  },
  {
    method: "get",
    path: `${T}/takes`,
    area,
    summary: "A stunt's takes, in order",
    who: "members",
    responses: { 200: { description: "Takes", schema: z.array(take) } },
  },
  {
    method: "post",
    path: `${T}/takes`,
    area,
    summary: "Record a take; numbered in order",
    who: "coordinator",
    body: logTakeSchema,
    responses: { 201: { description: "The take", schema: loggedTake } },
  },
  {
    method: "get",
    path: `${T}/readiness`,
    area,
    summary: "Go / no-go: is every performer in the stunt prepared?",
    description: "A performer sees only their own reasons; `hiddenReasons` counts the others.",
    who: "members",
    responses: { 200: { description: "The verdict and its reasons", schema: readiness } },
  },
  {
    method: "get",
    path: `${P}/incidents`,
    area,
    summary: "Incidents and near misses; a performer sees those about themselves and those naming nobody",
    who: "members",
    query: incidentQuerySchema,
    responses: { 200: { description: "Incidents, newest first", schema: z.array(incident) } },
  },
  {
    method: "post",
    path: `${P}/incidents`,
    area,
    summary: "Report an incident or near miss",
    who: "all but viewers",
    body: reportIncidentSchema,
    responses: { 201: { description: "The incident", schema: incident } },
  },
  {
    method: "patch",
    path: `${P}/incidents/{incidentId}`,
    area,
    summary: "Close or reopen an incident, with its follow-up",
    who: "coordinator",
    body: updateIncidentSchema,
    responses: { 200: { description: "The incident", schema: incident } },
  },
  {
    method: "get",
    path: `${P}/check-ins`,
    area,
    summary: "A performer's daily check-ins, oldest first (`since` defaults to 30 days ago)",
    who: "who may see the performer",
    query: checkInQuerySchema,
    responses: { 200: { description: "Check-ins with their average", schema: z.array(checkIn) } },
  },
  {
    method: "post",
    path: `${P}/check-ins`,
    area,
    summary: "Record a day's check-in (1 worst to 5 best); a second the same day replaces the first",
    who: "who may log for the performer",
    body: checkInSchema,
    responses: { 201: { description: "The check-in", schema: recordedCheckIn } },
  },
];
