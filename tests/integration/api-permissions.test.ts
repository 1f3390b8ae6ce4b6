// The JSON API's permission matrix, through the real route handlers, a real
// database and real session JWTs: roles x operations -> status codes, with the
// session cookie and with each role's write and read API tokens.

import { beforeAll, describe, expect, it } from "vitest";
import { GET as getProductions } from "@/app/api/v1/productions/route";
import { POST as acceptInvitation } from "@/app/api/v1/invitations/[invitationId]/accept/route";
import { POST as declineInvitation } from "@/app/api/v1/invitations/[invitationId]/decline/route";
import { GET as getInvitations } from "@/app/api/v1/invitations/route";
import { POST as postMember } from "@/app/api/v1/productions/[productionId]/members/route";
import { DELETE as deleteMember, PATCH as patchMember } from "@/app/api/v1/productions/[productionId]/members/[userId]/route";
import { POST as resetMemberPassword } from "@/app/api/v1/productions/[productionId]/members/[userId]/reset-password/route";
import { GET as getDisciplines, POST as postDiscipline } from "@/app/api/v1/productions/[productionId]/disciplines/route";
import { POST as postGoal } from "@/app/api/v1/productions/[productionId]/goals/route";
import { PATCH as patchGoal, PUT as putGoal } from "@/app/api/v1/productions/[productionId]/goals/[goalId]/route";
import { PATCH as patchDiscipline } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/route";
import { GET as getCredentials, POST as postCredential } from "@/app/api/v1/productions/[productionId]/credentials/route";
import { GET as getEquipment, POST as postEquipment } from "@/app/api/v1/productions/[productionId]/equipment/route";
import { GET as getNotifications } from "@/app/api/v1/notifications/route";
import { POST as markNotificationsRead } from "@/app/api/v1/notifications/read/route";
import { GET as verifyAudit } from "@/app/api/v1/productions/[productionId]/audit/verify/route";
import { PUT as putScan } from "@/app/api/v1/productions/[productionId]/credentials/[credentialId]/scan/route";
import { GET as logbookPdf } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/logbook.pdf/route";
import { PUT as putCurrency } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/currency/route";
import { GET as getPerformerCurrency } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/currency/route";
import { GET as getMembers } from "@/app/api/v1/productions/[productionId]/members/route";
import { GET as getPerformers } from "@/app/api/v1/productions/[productionId]/performers/route";
import { GET as getPerformerProgress } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/progress/route";
import { GET as getPerformerLoad } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/load/route";
import { GET as getGoalFeasibility } from "@/app/api/v1/productions/[productionId]/goals/[goalId]/feasibility/route";
import { GET as getProgress } from "@/app/api/v1/productions/[productionId]/progress/route";
import { POST as postSession } from "@/app/api/v1/productions/[productionId]/sessions/route";
import { POST as postImport } from "@/app/api/v1/productions/[productionId]/imports/route";
import { POST as rejectSession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/reject/route";
import { POST as verifySession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/verify/route";
import { POST as postWitnessRequest } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/witness-requests/route";
import { POST as postWitness } from "@/app/api/v1/witness/[token]/route";
import { logTrainingSession } from "@/lib/data/sessions";
import { sealDossier } from "@/lib/data/dossiers";
import { GET as getPlan, PUT as putPlan } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/plan/route";
import { GET as listDossiersRoute, POST as sealDossierRoute } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/dossiers/route";
import { GET as dossierFileRoute } from "@/app/api/v1/productions/[productionId]/dossiers/[file]/route";
import { GET as verifySealRoute } from "@/app/api/v1/verify/[sha256]/route";
import { createWitnessRequest } from "@/lib/data/witness-requests";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[tokenId]/route";
import { GET as listTokens, POST as postToken } from "@/app/api/v1/tokens/route";
import { createApiToken } from "@/lib/data/api-tokens";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, params } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
  for (const who of ["outsider", "viewer", "performer1", "performer2", "coordinator"] as const) {
    for (const scope of ["read", "write"] as const) {
      tokens[`${who} ${scope}`] = (await createApiToken(w[who], { name: `Matrix ${scope}`, scope, expiresInDays: 1 })).token;
    }
  }
});

