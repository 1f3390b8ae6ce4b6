// Every /api/v1 route, called for real through its handler with valid input
// (coordinator, performer, viewer as the README's table allows), and its
// status and body checked against GET /api/v1/openapi.json with ajv: the
// document is generated from the zod schemas, so a route that answers
// something else than what it documents fails here.

import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { POST as acceptInvitation } from "@/app/api/v1/invitations/[invitationId]/accept/route";
import { POST as declineInvitation } from "@/app/api/v1/invitations/[invitationId]/decline/route";
import { GET as getInvitations } from "@/app/api/v1/invitations/route";
import { GET as getCheckIns, POST as postCheckIn } from "@/app/api/v1/productions/[productionId]/check-ins/route";
import { PUT as putLimits } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/limits/route";
import { GET as getCredentials, POST as postCredential } from "@/app/api/v1/productions/[productionId]/credentials/route";
import { DELETE as deleteCredential, PUT as putCredential } from "@/app/api/v1/productions/[productionId]/credentials/[credentialId]/route";
import { DELETE as deleteScan, GET as getScan, PUT as putScan } from "@/app/api/v1/productions/[productionId]/credentials/[credentialId]/scan/route";
import { GET as getEquipment, POST as postEquipment } from "@/app/api/v1/productions/[productionId]/equipment/route";
import { DELETE as deleteEquipment, PUT as putEquipment } from "@/app/api/v1/productions/[productionId]/equipment/[equipmentId]/route";
import { GET as getNotifications } from "@/app/api/v1/notifications/route";
import { POST as markNotificationsRead } from "@/app/api/v1/notifications/read/route";
import { GET as verifyAudit } from "@/app/api/v1/productions/[productionId]/audit/verify/route";
import { GET as logbookPdf } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/logbook.pdf/route";
import { GET as getPlan, PUT as putPlan } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/plan/route";
import { GET as listDossiers, POST as sealDossier } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/dossiers/route";
import { GET as dossierFile } from "@/app/api/v1/productions/[productionId]/dossiers/[file]/route";
import { GET as verifySeal } from "@/app/api/v1/verify/[sha256]/route";
import { PUT as putCurrency } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/currency/route";
import { GET as getPerformerCurrency } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/currency/route";
import { GET as getDisciplines, POST as postDiscipline } from "@/app/api/v1/productions/[productionId]/disciplines/route";
import { GET as getEvents } from "@/app/api/v1/productions/[productionId]/events/route";
import { GET as getExport } from "@/app/api/v1/productions/[productionId]/export/route";
import { POST as postGoal } from "@/app/api/v1/productions/[productionId]/goals/route";
import { PATCH as patchGoal, PUT as putGoal } from "@/app/api/v1/productions/[productionId]/goals/[goalId]/route";
import { PATCH as patchDiscipline } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/route";
import { POST as postImport } from "@/app/api/v1/productions/[productionId]/imports/route";
import { PATCH as patchIncident } from "@/app/api/v1/productions/[productionId]/incidents/[incidentId]/route";
import { GET as getIncidents, POST as postIncident } from "@/app/api/v1/productions/[productionId]/incidents/route";
import { POST as resetPassword } from "@/app/api/v1/productions/[productionId]/members/[userId]/reset-password/route";
import { DELETE as deleteMember, PATCH as patchMember } from "@/app/api/v1/productions/[productionId]/members/[userId]/route";
import { GET as getMembers, POST as postMember } from "@/app/api/v1/productions/[productionId]/members/route";
import { GET as getPerformerProgress } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/progress/route";
import { GET as getPerformerLoad } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/load/route";
import { GET as getGoalFeasibility } from "@/app/api/v1/productions/[productionId]/goals/[goalId]/feasibility/route";
import { GET as getPerformers } from "@/app/api/v1/productions/[productionId]/performers/route";
import { GET as getProgress } from "@/app/api/v1/productions/[productionId]/progress/route";
import { GET as getProduction, PATCH as patchProduction } from "@/app/api/v1/productions/[productionId]/route";
import { GET as getHistory } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/history/route";
import { POST as rejectSession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/reject/route";
import { DELETE as deleteSession, PATCH as patchSession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/route";
import { POST as verifySession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/verify/route";
import { GET as getSessions, POST as postSession } from "@/app/api/v1/productions/[productionId]/sessions/route";
import { POST as verifySessions } from "@/app/api/v1/productions/[productionId]/sessions/verify/route";
import { POST as postWitnessRequest } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/witness-requests/route";
import { POST as postWitness } from "@/app/api/v1/witness/[token]/route";
import { GET as getSettingChanges } from "@/app/api/v1/productions/[productionId]/settings/changes/route";
import { GET as getReadiness } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/readiness/route";
import { GET as getStunt } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/route";
import { GET as getTakes, POST as postTake } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/takes/route";
import { GET as getStunts, POST as postStunt } from "@/app/api/v1/productions/[productionId]/stunts/route";
import { GET as getProductions } from "@/app/api/v1/productions/route";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[tokenId]/route";
import { GET as getTokens, POST as postToken } from "@/app/api/v1/tokens/route";
import { createApiToken } from "@/lib/data/api-tokens";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, type World } from "../support/world";

type Method = "get" | "post" | "put" | "patch" | "delete";
interface OpenApiOperation {
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Partial<Record<Method, OpenApiOperation>>>;
  components: { schemas: Record<string, object> };
}

let db: Db;
let w: World;
let doc: OpenApiDocument;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();
/** "METHOD path" of every operation called with a success status, to check that none was left out. */
const calledOk = new Set<string>();
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
  doc = (await (await getOpenApi()).json()) as OpenApiDocument;
  // Components are referenced as "#/components/schemas/…": give ajv the document's components under one id.
  ajv.addSchema({ $id: "openapi", components: doc.components } as object);
});

