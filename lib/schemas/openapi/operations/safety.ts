import { z } from "zod";
import { checkInQuerySchema, checkInSchema } from "../../check-in";
import { checkIn, createdStunt, incident, loggedTake, readiness, recordedCheckIn, stunt, stuntSummary, take } from "../../responses/safety";
import { createStuntSchema, incidentQuerySchema, logTakeSchema, reportIncidentSchema, updateIncidentSchema } from "../../stunt";
import type { ApiOperation } from "../operation";
import { dossierPdfQuerySchema } from "../../dossier";
import { dossierDocument, dossierSummary, sealCheck } from "../../responses/dossiers";

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
  {
    method: "post",
    path: `${P}/stunts/{stuntId}/dossiers`,
    area,
    summary: "Seal the evidence behind the stunt's verdict, as it stands now",
    description:
      "Freezes, as canonical JSON (RFC 8785): the verdict with every reason, each performer's goals with the verified share, pending sign-off, currency, credentials, the week's check-ins and overridden limits, " +
      "the stunt's equipment, incidents and takes, and the audit chain's head, recomputed first. `sha256` (of that JSON) is the seal; `url` the public page that checks it. Sealing is itself a chained audit event. No body.",
    who: "coordinator",
    responses: { 201: { description: "The sealed dossier", schema: dossierSummary } },
    errors: { 409: "The production's audit chain is broken: nothing is sealed on it" },
  },
  {
    method: "get",
    path: `${P}/stunts/{stuntId}/dossiers`,
    area,
    summary: "The stunt's sealed dossiers, newest first",
    who: "coordinator, viewer",
    responses: { 200: { description: "Dossiers", schema: z.array(dossierSummary) } },
  },
  {
    method: "get",
    path: `${P}/dossiers/{file}`,
    area,
    summary: "A sealed dossier as a file: `{id}.json` or `{id}.pdf`",
    description:
      "`{id}.json` is the sealed canonical JSON, byte for byte: its SHA-256 is the seal. `{id}.pdf?paper=a4|letter` draws the same document as paper (verdict, reasons, evidence, takes), " +
      "with a seal page carrying the SHA-256, the audit chain head and a QR code of the public check.",
    who: "coordinator, viewer",
    pathPatterns: { file: { pattern: /^[A-Za-z0-9_-]{1,64}\.(json|pdf)$/, description: "The dossier's id, then .json or .pdf" } },
    query: dossierPdfQuerySchema,
    responses: { 200: { description: "The sealed JSON, or the PDF drawn from it", schema: dossierDocument, alternatives: { "application/pdf": undefined } } },
    errors: { 404: "No such dossier here, or a name other than {id}.json or {id}.pdf" },
  },
  {
    method: "get",
    path: "/api/v1/verify/{sha256}",
    area,
    summary: "Check a seal: does such a dossier exist, what does it state, does it still hold?",
    description:
      "Public, no account (the QR code on a dossier's PDF opens the page of the same path without /api/v1). Says what the seal states — stunt, production, planned date, time, who sealed it, verdict, " +
      "the audit chain's length and head — and nothing of the evidence; whether the stored dossier still hashes to the seal; and whether the production's audit chain still holds up to that head. " +
      "Each app node answers a given seal from a one-minute memo.",
    who: "anyone (no session)",
    auth: "none",
    pathPatterns: { sha256: { pattern: /^[0-9a-f]{64}$/, description: "The seal: a SHA-256 in lowercase hex" } },
    responses: { 200: { description: "The seal's statement and check", schema: sealCheck } },
    errors: { 404: "No dossier was sealed with this SHA-256" },
  },
];