type Who = "anonymous" | "outsider" | "viewer" | "performer1" | "performer2" | "coordinator";
/** How a request proves who sends it: the session cookie, or one of the person's API tokens. */
type Auth = { actor?: Actor | null; bearer?: string };
const tokens: Partial<Record<`${Exclude<Who, "anonymous">} ${"read" | "write"}`, string>> = {};

function authOf(who: Who, via: "session cookie" | "write token" | "read token"): Auth {
  if (who === "anonymous") return {};
  if (via === "session cookie") return { actor: w[who] };
  return { bearer: tokens[`${who} ${via === "read token" ? "read" : "write"}`]! };
}
const today = () => new Date().toISOString().slice(0, 10);
let throwaways = 0;

/** A fresh performer of the production, for an operation that removes or resets someone. */
async function throwawayPerformer(): Promise<string> {
  throwaways += 1;
  const user = await db.user.create({ data: { email: `throwaway-${throwaways}@test.test`, name: "Throwaway", passwordHash: "scrypt$unused" } });
  await db.membership.create({ data: { productionId: w.productionId, userId: user.id, role: "performer" } });
  return user.id;
}

/** An invitation to the outsider, to a production of its own (accepting it changes nothing the other operations see). */
async function invitationForOutsider(): Promise<string> {
  const production = await db.production.create({ data: { name: "Invited Production" } });
  const outsider = await db.user.findUniqueOrThrow({ where: { id: w.outsider.userId } });
  const invitation = await db.invitation.create({
    data: { productionId: production.id, email: outsider.email, name: "Outsider", role: "performer", codeHash: "scrypt$invitation-code-unused", invitedById: w.coordinator.userId },
  });
  return invitation.id;
}

/** A one-row logbook file for performer 2 (duplicates added, so a repeated call still writes). */
function importRequest(auth: Auth, dryRun: "0" | "1") {
  return apiRequest(`/api/v1/productions/${w.productionId}/imports?performerId=${w.performer2.userId}&dryRun=${dryRun}&duplicates=add`, {
    ...auth,
    method: "POST",
    contentType: "text/csv",
    rawBody: `date,discipline,count\r\n${today()},Motorbike jump,1\r\n`,
  });
}

/** A pending entry of performer1, logged by themself (something a witness may be asked to sign). */
async function pendingEntryOfPerformer1(): Promise<string> {
  const scope = await scopeOf(w.performer1, w.productionId);
  return (await logTrainingSession(scope, { performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count: 1 })).id;
}

/** A witness link's token for a fresh pending entry (the token is the whole credential of the witness route). */
async function witnessToken(): Promise<string> {
  const link = await createWitnessRequest(await scopeOf(w.coordinator, w.productionId), await pendingEntryOfPerformer1(), { name: "Kari Nordmann" }, "http://localhost");
  return new URL(link.url).pathname.split("/").at(-1)!;
}

/** A stunt performer1 is in (go / no-go and dossiers act on it). */
async function stuntOfPerformer1(): Promise<string> {
  const stunt = await db.stunt.create({ data: { productionId: w.productionId, name: "Matrix stunt", performerIds: JSON.stringify([w.performer1.userId]), disciplineIds: JSON.stringify([w.skydive]) } });
  return stunt.id;
}

/** A dossier sealed on such a stunt. */
async function sealedDossier(): Promise<{ id: string; sha256: string }> {
  return sealDossier(await scopeOf(w.coordinator, w.productionId), await stuntOfPerformer1());
}