function operationOf(method: Method, path: string): OpenApiOperation {
  const op = doc.paths[path]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
  return op;
}

/** The document's schema for this status and media type, compiled once, with its $refs resolved against the document. */
function responseValidator(method: Method, path: string, status: number, mediaType: string): ValidateFunction {
  const key = `${method} ${path} ${status} ${mediaType}`;
  let validate = validators.get(key);
  if (!validate) {
    const response = operationOf(method, path).responses[String(status)];
    if (!response) throw new Error(`${method.toUpperCase()} ${path} documents no ${status} response`);
    const schema = response.content?.[mediaType]?.schema;
    if (!schema) throw new Error(`${method.toUpperCase()} ${path} ${status} documents no ${mediaType} body`);
    validate = ajv.compile(rebase(schema));
    validators.set(key, validate);
  }
  return validate;
}

/** "#/components/…" inside an operation's schema points into the document: resolve it against the "openapi" id. */
function rebase(schema: unknown): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/components/', '"$ref":"openapi#/components/')) as object;
}

async function expectConforms(method: Method, path: string, response: Response, status: number) {
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const text = await response.text();
  expect(response.status, text).toBe(status);
  const validate = responseValidator(method, path, status, mediaType);
  const body: unknown = mediaType === "application/json" ? JSON.parse(text) : text;
  const valid = validate(body);
  expect(valid ? [] : validate.errors, JSON.stringify(body).slice(0, 2000)).toEqual([]);
  return body as never;
}

/** Call one route for real and check its answer against the document. */
async function call(
  method: Method,
  path: string,
  handler: unknown,
  routeParams: Record<string, string>,
  options: { actor?: Actor; bearer?: string; query?: string; body?: unknown; rawBody?: string; contentType?: string; status: number },
): Promise<Record<string, unknown> & unknown[]> {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => routeParams[name]!) + (options.query ? `?${options.query}` : "");
  const request = await apiRequest(url, {
    actor: options.actor,
    bearer: options.bearer,
    method: method.toUpperCase(),
    body: options.body,
    rawBody: options.rawBody,
    contentType: options.contentType,
  });
  const body = await expectConforms(method, path, await callRoute(handler, request, routeParams), options.status);
  if (options.status < 300) calledOk.add(`${method.toUpperCase()} ${path}`);
  return body;
}

const P = "/api/v1/productions/{productionId}";
const pp = () => ({ productionId: w.productionId });

