import { z } from "zod";
import { MAX_SCAN_BYTES } from "../../../domain/credentials";
import { credentialQuerySchema, credentialSchema, equipmentSchema } from "../../credential";
import { credential, deleted, equipment } from "../../responses/credentials";
import type { ApiOperation } from "../operation";

const P = "/api/v1/productions/{productionId}";
const area = "Credentials and equipment";

export const credentialOperations: ApiOperation[] = [
  {
    method: "get",
    path: `${P}/credentials`,
    area,
    summary: "Credentials with their status, soonest expiry first",
    who: "coordinator, viewer (anyone's); performer (own)",
    query: credentialQuerySchema,
    responses: { 200: { description: "Credentials", schema: z.array(credential) } },
  },
  {
    method: "post",
    path: `${P}/credentials`,
    area,
    summary: "Record a credential (licence, rating, medical, insurance…)",
    description: "`userId` defaults to the caller. A performer records their own; a coordinator anyone's.",
    who: "coordinator; performer (own)",
    body: credentialSchema,
    responses: { 201: { description: "The credential", schema: credential } },
  },
  {
    method: "put",
    path: `${P}/credentials/{credentialId}`,
    area,
    summary: "Replace a credential's details (a renewed medical: a new expiry)",
    who: "coordinator; performer (own)",
    body: credentialSchema,
    responses: { 200: { description: "The credential", schema: credential } },
  },
  {
    method: "delete",
    path: `${P}/credentials/{credentialId}`,
    area,
    summary: "Remove a credential",
    who: "coordinator; performer (own)",
    responses: { 200: { description: "Removed", schema: deleted } },
  },
  {
    method: "get",
    path: `${P}/credentials/{credentialId}/scan`,
    area,
    summary: "A credential's scan, as the file it is",
    who: "coordinator, viewer (anyone's); performer (own)",
    responses: {
      200: {
        description: "The scan (served sandboxed, never sniffed)",
        mediaType: "application/pdf",
        alternatives: { "image/png": undefined, "image/jpeg": undefined },
      },
    },
    errors: { 404: "No such credential here, or it has no scan" },
  },
  {
    method: "put",
    path: `${P}/credentials/{credentialId}/scan`,
    area,
    summary: "File a scan of a credential (PDF, PNG or JPEG), replacing any before",
    description: "The file is the body, its type in Content-Type; its first bytes must say the same. `?fileName=` keeps its name.",
    who: "coordinator; performer (own)",
    query: z.object({ fileName: z.string().optional().describe("The file's name, kept for the download") }),
    fileBody: { description: "The scan", maxBytes: MAX_SCAN_BYTES, mediaTypes: ["application/pdf", "image/png", "image/jpeg"] },
    responses: { 200: { description: "The credential", schema: credential } },
  },
  {
    method: "delete",
    path: `${P}/credentials/{credentialId}/scan`,
    area,
    summary: "Remove a credential's scan",
    who: "coordinator; performer (own)",
    responses: { 200: { description: "The credential", schema: credential } },
  },
  {
    method: "get",
    path: `${P}/equipment`,
    area,
    summary: "Equipment with its service status, most urgent first",
    who: "members",
    responses: { 200: { description: "Equipment", schema: z.array(equipment) } },
  },
  {
    method: "post",
    path: `${P}/equipment`,
    area,
    summary: "Add a piece of equipment (rig, reserve, AAD, motorbike…)",
    description: "A service interval with the last service date (a reserve repack every 180 days), or an expiry, or both: due on the earlier.",
    who: "coordinator",
    body: equipmentSchema,
    responses: { 201: { description: "The equipment", schema: equipment } },
  },
  {
    method: "put",
    path: `${P}/equipment/{equipmentId}`,
    area,
    summary: "Replace a piece of equipment's details (a service done: a new lastServiceOn)",
    who: "coordinator",
    body: equipmentSchema,
    responses: { 200: { description: "The equipment", schema: equipment } },
  },
  {
    method: "delete",
    path: `${P}/equipment/{equipmentId}`,
    area,
    summary: "Remove a piece of equipment",
    who: "coordinator",
    responses: { 200: { description: "Removed", schema: deleted } },
  },
];
