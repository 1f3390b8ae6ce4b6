import { z } from "zod";
import { createApiTokenSchema } from "../../api-token";
import { addMemberSchema } from "../../member";
import {
  apiToken,
  apiTokenRevoked,
  createdApiToken,
  invitation,
  invitationAccepted,
  invitationDeclined,
  invited,
  member,
  memberRemoved,
  passwordReset,
} from "../../responses/productions";
import type { ApiOperation } from "../operation";

const P = "/api/v1/productions/{productionId}";
const area = "People and access";

export const peopleOperations: ApiOperation[] = [
  {
    method: "get",
    path: `${P}/members`,
    area,
    summary: "The production's members",
    who: "coordinator",
    responses: { 200: { description: "Members by role and name", schema: z.array(member) } },
  },
  {
    method: "post",
    path: `${P}/members`,
    area,
    summary: "Invite someone by email address",
    description: "The answer is the same whether or not the address has an account; the person accepts once signed in.",
    who: "coordinator",
    body: addMemberSchema,
    responses: { 201: { description: "Invited", schema: invited } },
    errors: { 409: "Already a member, or invited and not yet answered" },
  },
  {
    method: "delete",
    path: `${P}/members/{userId}`,
    area,
    summary: "Remove a member; their access ends with their next request",
    who: "coordinator",
    responses: { 200: { description: "Removed", schema: memberRemoved } },
    errors: { 409: "The last coordinator" },
  },
  {
    method: "post",
    path: `${P}/members/{userId}/reset-password`,
    area,
    summary: "Give a member a new one-time password; every session of that account ends",
    description: "403 for oneself, a coordinator, or someone who also belongs to a production the caller does not coordinate.",
    who: "coordinator",
    responses: { 200: { description: "The new one-time password", schema: passwordReset } },
  },
  {
    method: "get",
    path: "/api/v1/invitations",
    area,
    summary: "One's invitations waiting for an answer",
    who: "signed in",
    responses: { 200: { description: "Open invitations, oldest first", schema: z.array(invitation) } },
  },
  {
    method: "post",
    path: "/api/v1/invitations/{invitationId}/accept",
    area,
    summary: "Accept an invitation: one becomes a member",
    who: "the invited person",
    responses: { 200: { description: "Accepted", schema: invitationAccepted } },
    errors: { 409: "Already answered" },
  },
  {
    method: "post",
    path: "/api/v1/invitations/{invitationId}/decline",
    area,
    summary: "Decline an invitation",
    who: "the invited person",
    responses: { 200: { description: "Declined", schema: invitationDeclined } },
    errors: { 409: "Already answered" },
  },
  {
    method: "get",
    path: "/api/v1/tokens",
    area,
    summary: "One's live API tokens, newest first (never the token itself)",
    who: "signed in",
    responses: { 200: { description: "Live tokens", schema: z.array(apiToken) } },
  },
  {
    method: "post",
    path: "/api/v1/tokens",
    area,
    summary: "Make a personal API token",
    description: "The answer is the only time `token` is shown. A token cannot mint tokens: this takes the session cookie.",
    who: "signed in, with the session cookie",
    auth: "session-only",
    body: createApiTokenSchema,
    responses: { 201: { description: "The new token", schema: createdApiToken } },
    errors: { 409: "Already 20 live tokens" },
  },
  {
    method: "delete",
    path: "/api/v1/tokens/{tokenId}",
    area,
    summary: "Revoke one of one's tokens; it gets 401 from the next request",
    who: "the token's owner",
    responses: { 200: { description: "Revoked", schema: apiTokenRevoked } },
  },
];