describe("every /api/v1 route answers what the OpenAPI document says", () => {
  // Ids made by earlier steps (the steps run in order, as one story).
  const ids: Record<string, string> = {};

  it("productions, the production, its settings", async () => {
    await call("get", "/api/v1/openapi.json", getOpenApi, {}, { status: 200 });
    await call("get", "/api/v1/productions", getProductions, {}, { actor: w.viewer, status: 200 });
    await call("get", P, getProduction, pp(), { actor: w.performer1, status: 200 });
    await call("patch", P, patchProduction, pp(), { actor: w.coordinator, body: { coordinatorLogsAreVerified: false }, status: 200 });
    await call("get", `${P}/settings/changes`, getSettingChanges, pp(), { actor: w.coordinator, status: 200 });
  });

  it("performers, disciplines, limits, goals", async () => {
    await call("get", `${P}/performers`, getPerformers, pp(), { actor: w.viewer, status: 200 });
    await call("get", `${P}/disciplines`, getDisciplines, pp(), { actor: w.performer1, status: 200 });
    const discipline = await call("post", `${P}/disciplines`, postDiscipline, pp(), { actor: w.coordinator, body: { name: "High fall", unit: "fall" }, status: 201 });
    ids.discipline = discipline.id as string;
    await call("put", `${P}/disciplines/{disciplineId}/limits`, putLimits, { ...pp(), disciplineId: w.motorbike }, {
      actor: w.coordinator,
      body: { maxPerDay: 50, maxPer7Days: null, minRestDays: 0, hard: false },
      status: 200,
    });
    await call("patch", `${P}/disciplines/{disciplineId}`, patchDiscipline, { ...pp(), disciplineId: w.motorbike }, { actor: w.coordinator, body: { unit: "jump", fromTakes: false }, status: 200 });
    await call("patch", `${P}/disciplines/{disciplineId}`, patchDiscipline, { ...pp(), disciplineId: w.motorbike }, { actor: w.coordinator, body: { name: "Skydive" }, status: 400 });
    await call("put", `${P}/disciplines/{disciplineId}/currency`, putCurrency, { ...pp(), disciplineId: w.skydive }, { actor: w.coordinator, body: { count: 2, days: 30 }, status: 200 });
    await call("get", `${P}/performers/{performerId}/currency`, getPerformerCurrency, { ...pp(), performerId: w.performer1.userId }, { actor: w.performer1, status: 200 });
    await call("post", `${P}/goals`, postGoal, pp(), {
      actor: w.coordinator,
      body: { performerId: w.performer2.userId, disciplineId: w.motorbike, target: 100, startDate: "2026-01-01", deadline: "2026-12-31", milestones: [{ name: "Half", count: 50 }] },
      status: 201,
    });
    const gp = { ...pp(), goalId: w.goalId };
    await call("put", `${P}/goals/{goalId}`, putGoal, gp, { actor: w.coordinator, body: { target: 500, startDate: "2026-01-01", deadline: "2026-12-31", milestones: [{ name: "A licence", count: 25 }] }, status: 200 });
    await call("put", `${P}/goals/{goalId}`, putGoal, gp, { actor: w.coordinator, body: { target: 0, startDate: "2026-01-01", deadline: "2026-12-31" }, status: 400 });
    // A second active goal in the same discipline is refused; archive and restore.
    await call("post", `${P}/goals`, postGoal, pp(), { actor: w.coordinator, body: { performerId: w.performer2.userId, disciplineId: w.motorbike, target: 7, startDate: "2026-01-01", deadline: "2026-12-31" }, status: 400 });
    await call("patch", `${P}/goals/{goalId}`, patchGoal, gp, { actor: w.coordinator, body: { archived: true }, status: 200 });
    await call("patch", `${P}/goals/{goalId}`, patchGoal, gp, { actor: w.coordinator, body: { archived: "no" }, status: 400 });
    await call("patch", `${P}/goals/{goalId}`, patchGoal, gp, { actor: w.performer1, body: { archived: false }, status: 403 });
    await call("patch", `${P}/goals/{goalId}`, patchGoal, gp, { actor: w.coordinator, body: { archived: false }, status: 200 });
    const spare = await db.discipline.create({ data: { productionId: w.productionId, name: "Stair fall", unit: "fall" } });
    await call("patch", `${P}/disciplines/{disciplineId}`, patchDiscipline, { ...pp(), disciplineId: spare.id }, { actor: w.coordinator, body: { archived: true }, status: 200 });
    await call("patch", `${P}/disciplines/{disciplineId}`, patchDiscipline, { ...pp(), disciplineId: spare.id }, { actor: w.coordinator, body: { archived: false }, status: 200 });
  });

  it("sessions: log, list, edit, verify, reject, history, bulk verify, delete", async () => {
    const logged = await call("post", `${P}/sessions`, postSession, pp(), {
      actor: w.performer1,
      body: { performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count: 3, durationMinutes: 40, rpe: 6, location: "Drop zone", notes: "Windy" },
      status: 201,
    });
    ids.session = logged.id as string;
    // An entry of a discipline that records jumps carries its jump rows.
    await db.discipline.update({ where: { id: w.motorbike }, data: { recordsJumps: true } });
    const withJumps = await call("post", `${P}/sessions`, postSession, pp(), {
      actor: w.coordinator,
      body: {
        performerId: w.performer1.userId,
        disciplineId: w.motorbike,
        date: today(),
        count: 2,
        jumps: [
          { jumpNumber: 1, exitAltitudeFt: 13500, deploymentAltitudeFt: 4000, freefallSeconds: 60, dropzone: "Voss" },
          { jumpNumber: 2, freefallSeconds: 58 },
        ],
      },
      status: 201,
    });
    expect((withJumps.jumps as unknown[]).length).toBe(2);
    const sp = () => ({ ...pp(), sessionId: ids.session! });
    await call("patch", `${P}/sessions/{sessionId}`, patchSession, sp(), { actor: w.performer1, body: { count: 4, rpe: 7 }, status: 200 });
    await call("get", `${P}/sessions`, getSessions, pp(), { actor: w.coordinator, query: "limit=1", status: 200 });
    await call("get", `${P}/sessions`, getSessions, pp(), { actor: w.performer1, status: 200 });
    await call("post", `${P}/sessions/{sessionId}/verify`, verifySession, sp(), { actor: w.coordinator, status: 200 });
    await call("get", `${P}/sessions/{sessionId}/history`, getHistory, sp(), { actor: w.coordinator, status: 200 });
    // A correction of the verified entry.
    await call("post", `${P}/sessions`, postSession, pp(), {
      actor: w.performer1,
      body: { performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count: 5, correctsId: ids.session, reason: "Miscounted" },
      status: 201,
    });
    const toReject = await call("post", `${P}/sessions`, postSession, pp(), {
      actor: w.performer2,
      body: { performerId: w.performer2.userId, disciplineId: w.motorbike, date: today(), count: 1 },
      status: 201,
    });
    await call("post", `${P}/sessions/{sessionId}/reject`, rejectSession, { ...pp(), sessionId: toReject.id as string }, { actor: w.coordinator, body: { reason: "Wrong day" }, status: 200 });
    const toVerify = await call("post", `${P}/sessions`, postSession, pp(), {
      actor: w.performer2,
      body: { performerId: w.performer2.userId, disciplineId: w.motorbike, date: today(), count: 2 },
      status: 201,
    });
    await call("post", `${P}/sessions/verify`, verifySessions, pp(), { actor: w.coordinator, body: { sessionIds: [toVerify.id, ids.session] }, status: 200 });
    const toDelete = await call("post", `${P}/sessions`, postSession, pp(), {
      actor: w.performer2,
      body: { performerId: w.performer2.userId, disciplineId: w.motorbike, date: today(), count: 1 },
      status: 201,
    });
    await call("delete", `${P}/sessions/{sessionId}`, deleteSession, { ...pp(), sessionId: toDelete.id as string }, { actor: w.performer2, status: 200 });
  });

  it("outside witnesses: a link for a pending entry, signed without an account, then refused", async () => {
    const toWitness = await call("post", `${P}/sessions`, postSession, pp(), {
      actor: w.performer2,
      body: { performerId: w.performer2.userId, disciplineId: w.motorbike, date: today(), count: 1 },
      status: 201,
    });
    const link = await call("post", `${P}/sessions/{sessionId}/witness-requests`, postWitnessRequest, { ...pp(), sessionId: toWitness.id as string }, {
      actor: w.performer2,
      body: { name: "Kari Nordmann", email: "kari@dropzone.test" },
      status: 201,
    });
    const token = new URL(link.url as string).pathname.split("/").at(-1)!;
    const signature = { name: "Kari Nordmann", licenceNumber: "D-12345", confirm: true };
    await call("post", "/api/v1/witness/{token}", postWitness, { token }, { body: signature, status: 200 });
    await call("post", "/api/v1/witness/{token}", postWitness, { token }, { body: signature, status: 410 });
    await call("post", "/api/v1/witness/{token}", postWitness, { token: `sbw_${"A".repeat(43)}` }, { body: signature, status: 404 });
    await call("post", `${P}/sessions/{sessionId}/witness-requests`, postWitnessRequest, { ...pp(), sessionId: toWitness.id as string }, { actor: w.coordinator, body: { name: "Late" }, status: 409 });
  });

  it("progress of the team and of one performer", async () => {
    await call("get", `${P}/progress`, getProgress, pp(), { actor: w.viewer, status: 200 });
    await call("get", `${P}/performers/{performerId}/progress`, getPerformerProgress, { ...pp(), performerId: w.performer1.userId }, {
      actor: w.performer1,
      query: `asOf=${today()}`,
      status: 200,
    });
  });

  it("training load of a performer, feasibility of a goal", async () => {
    // The sessions logged above carry an RPE and a duration: the last 42 days have a load.
    const load = await call("get", `${P}/performers/{performerId}/load`, getPerformerLoad, { ...pp(), performerId: w.performer1.userId }, { actor: w.viewer, status: 200 });
    expect((load.days as { load: number }[]).some((d) => d.load > 0)).toBe(true);
    await call("get", `${P}/performers/{performerId}/load`, getPerformerLoad, { ...pp(), performerId: w.performer1.userId }, {
      actor: w.performer1,
      query: `from=2026-01-01&to=2026-01-31`,
      status: 200,
    });
    await call("get", `${P}/performers/{performerId}/load`, getPerformerLoad, { ...pp(), performerId: w.performer1.userId }, { actor: w.coordinator, query: "from=2026-02-01&to=2026-01-01", status: 400 });
    await call("get", `${P}/goals/{goalId}/feasibility`, getGoalFeasibility, { ...pp(), goalId: w.goalId }, { actor: w.performer1, status: 200 });
    await call("get", `${P}/goals/{goalId}/feasibility`, getGoalFeasibility, { ...pp(), goalId: w.goalId }, { actor: w.viewer, query: "asOf=2026-06-30", status: 200 });
  });

  it("the training plan: replace a range, read it back", async () => {
    const perf = { ...pp(), performerId: w.performer1.userId };
    const range = "from=2026-06-01&to=2026-06-07";
    await call("put", `${P}/performers/{performerId}/plan`, putPlan, perf, {
      actor: w.coordinator,
      query: range,
      body: [{ date: "2026-06-01", disciplineId: w.skydive, count: 4 }, { date: "2026-06-03", disciplineId: w.motorbike, count: 40 }],
      status: 200,
    });
    const plan = await call("get", `${P}/performers/{performerId}/plan`, getPlan, perf, { actor: w.performer1, query: range, status: 200 });
    expect((plan as unknown as { entries: unknown[] }).entries).toHaveLength(2);
    await call("get", `${P}/performers/{performerId}/plan`, getPlan, perf, { actor: w.viewer, status: 200 });
    await call("put", `${P}/performers/{performerId}/plan`, putPlan, perf, { actor: w.coordinator, query: range, body: [{ date: "2026-06-09", disciplineId: w.skydive, count: 1 }], status: 400 });
  });

  it("export (CSV and JSON) and import (dry run, import, refused)", async () => {
    await call("get", `${P}/export`, getExport, pp(), { actor: w.viewer, query: "format=csv", status: 200 });
    await call("get", `${P}/export`, getExport, pp(), { actor: w.coordinator, query: `format=json&performerId=${w.performer1.userId}`, status: 200 });
    const query = (dryRun: string) => `performerId=${w.performer2.userId}&dryRun=${dryRun}&duplicates=skip&fileName=log.csv`;
    const file = `date,discipline,count\r\n${today()},Motorbike jump,7\r\n`;
    await call("post", `${P}/imports`, postImport, pp(), { actor: w.coordinator, query: query("1"), rawBody: file, contentType: "text/csv", status: 200 });
    await call("post", `${P}/imports`, postImport, pp(), { actor: w.coordinator, query: query("0"), rawBody: file, contentType: "text/csv", status: 201 });
    await call("post", `${P}/imports`, postImport, pp(), {
      actor: w.coordinator,
      query: query("0"),
      rawBody: `date,discipline,count\r\n${today()},Nope,0\r\n`,
      contentType: "text/csv",
      status: 400,
    });
    // Another layout (mapped columns, one discipline, another date format), a mapping the file cannot satisfy, and Protrack jump files.
    const [y, m, d] = today().split("-");
    const mapped = `performerId=${w.performer2.userId}&dryRun=1&map.date=Day&map.count=Reps&disciplineId=${w.motorbike}&dateFormat=DD.MM.YYYY`;
    await call("post", `${P}/imports`, postImport, pp(), { actor: w.coordinator, query: mapped, rawBody: `Day,Reps\r\n${d}.${m}.${y},2\r\n`, contentType: "text/csv", status: 200 });
    await call("post", `${P}/imports`, postImport, pp(), { actor: w.coordinator, query: mapped, rawBody: `Date,Reps\r\n${today()},2\r\n`, contentType: "text/csv", status: 400 });
    const protrack = (dryRun: string) => `performerId=${w.performer2.userId}&format=protrack&disciplineId=${w.motorbike}&dryRun=${dryRun}&fileName=9001.txt`;
    const jumpFile = ["JIB", "1.00", "1", "1.00", "0", "9001", `${y}${m}${d}`, "101500", "3800", "1000", "50", "JIE", ""].join("\r\n");
    await call("post", `${P}/imports`, postImport, pp(), { actor: w.coordinator, query: protrack("1"), rawBody: jumpFile, contentType: "text/csv", status: 200 });
    await call("post", `${P}/imports`, postImport, pp(), { actor: w.coordinator, query: protrack("0"), rawBody: jumpFile, contentType: "text/csv", status: 201 });
  });

  it("members: list, invite, reset a password, remove", async () => {
    await call("get", `${P}/members`, getMembers, pp(), { actor: w.coordinator, status: 200 });
    await call("post", `${P}/members`, postMember, pp(), { actor: w.coordinator, body: { email: "new-stunt@test.test", name: "New Stunt", role: "performer", performs: true }, status: 201 });
    const user = await db.user.create({ data: { email: "throwaway-openapi@test.test", name: "Throwaway", passwordHash: "scrypt$unused" } });
    await db.membership.create({ data: { productionId: w.productionId, userId: user.id, role: "performer" } });
    const mp = { ...pp(), userId: user.id };
    await call("post", `${P}/members/{userId}/reset-password`, resetPassword, mp, { actor: w.coordinator, status: 200 });
    await call("patch", `${P}/members/{userId}`, patchMember, mp, { actor: w.coordinator, body: { role: "viewer" }, status: 200 });
    await call("patch", `${P}/members/{userId}`, patchMember, mp, { actor: w.coordinator, body: { role: "viewer", performs: true }, status: 400 });
    await call("delete", `${P}/members/{userId}`, deleteMember, mp, { actor: w.coordinator, status: 200 });
  });

  it("invitations: list, accept, decline", async () => {
    let invitations = 0;
    const invite = async () => {
      invitations += 1;
      const production = await db.production.create({ data: { name: "Invited Production" } });
      const outsider = await db.user.findUniqueOrThrow({ where: { id: w.outsider.userId } });
      return (
        await db.invitation.create({
          data: { productionId: production.id, email: outsider.email, name: "Outsider", role: "performer", codeHash: `scrypt$invitation-code-${invitations}`, invitedById: w.coordinator.userId },
        })
      ).id;
    };
    const [first, second] = [await invite(), await invite()];
    await call("get", "/api/v1/invitations", getInvitations, {}, { actor: w.outsider, status: 200 });
    await call("post", "/api/v1/invitations/{invitationId}/accept", acceptInvitation, { invitationId: first }, { actor: w.outsider, status: 200 });
    await call("post", "/api/v1/invitations/{invitationId}/decline", declineInvitation, { invitationId: second }, { actor: w.outsider, status: 200 });
  });

  it("tokens: create, list (with a token), revoke", async () => {
    const created = await call("post", "/api/v1/tokens", postToken, {}, { actor: w.performer1, body: { name: "Script", scope: "read", expiresInDays: 30 }, status: 201 });
    await call("get", "/api/v1/tokens", getTokens, {}, { bearer: created.token as string, status: 200 });
    const other = await createApiToken(w.performer1, { name: "Old", scope: "write", expiresInDays: 1 });
    await call("delete", "/api/v1/tokens/{tokenId}", deleteToken, { tokenId: other.id }, { actor: w.performer1, status: 200 });
  });

  it("stunts, takes, readiness", async () => {
    const stunt = await call("post", `${P}/stunts`, postStunt, pp(), {
      actor: w.coordinator,
      body: { name: "Stair fall", plannedDate: "2026-12-01", description: "Twelve steps", performerIds: [w.performer1.userId], disciplineIds: [w.skydive] },
      status: 201,
    });
    const sp = { ...pp(), stuntId: stunt.id as string };
    await call("get", `${P}/stunts`, getStunts, pp(), { actor: w.viewer, status: 200 });
    const take = await call("post", `${P}/stunts/{stuntId}/takes`, postTake, sp, { actor: w.coordinator, body: { performerId: w.performer1.userId, outcome: "usable", notes: "Clean" }, status: 201 });
    ids.take = take.id as string;
    ids.stunt = stunt.id as string;
    await call("get", `${P}/stunts/{stuntId}/takes`, getTakes, sp, { actor: w.performer1, status: 200 });
    await call("get", `${P}/stunts/{stuntId}`, getStunt, sp, { actor: w.performer1, status: 200 });
    await call("get", `${P}/stunts/{stuntId}/readiness`, getReadiness, sp, { actor: w.coordinator, status: 200 });
    await call("get", `${P}/stunts/{stuntId}/readiness`, getReadiness, sp, { actor: w.performer1, status: 200 });
    const sealed = await call("post", `${P}/stunts/{stuntId}/dossiers`, sealDossier, sp, { actor: w.coordinator, status: 201 });
    await call("get", `${P}/stunts/{stuntId}/dossiers`, listDossiers, sp, { actor: w.viewer, status: 200 });
    await call("get", `${P}/dossiers/{file}`, dossierFile, { ...pp(), file: `${sealed.id as string}.json` }, { actor: w.viewer, status: 200 });
    await call("get", `${P}/dossiers/{file}`, dossierFile, { ...pp(), file: `${sealed.id as string}.pdf` }, { actor: w.coordinator, query: "paper=letter", status: 200 });
    await call("get", `${P}/dossiers/{file}`, dossierFile, { ...pp(), file: `${sealed.id as string}.pdf` }, { actor: w.coordinator, query: "paper=a5", status: 400 });
    await call("get", "/api/v1/verify/{sha256}", verifySeal, { sha256: sealed.sha256 as string }, { status: 200 });
    await call("get", "/api/v1/verify/{sha256}", verifySeal, { sha256: "0".repeat(64) }, { status: 404 });
  });

  it("incidents and check-ins", async () => {
    const incident = await call("post", `${P}/incidents`, postIncident, pp(), {
      actor: w.performer1,
      body: { occurredOn: today(), severity: "minor", description: "Rolled an ankle", performerId: w.performer1.userId, stuntId: ids.stunt, takeId: ids.take },
      status: 201,
    });
    await call("get", `${P}/incidents`, getIncidents, pp(), { actor: w.viewer, status: 200 });
    await call("get", `${P}/incidents`, getIncidents, pp(), { actor: w.coordinator, query: `performerId=${w.performer1.userId}`, status: 200 });
    await call("patch", `${P}/incidents/{incidentId}`, patchIncident, { ...pp(), incidentId: incident.id as string }, {
      actor: w.coordinator,
      body: { status: "closed", followUp: "Physio" },
      status: 200,
    });
    await call("post", `${P}/check-ins`, postCheckIn, pp(), {
      actor: w.performer1,
      body: { performerId: w.performer1.userId, date: today(), sleep: 4, soreness: 3, fatigue: 3, stress: 2, mood: 5, note: "Fine" },
      status: 201,
    });
    await call("get", `${P}/check-ins`, getCheckIns, pp(), { actor: w.performer1, query: `performerId=${w.performer1.userId}`, status: 200 });
  });

  it("credentials and equipment: record, list, replace, remove", async () => {
    const c = await call("post", `${P}/credentials`, postCredential, pp(), { actor: w.performer1, body: { kind: "medical", name: "Class 2 medical", expiresOn: "2027-01-31" }, status: 201 });
    await call("get", `${P}/credentials`, getCredentials, pp(), { actor: w.viewer, query: `userId=${w.performer1.userId}`, status: 200 });
    await call("put", `${P}/credentials/{credentialId}`, putCredential, { ...pp(), credentialId: c.id as string }, { actor: w.coordinator, body: { kind: "medical", name: "Class 2 medical", expiresOn: "2028-01-31" }, status: 200 });
    const scanParams = { ...pp(), credentialId: c.id as string };
    await call("put", `${P}/credentials/{credentialId}/scan`, putScan, scanParams, { actor: w.performer1, query: "fileName=medical.pdf", rawBody: "%PDF-1.7\n%%EOF\n", contentType: "application/pdf", status: 200 });
    await call("get", `${P}/credentials/{credentialId}/scan`, getScan, scanParams, { actor: w.viewer, status: 200 });
    await call("delete", `${P}/credentials/{credentialId}/scan`, deleteScan, scanParams, { actor: w.performer1, status: 200 });
    await call("delete", `${P}/credentials/{credentialId}`, deleteCredential, { ...pp(), credentialId: c.id as string }, { actor: w.performer1, status: 200 });
    const e = await call("post", `${P}/equipment`, postEquipment, pp(), { actor: w.coordinator, body: { name: "Reserve", kind: "reserve", serviceIntervalDays: 180, lastServiceOn: "2026-06-01" }, status: 201 });
    await call("get", `${P}/equipment`, getEquipment, pp(), { actor: w.performer2, status: 200 });
    await call("put", `${P}/equipment/{equipmentId}`, putEquipment, { ...pp(), equipmentId: e.id as string }, { actor: w.coordinator, body: { name: "Reserve", kind: "reserve", serviceIntervalDays: 180, lastServiceOn: "2026-07-01" }, status: 200 });
    await call("delete", `${P}/equipment/{equipmentId}`, deleteEquipment, { ...pp(), equipmentId: e.id as string }, { actor: w.coordinator, status: 200 });
  });

  it("the audit chain verifies", async () => {
    await call("get", `${P}/audit/verify`, verifyAudit, pp(), { actor: w.coordinator, status: 200 });
    await call("get", `${P}/performers/{performerId}/logbook.pdf`, logbookPdf, { ...pp(), performerId: w.performer1.userId }, { actor: w.performer1, query: "paper=letter", status: 200 });
  });

  it("the inbox: list, mark read", async () => {
    await call("get", "/api/v1/notifications", getNotifications, {}, { actor: w.coordinator, status: 200 });
    await call("post", "/api/v1/notifications/read", markNotificationsRead, {}, { actor: w.coordinator, body: { all: true }, status: 200 });
  });

  it("the event stream opens as text/event-stream", async () => {
    const controller = new AbortController();
    const request = await apiRequest(`/api/v1/productions/${w.productionId}/events`, { actor: w.viewer, signal: controller.signal });
    const response = await callRoute(getEvents, request, pp());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(operationOf("get", `${P}/events`).responses["200"]?.content?.["text/event-stream"]).toBeDefined();
    calledOk.add(`GET ${P}/events`);
    controller.abort();
    await response.body?.cancel();
  });

  it("errors answer the documented error shape", async () => {
    await call("get", "/api/v1/productions", getProductions, {}, { status: 401 });
    await call("get", P, getProduction, { productionId: w.productionId }, { actor: w.outsider, status: 404 });
    await call("get", `${P}/members`, getMembers, pp(), { actor: w.viewer, status: 403 });
    await call("post", `${P}/sessions`, postSession, pp(), { actor: w.coordinator, rawBody: "count=3", contentType: "application/x-www-form-urlencoded", status: 415 });
    await call("post", `${P}/sessions/{sessionId}/verify`, verifySession, { ...pp(), sessionId: ids.session! }, { actor: w.coordinator, status: 409 });
  });
});