/** Each operation: how to call it as someone, and the status each role must get. */
const operations: {
  name: string;
  /** Creates what the call acts on (before the "nothing written on refusal" snapshot); its id is handed to `call`. */
  prepare?: () => Promise<string>;
  call: (auth: Auth, id: string) => Promise<Response>;
  /** Needs no account (a witness link): whatever credential comes along is not read, so a read-only token changes nothing. */
  noAccount?: boolean;
  /** Statuses with an API token, where they differ from the cookie's by design (not the read scope, which is derived). */
  expectedWithToken?: Partial<Record<Who, number>>;
  expected: Record<Who, number>;
}[] = [
  {
    name: "GET progress (team)",
    call: async (auth) => getProgress(await apiRequest(`/api/v1/productions/${w.productionId}/progress`, auth), params({ productionId: w.productionId })),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "GET progress (performer1)",
    call: async (auth) =>
      getPerformerProgress(
        await apiRequest(`/api/v1/productions/${w.productionId}/performers/${w.performer1.userId}/progress`, auth),
        params({ productionId: w.productionId, performerId: w.performer1.userId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 200, performer2: 403, coordinator: 200 },
  },
  {
    name: "GET load (performer1)",
    call: async (auth) =>
      getPerformerLoad(
        await apiRequest(`/api/v1/productions/${w.productionId}/performers/${w.performer1.userId}/load`, auth),
        params({ productionId: w.productionId, performerId: w.performer1.userId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 200, performer2: 403, coordinator: 200 },
  },
  {
    name: "GET goals/{goalId}/feasibility (performer1's goal)",
    call: async (auth) =>
      getGoalFeasibility(
        await apiRequest(`/api/v1/productions/${w.productionId}/goals/${w.goalId}/feasibility`, auth),
        params({ productionId: w.productionId, goalId: w.goalId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 200, performer2: 403, coordinator: 200 },
  },
  {
    name: "GET currency (performer1)",
    call: async (auth) =>
      getPerformerCurrency(
        await apiRequest(`/api/v1/productions/${w.productionId}/performers/${w.performer1.userId}/currency`, auth),
        params({ productionId: w.productionId, performerId: w.performer1.userId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 200, performer2: 403, coordinator: 200 },
  },
  {
    name: "PUT disciplines/{disciplineId}/currency",
    call: async (auth) =>
      putCurrency(
        await apiRequest(`/api/v1/productions/${w.productionId}/disciplines/${w.skydive}/currency`, { ...auth, method: "PUT", body: { count: 1, days: 30 } }),
        params({ productionId: w.productionId, disciplineId: w.skydive }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "GET credentials",
    call: async (auth) => getCredentials(await apiRequest(`/api/v1/productions/${w.productionId}/credentials`, auth), params({ productionId: w.productionId })),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 200, performer2: 200, coordinator: 200 },
  },
  {
    name: "POST credentials for performer1",
    call: async (auth) =>
      postCredential(
        await apiRequest(`/api/v1/productions/${w.productionId}/credentials`, { ...auth, method: "POST", body: { userId: w.performer1.userId, kind: "medical", name: "Medical" } }),
        params({ productionId: w.productionId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 201, performer2: 403, coordinator: 201 },
  },
  {
    name: "GET equipment",
    call: async (auth) => getEquipment(await apiRequest(`/api/v1/productions/${w.productionId}/equipment`, auth), params({ productionId: w.productionId })),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 200, performer2: 200, coordinator: 200 },
  },
  {
    name: "POST equipment",
    call: async (auth) =>
      postEquipment(
        await apiRequest(`/api/v1/productions/${w.productionId}/equipment`, { ...auth, method: "POST", body: { name: "Helmet", kind: "helmet" } }),
        params({ productionId: w.productionId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 201 },
  },
  {
    name: "PATCH disciplines/{disciplineId}",
    call: async (auth) =>
      patchDiscipline(
        await apiRequest(`/api/v1/productions/${w.productionId}/disciplines/${w.motorbike}`, { ...auth, method: "PATCH", body: { unit: "jump" } }),
        params({ productionId: w.productionId, disciplineId: w.motorbike }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "PATCH goals/{goalId} (performer1's; restoring an active goal changes nothing)",
    call: async (auth) =>
      patchGoal(
        await apiRequest(`/api/v1/productions/${w.productionId}/goals/${w.goalId}`, { ...auth, method: "PATCH", body: { archived: false } }),
        params({ productionId: w.productionId, goalId: w.goalId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "PATCH disciplines/{disciplineId} archived (restoring an active one changes nothing)",
    call: async (auth) =>
      patchDiscipline(
        await apiRequest(`/api/v1/productions/${w.productionId}/disciplines/${w.motorbike}`, { ...auth, method: "PATCH", body: { archived: false } }),
        params({ productionId: w.productionId, disciplineId: w.motorbike }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "PUT goals/{goalId} (performer1's)",
    call: async (auth) =>
      putGoal(
        await apiRequest(`/api/v1/productions/${w.productionId}/goals/${w.goalId}`, { ...auth, method: "PUT", body: { target: 500, startDate: "2026-01-01", deadline: "2026-12-31" } }),
        params({ productionId: w.productionId, goalId: w.goalId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "GET notifications",
    call: async (auth) => getNotifications(await apiRequest("/api/v1/notifications", auth), params({})),
    expected: { anonymous: 401, outsider: 200, viewer: 200, performer1: 200, performer2: 200, coordinator: 200 },
  },
  {
    name: "POST notifications/read",
    call: async (auth) => markNotificationsRead(await apiRequest("/api/v1/notifications/read", { ...auth, method: "POST", body: { keys: ["no-such-reminder"] } }), params({})),
    expected: { anonymous: 401, outsider: 200, viewer: 200, performer1: 200, performer2: 200, coordinator: 200 },
  },
  {
    name: "GET audit/verify",
    call: async (auth) => verifyAudit(await apiRequest(`/api/v1/productions/${w.productionId}/audit/verify`, auth), params({ productionId: w.productionId })),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "GET logbook.pdf (performer1)",
    call: async (auth) =>
      logbookPdf(
        await apiRequest(`/api/v1/productions/${w.productionId}/performers/${w.performer1.userId}/logbook.pdf`, auth),
        params({ productionId: w.productionId, performerId: w.performer1.userId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 200, performer2: 403, coordinator: 200 },
  },
  {
    name: "PUT credentials/{credentialId}/scan (performer1's)",
    prepare: async () =>
      (await db.credential.create({ data: { productionId: w.productionId, userId: w.performer1.userId, kind: "medical", name: "Medical" }, select: { id: true } })).id,
    call: async (auth, credentialId) =>
      putScan(
        await apiRequest(`/api/v1/productions/${w.productionId}/credentials/${credentialId}/scan`, { ...auth, method: "PUT", rawBody: "%PDF-1.7\n%%EOF\n", contentType: "application/pdf" }),
        params({ productionId: w.productionId, credentialId }),
      ),
    // Another performer learns nothing of it: 404, as for a credential that does not exist.
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 200, performer2: 404, coordinator: 200 },
  },
  {
    name: "GET performers",
    call: async (auth) => getPerformers(await apiRequest(`/api/v1/productions/${w.productionId}/performers`, auth), params({ productionId: w.productionId })),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 200, performer2: 200, coordinator: 200 },
  },
  {
    name: "GET disciplines",
    call: async (auth) => getDisciplines(await apiRequest(`/api/v1/productions/${w.productionId}/disciplines`, auth), params({ productionId: w.productionId })),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 200, performer2: 200, coordinator: 200 },
  },
  {
    name: "POST disciplines",
    call: async (auth) =>
      postDiscipline(
        await apiRequest(`/api/v1/productions/${w.productionId}/disciplines`, {
          ...auth,
          method: "POST",
          body: { name: `High fall ${Math.random()}`, unit: "fall" },
        }),
        params({ productionId: w.productionId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 201 },
  },
  {
    name: "POST goals",
    // One active goal per performer and discipline: the one an earlier caller set is archived first.
    call: async (auth) => {
      await db.goal.updateMany({ where: { productionId: w.productionId, performerId: w.performer2.userId, disciplineId: w.motorbike, archivedAt: null }, data: { archivedAt: new Date() } });
      return postGoal(
        await apiRequest(`/api/v1/productions/${w.productionId}/goals`, {
          ...auth,
          method: "POST",
          body: { performerId: w.performer2.userId, disciplineId: w.motorbike, target: 13000, startDate: "2026-01-01", deadline: "2026-12-31" },
        }),
        params({ productionId: w.productionId }),
      );
    },
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 201 },
  },
  {
    name: "POST sessions for performer1",
    call: async (auth) =>
      postSession(
        await apiRequest(`/api/v1/productions/${w.productionId}/sessions`, {
          ...auth,
          method: "POST",
          body: { performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count: 2 },
        }),
        params({ productionId: w.productionId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 201, performer2: 403, coordinator: 201 },
  },
  {
    name: "POST imports (dry run) for performer2",
    call: async (auth) => postImport(await importRequest(auth, "1"), params({ productionId: w.productionId })),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "POST imports for performer2",
    call: async (auth) => postImport(await importRequest(auth, "0"), params({ productionId: w.productionId })),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 201 },
  },
  {
    name: "POST sessions/{sessionId}/witness-requests (performer1's pending entry)",
    prepare: pendingEntryOfPerformer1,
    call: async (auth, sessionId) =>
      postWitnessRequest(
        await apiRequest(`/api/v1/productions/${w.productionId}/sessions/${sessionId}/witness-requests`, { ...auth, method: "POST", body: { name: "Kari Nordmann" } }),
        params({ productionId: w.productionId, sessionId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 201, performer2: 403, coordinator: 201 },
  },
  {
    name: "POST witness/{token} (no account: the link is the key)",
    prepare: witnessToken,
    noAccount: true,
    call: async (auth, token) =>
      postWitness(await apiRequest(`/api/v1/witness/${token}`, { ...auth, method: "POST", body: { name: "Kari Nordmann", licenceNumber: "D-12345", confirm: true } }), params({ token })),
    expected: { anonymous: 200, outsider: 200, viewer: 200, performer1: 200, performer2: 200, coordinator: 200 },
  },
  {
    name: "GET members",
    call: async (auth) => getMembers(await apiRequest(`/api/v1/productions/${w.productionId}/members`, auth), params({ productionId: w.productionId })),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "POST members (invite)",
    call: async (auth) =>
      postMember(
        await apiRequest(`/api/v1/productions/${w.productionId}/members`, {
          ...auth,
          method: "POST",
          body: { email: `invitee-${Math.random()}@test.test`, name: "Invitee", role: "performer" },
        }),
        params({ productionId: w.productionId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 201 },
  },
  {
    name: "DELETE members/{userId}",
    prepare: throwawayPerformer,
    call: async (auth, userId) => {
      return deleteMember(
        await apiRequest(`/api/v1/productions/${w.productionId}/members/${userId}`, { ...auth, method: "DELETE" }),
        params({ productionId: w.productionId, userId }),
      );
    },
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "PATCH members/{userId} (a performer made a viewer)",
    prepare: throwawayPerformer,
    call: async (auth, userId) =>
      patchMember(await apiRequest(`/api/v1/productions/${w.productionId}/members/${userId}`, { ...auth, method: "PATCH", body: { role: "viewer" } }), params({ productionId: w.productionId, userId })),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "POST members/{userId}/reset-password",
    prepare: throwawayPerformer,
    call: async (auth, userId) => {
      return resetMemberPassword(
        await apiRequest(`/api/v1/productions/${w.productionId}/members/${userId}/reset-password`, { ...auth, method: "POST" }),
        params({ productionId: w.productionId, userId }),
      );
    },
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "GET invitations (one's own)",
    call: async (auth) => getInvitations(await apiRequest("/api/v1/invitations", auth), params({})),
    expected: { anonymous: 401, outsider: 200, viewer: 200, performer1: 200, performer2: 200, coordinator: 200 },
  },
  {
    name: "POST invitations/{id}/accept (addressed to the outsider)",
    prepare: invitationForOutsider,
    call: async (auth, invitationId) => {
      return acceptInvitation(await apiRequest(`/api/v1/invitations/${invitationId}/accept`, { ...auth, method: "POST" }), params({ invitationId }));
    },
    expected: { anonymous: 401, outsider: 200, viewer: 404, performer1: 404, performer2: 404, coordinator: 404 },
  },
  {
    name: "POST invitations/{id}/decline (addressed to the outsider)",
    prepare: invitationForOutsider,
    call: async (auth, invitationId) => {
      return declineInvitation(await apiRequest(`/api/v1/invitations/${invitationId}/decline`, { ...auth, method: "POST" }), params({ invitationId }));
    },
    expected: { anonymous: 401, outsider: 200, viewer: 404, performer1: 404, performer2: 404, coordinator: 404 },
  },
  {
    name: "GET tokens (one's own)",
    call: async (auth) => listTokens(await apiRequest("/api/v1/tokens", auth), params({})),
    expected: { anonymous: 401, outsider: 200, viewer: 200, performer1: 200, performer2: 200, coordinator: 200 },
  },
  {
    name: "GET plan (performer1)",
    call: async (auth) =>
      getPlan(await apiRequest(`/api/v1/productions/${w.productionId}/performers/${w.performer1.userId}/plan`, auth), params({ productionId: w.productionId, performerId: w.performer1.userId })),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 200, performer2: 403, coordinator: 200 },
  },
  {
    name: "PUT plan (performer1)",
    call: async (auth) =>
      putPlan(
        await apiRequest(`/api/v1/productions/${w.productionId}/performers/${w.performer1.userId}/plan?from=2026-06-01&to=2026-06-07`, {
          ...auth,
          method: "PUT",
          body: [{ date: "2026-06-02", disciplineId: w.skydive, count: 3 }],
        }),
        params({ productionId: w.productionId, performerId: w.performer1.userId }),
      ),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "POST stunts/{stuntId}/dossiers",
    prepare: stuntOfPerformer1,
    call: async (auth, stuntId) =>
      sealDossierRoute(await apiRequest(`/api/v1/productions/${w.productionId}/stunts/${stuntId}/dossiers`, { ...auth, method: "POST" }), params({ productionId: w.productionId, stuntId })),
    expected: { anonymous: 401, outsider: 404, viewer: 403, performer1: 403, performer2: 403, coordinator: 201 },
  },
  {
    name: "GET stunts/{stuntId}/dossiers",
    prepare: stuntOfPerformer1,
    call: async (auth, stuntId) => listDossiersRoute(await apiRequest(`/api/v1/productions/${w.productionId}/stunts/${stuntId}/dossiers`, auth), params({ productionId: w.productionId, stuntId })),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "GET dossiers/{id}.json",
    prepare: async () => (await sealedDossier()).id,
    call: async (auth, id) => dossierFileRoute(await apiRequest(`/api/v1/productions/${w.productionId}/dossiers/${id}.json`, auth), params({ productionId: w.productionId, file: `${id}.json` })),
    expected: { anonymous: 401, outsider: 404, viewer: 200, performer1: 403, performer2: 403, coordinator: 200 },
  },
  {
    name: "GET verify/{sha256} (public)",
    prepare: async () => (await sealedDossier()).sha256,
    call: async (auth, sha256) => verifySealRoute(await apiRequest(`/api/v1/verify/${sha256}`, auth), params({ sha256 })),
    noAccount: true,
    expected: { anonymous: 200, outsider: 200, viewer: 200, performer1: 200, performer2: 200, coordinator: 200 },
  },
  {
    name: "POST tokens",
    call: async (auth) => postToken(await apiRequest("/api/v1/tokens", { ...auth, method: "POST", body: { name: "Matrix", scope: "read", expiresInDays: 1 } }), params({})),
    expected: { anonymous: 401, outsider: 201, viewer: 201, performer1: 201, performer2: 201, coordinator: 201 },
    // A token cannot mint tokens.
    expectedWithToken: { outsider: 403, viewer: 403, performer1: 403, performer2: 403, coordinator: 403 },
  },
  {
    name: "DELETE tokens/{tokenId} (performer1's)",
    prepare: async () => (await createApiToken(w.performer1, { name: "Matrix target", scope: "read", expiresInDays: 1 })).id,
    call: async (auth, tokenId) => deleteToken(await apiRequest(`/api/v1/tokens/${tokenId}`, { ...auth, method: "DELETE" }), params({ tokenId })),
    expected: { anonymous: 401, outsider: 404, viewer: 404, performer1: 200, performer2: 404, coordinator: 404 },
  },
];

type Via = "session cookie" | "write token" | "read token";

/** The status with a token: the cookie's, narrowed by the read scope (403 for any write, before the production is looked up). */
function expectedStatus(op: (typeof operations)[number], who: Who, via: Via): number {
  if (via === "session cookie" || who === "anonymous") return op.expected[who];
  if (via === "read token" && !op.name.startsWith("GET ") && !op.noAccount) return 403;
  return op.expectedWithToken?.[who] ?? op.expected[who];
}

const VIAS: Via[] = ["session cookie", "write token", "read token"];

describe.each(operations)("$name", (op) => {
  const cases = VIAS.flatMap((via) => (Object.keys(op.expected) as Who[]).map((who) => [via, who, expectedStatus(op, who, via)] as const));
  it.each(cases)("with a %s as %s → %i", async (via, who, status) => {
    const id = op.prepare ? await op.prepare() : "";
    const sessionsBefore = await db.trainingSession.count();
    const goalsBefore = await db.goal.findMany({ orderBy: { id: "asc" }, select: { id: true, target: true, startDate: true, deadline: true } });
    const membersBefore = await db.membership.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, performs: true } });
    const tokensBefore = await db.apiToken.count();
    const invitationsBefore = await db.invitation.findMany({ orderBy: { id: "asc" } });
    const dossiersBefore = await db.dossier.count();
    const planBefore = await db.plannedSession.findMany({ orderBy: { id: "asc" } });
    const response = await op.call(authOf(who, via), id);
    expect(response.status).toBe(status);
    // Refusals are JSON; an answer may be a file (the logbook PDF).
    const body = status >= 400 || response.headers.get("content-type")?.startsWith("application/json") ? await response.json() : null;
    if (status >= 400) {
      expect(typeof body.error).toBe("string");
      // A refusal writes nothing.
      expect(await db.trainingSession.count()).toBe(sessionsBefore);
      expect(await db.goal.findMany({ orderBy: { id: "asc" }, select: { id: true, target: true, startDate: true, deadline: true } })).toEqual(goalsBefore);
      expect(await db.membership.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, performs: true } })).toEqual(membersBefore);
      expect(await db.apiToken.count()).toBe(tokensBefore);
      expect(await db.invitation.findMany({ orderBy: { id: "asc" } })).toEqual(invitationsBefore);
      expect(await db.dossier.count()).toBe(dossiersBefore);
      expect(await db.plannedSession.findMany({ orderBy: { id: "asc" } })).toEqual(planBefore);
    }
  });
});

describe("sign-off over the API", () => {
  async function pendingSessionId() {
    const response = await postSession(
      await apiRequest(`/api/v1/productions/${w.productionId}/sessions`, {
        actor: w.performer1,
        method: "POST",
        body: { performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count: 1 },
      }),
      params({ productionId: w.productionId }),
    );
    return ((await response.json()) as { id: string }).id;
  }
  const verify = async (actor: Actor | null, sessionId: string) =>
    verifySession(
      await apiRequest(`/api/v1/productions/${w.productionId}/sessions/${sessionId}/verify`, { actor, method: "POST" }),
      params({ productionId: w.productionId, sessionId }),
    );

  it("refuses everyone but a coordinator, then 409 once signed", async () => {
    const id = await pendingSessionId();
    expect((await verify(null, id)).status).toBe(401);
    expect((await verify(w.outsider, id)).status).toBe(404);
    expect((await verify(w.viewer, id)).status).toBe(403);
    const own = await verify(w.performer1, id);
    expect(own.status).toBe(403);
    const ok = await verify(w.coordinator, id);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id, status: "verified", verifiedBy: "Coordinator" });
    expect((await verify(w.coordinator, id)).status).toBe(409);
    expect((await verify(w.coordinator, "no-such-session")).status).toBe(404);
  });

  it("a rejection without a reason is a 400 naming the field", async () => {
    const id = await pendingSessionId();
    const reject = async (body: unknown) =>
      rejectSession(
        await apiRequest(`/api/v1/productions/${w.productionId}/sessions/${id}/reject`, { actor: w.coordinator, method: "POST", body }),
        params({ productionId: w.productionId, sessionId: id }),
      );
    const bad = await reject({});
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields).toEqual({ reason: "Give a reason the performer can act on" });
    const ok = await reject({ reason: "Wrong day" });
    expect(await ok.json()).toMatchObject({ id, status: "rejected", rejectionReason: "Wrong day" });
  });
});

describe("bad input", () => {
  const post = async (init: { body?: unknown; rawBody?: string }) =>
    postSession(
      await apiRequest(`/api/v1/productions/${w.productionId}/sessions`, { actor: w.coordinator, method: "POST", ...init }),
      params({ productionId: w.productionId }),
    );

  it("a body that is not JSON is a 400", async () => {
    const response = await post({ rawBody: "count=3" });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe("The request body is not valid JSON");
  });

  it("every bad field is named, and nothing is written", async () => {
    const before = await db.trainingSession.count();
    const response = await post({ body: { performerId: "", disciplineId: w.skydive, date: "yesterday", count: 1.5, notes: "x".repeat(2001) } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: "Some fields need attention",
      fields: {
        performerId: "Choose a performer",
        date: "Date must be a real date written YYYY-MM-DD",
        count: "Count must be a whole number",
        notes: "Notes must be at most 2000 characters",
      },
    });
    expect(await db.trainingSession.count()).toBe(before);
  });

  it("an unknown discipline id is a 404", async () => {
    const response = await post({ body: { performerId: w.performer1.userId, disciplineId: "nope", date: today(), count: 1 } });
    expect(response.status).toBe(404);
  });

  it("an invalid asOf is a 400 on the asOf field", async () => {
    const response = await getProgress(
      await apiRequest(`/api/v1/productions/${w.productionId}/progress?asOf=2026-02-30`, { actor: w.viewer }),
      params({ productionId: w.productionId }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).fields.asOf).toMatch(/real date/);
  });
});

describe("GET /api/v1/productions", () => {
  it("lists the signed-in user's productions with their role", async () => {
    const response = await getProductions(await apiRequest("/api/v1/productions", { actor: w.viewer }), params({}));
    expect(await response.json()).toEqual([{ id: w.productionId, name: "Test Production", role: "viewer", timeZone: "Europe/Oslo" }]);
  });

  it("works when Next passes no params, as it does for a route without dynamic segments", async () => {
    const request = await apiRequest("/api/v1/productions", { actor: w.viewer });
    const response = await getProductions(request, { params: Promise.resolve(undefined) } as unknown as ReturnType<typeof params>);
    expect(response.status).toBe(200);
  });
});
