import { z } from "zod";
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