describe("a payload the schema refuses is a documented 400", () => {
  const refused: [string, Method, string, unknown, Record<string, unknown>][] = [
    ["sessions", "post", `${P}/sessions`, postSession, { performerId: "", date: "yesterday", count: 1.5 }],
    ["disciplines", "post", `${P}/disciplines`, postDiscipline, { name: "" }],
    ["limits", "put", `${P}/disciplines/{disciplineId}/limits`, putLimits, { maxPerDay: 5 }],
    ["currency", "put", `${P}/disciplines/{disciplineId}/currency`, putCurrency, { count: "1", days: 30 }],
    ["check-ins", "post", `${P}/check-ins`, postCheckIn, { sleep: 9 }],
    ["production settings", "patch", P, patchProduction, { verifierCredentialKind: "pilot" }],
  ];
  it.each(refused)("%s", async (_name, method, path, handler, body) => {
    const requestSchema = operationOf(method, path).requestBody?.content["application/json"]?.schema;
    expect(requestSchema).toBeDefined();
    // The document's own request schema refuses it too…
    expect(ajv.compile(rebase(requestSchema))(body)).toBe(false);
    // …and the route answers a 400 that the document describes.
    const routeParams = { ...pp(), disciplineId: w.motorbike };
    const answer = await call(method, path, handler, routeParams, { actor: w.coordinator, body, status: 400 });
    expect(Object.keys((answer as unknown as { fields: object }).fields).length).toBeGreaterThan(0);
  });
});

describe("coverage", () => {
  it("called every operation of the document with a success", () => {
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.filter((op) => !calledOk.has(op))).toEqual([]);
  });
});
