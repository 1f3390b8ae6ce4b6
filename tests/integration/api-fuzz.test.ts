// Fuzzing every write route of the JSON API (README's table) through the real
// route handlers, database and session JWTs: arbitrary JSON, a wrong value in
// each field, lone surrogates, control characters, huge strings, wrong content
// types and path ids that cannot be ids. Whatever is sent: never a 5xx, every
// 4xx is JSON `{ error: string }`, and a refused request wrote nothing.
// Bounded (a few dozen runs per property and route) so the file stays fast.

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { POST as postCheckIn } from "@/app/api/v1/productions/[productionId]/check-ins/route";
import { PUT as putLimits } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/limits/route";
import { POST as postDiscipline } from "@/app/api/v1/productions/[productionId]/disciplines/route";
import { POST as postGoal } from "@/app/api/v1/productions/[productionId]/goals/route";
import { PATCH as patchGoal, PUT as putGoal } from "@/app/api/v1/productions/[productionId]/goals/[goalId]/route";
import { PATCH as patchDiscipline } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/route";
import { PATCH as patchIncident } from "@/app/api/v1/productions/[productionId]/incidents/[incidentId]/route";
import { POST as postIncident } from "@/app/api/v1/productions/[productionId]/incidents/route";
import { POST as postImport } from "@/app/api/v1/productions/[productionId]/imports/route";
import { POST as acceptInvitation } from "@/app/api/v1/invitations/[invitationId]/accept/route";
import { POST as declineInvitation } from "@/app/api/v1/invitations/[invitationId]/decline/route";
import { POST as postMember } from "@/app/api/v1/productions/[productionId]/members/route";
import { DELETE as deleteMember, PATCH as patchMember } from "@/app/api/v1/productions/[productionId]/members/[userId]/route";
import { POST as resetMemberPassword } from "@/app/api/v1/productions/[productionId]/members/[userId]/reset-password/route";
import { PATCH as patchProduction } from "@/app/api/v1/productions/[productionId]/route";
import { POST as rejectSession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/reject/route";
import { DELETE as deleteSession, PATCH as patchSession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/route";
import { POST as verifySession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/verify/route";
import { POST as postSession } from "@/app/api/v1/productions/[productionId]/sessions/route";
import { POST as verifySessions } from "@/app/api/v1/productions/[productionId]/sessions/verify/route";
import { POST as postTake } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/takes/route";
import { POST as postStunt } from "@/app/api/v1/productions/[productionId]/stunts/route";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[tokenId]/route";
import { POST as postToken } from "@/app/api/v1/tokens/route";
import { PUT as putCurrency } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/currency/route";
import { POST as postCredential } from "@/app/api/v1/productions/[productionId]/credentials/route";
import { DELETE as deleteCredential, PUT as putCredential } from "@/app/api/v1/productions/[productionId]/credentials/[credentialId]/route";
import { POST as postEquipment } from "@/app/api/v1/productions/[productionId]/equipment/route";
import { DELETE as deleteEquipment, PUT as putEquipment } from "@/app/api/v1/productions/[productionId]/equipment/[equipmentId]/route";
import { POST as markNotificationsRead } from "@/app/api/v1/notifications/read/route";
import { POST as postWitnessRequest } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/witness-requests/route";
import { PUT as putPlan } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/plan/route";
import { POST as sealDossier } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/dossiers/route";
import { createApiToken } from "@/lib/data/api-tokens";
import { getDb, type Db } from "@/lib/server/db";
import { sessionCookie } from "../support/api-request";
import { dbSnapshot } from "../support/db-snapshot";
import { scopeOf, createWorld, type World } from "../support/world";

const RUNS = { anyJson: 25, oneField: 30, contentType: 15, pathId: 15, authorization: 30 };

let db: Db;
let w: World;
let cookie: string;
let inviteeCookie: string;
let bearer: string;
const ids: Record<string, string> = {};
const today = () => new Date().toISOString().slice(0, 10);

async function pendingSession(): Promise<string> {
  const row = await db.trainingSession.create({
    data: {
      productionId: w.productionId,
      performerId: w.performer1.userId,
      disciplineId: w.motorbike,
      date: today(),
      count: 1,
      status: "pending",
      loggedById: w.performer1.userId,
    },
    select: { id: true },
  });
  return row.id;
}

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
  cookie = await sessionCookie(w.coordinator);
  for (const name of ["patch", "delete", "verify", "reject", "witness"]) ids[name] = await pendingSession();
  for (const name of ["credential", "credentialDelete"]) {
    ids[name] = (await db.credential.create({ data: { productionId: w.productionId, userId: w.performer1.userId, kind: "medical", name: "Class 2 medical" }, select: { id: true } })).id;
  }
  for (const name of ["equipment", "equipmentDelete"]) {
    ids[name] = (await db.equipment.create({ data: { productionId: w.productionId, name: "Reserve", kind: "reserve" }, select: { id: true } })).id;
  }
  ids.stunt = (await db.stunt.create({
    data: { productionId: w.productionId, name: "Cliff jump", performerIds: JSON.stringify([w.performer1.userId]), disciplineIds: JSON.stringify([w.skydive]) },
    select: { id: true },
  })).id;
  for (const name of ["removed", "reset", "role"]) {
    const user = await db.user.create({ data: { email: `fuzz-${name}@test.test`, name: "Fuzz Member", passwordHash: "scrypt$unused" } });
    await db.membership.create({ data: { productionId: w.productionId, userId: user.id, role: "performer" } });
    ids[name] = user.id;
  }
  // The invitations' routes are answered by the invited person, not the coordinator.
  const invitee = await db.user.create({ data: { email: "fuzz-invitee@test.test", name: "Invitee", passwordHash: "scrypt$unused" } });
  inviteeCookie = await sessionCookie({ userId: invitee.id });
  for (const name of ["accept", "decline"]) {
    const production = await db.production.create({ data: { name: `Fuzz ${name}` } });
    ids[name] = (await db.invitation.create({
      data: { productionId: production.id, email: invitee.email, name: "Invitee", role: "viewer", codeHash: "scrypt$invitation-code-unused", invitedById: w.coordinator.userId },
      select: { id: true },
    })).id;
  }
  ids.incident = (await db.incident.create({
    data: { productionId: w.productionId, occurredOn: today(), severity: "minor", description: "Bruised wrist", reportedById: w.coordinator.userId },
    select: { id: true },
  })).id;
  // Skydive records jumps here, so the sessions route is also fuzzed with per-jump rows.
  await db.discipline.update({ where: { id: w.skydive }, data: { recordsJumps: true } });
  ids.token = (await createApiToken(w.coordinator, { name: "Fuzz target", scope: "read", expiresInDays: 30 })).id;
  ids.planDay = (await scopeOf(w.coordinator, w.productionId)).today;
  bearer = (await createApiToken(w.coordinator, { name: "Fuzz caller", scope: "write", expiresInDays: 30 })).token;
});

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface WriteRoute {
  route: string;
  handler: unknown;
  params: () => Record<string, string>;
  /** A payload the route accepts (or `{}` for a route without a body; an array for a plan). */
  valid: () => Record<string, unknown> | unknown[];
  /** Whose session sends it: the coordinator's unless said. */
  cookie?: () => string;
}

const p = () => ({ productionId: w.productionId });
let nextJumpNumber = 0;
/** A jump row the sessions route accepts: a fresh jump number each time, so a valid payload is never a repeat. */
const validJump = (): Record<string, unknown> => ({
  jumpNumber: ++nextJumpNumber,
  exitAltitudeFt: 13_500,
  deploymentAltitudeFt: 3_500,
  freefallSeconds: 60,
  jumpType: "Belly",
  aircraft: "Twin Otter",
  dropzone: "Voss",
  equipment: "Sabre3 170",
  landingDistanceM: 8,
  notes: "Clean exit",
});
const validWithJumps = () => ({ performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count: 2, jumps: [validJump(), validJump()] });
const routes: WriteRoute[] = [
  { route: "POST /productions/{productionId}/disciplines", handler: postDiscipline, params: p, valid: () => ({ name: "High fall", unit: "fall" }) },
  {
    route: "POST /productions/{productionId}/goals",
    handler: postGoal,
    params: p,
    valid: () => ({ performerId: w.performer2.userId, disciplineId: w.motorbike, target: 100, startDate: "2026-01-01", deadline: "2026-12-31", milestones: [{ name: "Half", count: 50 }] }),
  },
  { route: "PATCH /productions/{productionId}/disciplines/{disciplineId}", handler: patchDiscipline, params: () => ({ ...p(), disciplineId: w.motorbike }), valid: () => ({ name: "Motorbike jump", unit: "jump", fromTakes: false }) },
  { route: "PATCH /productions/{productionId}/goals/{goalId}", handler: patchGoal, params: () => ({ ...p(), goalId: w.goalId }), valid: () => ({ archived: false }) },
  {
    route: "PUT /productions/{productionId}/goals/{goalId}",
    handler: putGoal,
    params: () => ({ ...p(), goalId: w.goalId }),
    valid: () => ({ target: 500, startDate: "2026-01-01", deadline: "2026-12-31", milestones: [{ name: "A licence", count: 25 }] }),
  },
  {
    route: "POST /productions/{productionId}/sessions",
    handler: postSession,
    params: p,
    valid: () => ({ performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count: 2, durationMinutes: 30, rpe: 6, location: "Voss", notes: "Fine" }),
  },
  { route: "POST /productions/{productionId}/sessions (with jumps)", handler: postSession, params: p, valid: validWithJumps },
  { route: "PATCH /productions/{productionId}/sessions/{sessionId}", handler: patchSession, params: () => ({ ...p(), sessionId: ids.patch! }), valid: () => ({ count: 3, rpe: 4, notes: "Edited" }) },
  { route: "DELETE /productions/{productionId}/sessions/{sessionId}", handler: deleteSession, params: () => ({ ...p(), sessionId: ids.delete! }), valid: () => ({}) },
  { route: "POST /productions/{productionId}/sessions/verify", handler: verifySessions, params: p, valid: () => ({ sessionIds: [ids.verify!] }) },
  { route: "PATCH /productions/{productionId}", handler: patchProduction, params: p, valid: () => ({ coordinatorLogsAreVerified: true }) },
  { route: "POST /productions/{productionId}/members", handler: postMember, params: p, valid: () => ({ email: "fuzz@test.test", name: "Fuzz Rider", role: "performer" }) },
  { route: "DELETE /productions/{productionId}/members/{userId}", handler: deleteMember, params: () => ({ ...p(), userId: ids.removed! }), valid: () => ({}) },
  { route: "PATCH /productions/{productionId}/members/{userId}", handler: patchMember, params: () => ({ ...p(), userId: ids.role! }), valid: () => ({ role: "viewer", performs: false }) },
  { route: "POST /productions/{productionId}/members/{userId}/reset-password", handler: resetMemberPassword, params: () => ({ ...p(), userId: ids.reset! }), valid: () => ({}) },
  { route: "POST /invitations/{invitationId}/accept", handler: acceptInvitation, params: () => ({ invitationId: ids.accept! }), valid: () => ({}), cookie: () => inviteeCookie },
  { route: "POST /invitations/{invitationId}/decline", handler: declineInvitation, params: () => ({ invitationId: ids.decline! }), valid: () => ({}), cookie: () => inviteeCookie },
  { route: "POST /productions/{productionId}/sessions/{sessionId}/verify", handler: verifySession, params: () => ({ ...p(), sessionId: ids.verify! }), valid: () => ({}) },
  { route: "POST /productions/{productionId}/sessions/{sessionId}/reject", handler: rejectSession, params: () => ({ ...p(), sessionId: ids.reject! }), valid: () => ({ reason: "Count looks wrong" }) },
  {
    route: "PUT /productions/{productionId}/disciplines/{disciplineId}/limits",
    handler: putLimits,
    params: () => ({ ...p(), disciplineId: w.skydive }),
    valid: () => ({ maxPerDay: 500, maxPer7Days: null, minRestDays: 0, hard: false }),
  },
  { route: "POST /productions/{productionId}/stunts", handler: postStunt, params: p, valid: () => ({ name: "Stair fall", plannedDate: "2027-01-10", description: "Twelve steps", performerIds: [w.performer1.userId], disciplineIds: [w.skydive] }) },
  {
    route: "POST /productions/{productionId}/stunts/{stuntId}/takes",
    handler: postTake,
    params: () => ({ ...p(), stuntId: ids.stunt! }),
    valid: () => ({ performerId: w.performer1.userId, outcome: "usable", at: "2026-03-29T14:05:00Z", notes: "Clean" }),
  },
  {
    route: "POST /productions/{productionId}/incidents",
    handler: postIncident,
    params: p,
    valid: () => ({ occurredOn: today(), severity: "lost_time", description: "Ramp lip wet", performerId: w.performer1.userId, stuntId: ids.stunt, followUp: "Dry it", unavailableUntil: "2099-01-31" }),
  },
  { route: "PATCH /productions/{productionId}/incidents/{incidentId}", handler: patchIncident, params: () => ({ ...p(), incidentId: ids.incident! }), valid: () => ({ status: "closed", followUp: "Rested" }) },
  {
    route: "POST /productions/{productionId}/check-ins",
    handler: postCheckIn,
    params: p,
    valid: () => ({ performerId: w.performer1.userId, date: today(), sleep: 4, soreness: 3, fatigue: 3, stress: 2, mood: 5, note: "Slept well" }),
  },
  { route: "POST /tokens", handler: postToken, params: () => ({}), valid: () => ({ name: "Fuzz script", scope: "write", expiresInDays: 30 }) },
  { route: "DELETE /tokens/{tokenId}", handler: deleteToken, params: () => ({ tokenId: ids.token! }), valid: () => ({}) },
  { route: "PUT /productions/{productionId}/disciplines/{disciplineId}/currency", handler: putCurrency, params: () => ({ ...p(), disciplineId: w.skydive }), valid: () => ({ count: 1, days: 30 }) },
  { route: "POST /productions/{productionId}/credentials", handler: postCredential, params: p, valid: () => ({ userId: w.performer1.userId, kind: "licence", name: "USPA D licence", number: "D-1", issuedOn: "2025-01-01", expiresOn: "2027-01-01" }) },
  { route: "PUT /productions/{productionId}/credentials/{credentialId}", handler: putCredential, params: () => ({ ...p(), credentialId: ids.credential! }), valid: () => ({ kind: "medical", name: "Class 2 medical", expiresOn: "2027-06-30" }) },
  { route: "DELETE /productions/{productionId}/credentials/{credentialId}", handler: deleteCredential, params: () => ({ ...p(), credentialId: ids.credentialDelete! }), valid: () => ({}) },
  { route: "POST /productions/{productionId}/equipment", handler: postEquipment, params: p, valid: () => ({ name: "Rig", kind: "rig", ownerId: w.performer1.userId, serviceIntervalDays: 180, lastServiceOn: today() }) },
  { route: "PUT /productions/{productionId}/equipment/{equipmentId}", handler: putEquipment, params: () => ({ ...p(), equipmentId: ids.equipment! }), valid: () => ({ name: "Reserve", kind: "reserve", serviceIntervalDays: 180, lastServiceOn: today() }) },
  { route: "DELETE /productions/{productionId}/equipment/{equipmentId}", handler: deleteEquipment, params: () => ({ ...p(), equipmentId: ids.equipmentDelete! }), valid: () => ({}) },
  { route: "POST /notifications/read", handler: markNotificationsRead, params: () => ({}), valid: () => ({ keys: ["pending:nothing"] }) },
  { route: "POST /productions/{productionId}/sessions/{sessionId}/witness-requests", handler: postWitnessRequest, params: () => ({ ...p(), sessionId: ids.witness! }), valid: () => ({ name: "Dropzone instructor", email: "instructor@dz.test" }) },
  {
    route: "PUT /productions/{productionId}/performers/{performerId}/plan",
    handler: putPlan,
    params: () => ({ ...p(), performerId: w.performer1.userId }),
    // This week, as the production counts it: the range a plan without ?from=&to= covers.
    valid: () => [{ date: ids.planDay!, disciplineId: w.skydive, count: 3 }],
  },
  { route: "POST /productions/{productionId}/stunts/{stuntId}/dossiers", handler: sealDossier, params: () => ({ ...p(), stuntId: ids.stunt! }), valid: () => ({}) },
];

// ---- what is sent ----------------------------------------------------------

const withChar = (codes: fc.Arbitrary<number>) =>
  fc.tuple(fc.string({ maxLength: 8 }), codes, fc.string({ maxLength: 8 })).map(([a, c, b]) => `${a}${String.fromCharCode(c)}${b}`);
const loneSurrogate = withChar(fc.integer({ min: 0xd800, max: 0xdfff }));
const controlChar = withChar(fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })));
const bidiOrInvisible = fc.constantFrom("\u202e", "Anna\u202dx", "\u2066x\u2069", "\u200b", "\u200d\ufeff", "\u3164", "\u2800");
const hugeString = fc.integer({ min: 2_001, max: 80_000 }).map((n) => "x".repeat(n));
const oddScalar = fc.constantFrom(null, true, false, "", " ", 0, -1, 1.5, 1e21, -1e308, Number.MAX_SAFE_INTEGER + 2, "2026-02-30", "9999-12-31", "0001-01-01T00:00:00Z", "NaN", [], {});

/** A value to put where a field should be. */
const nastyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), loneSurrogate, controlChar, bidiOrInvisible, hugeString, oddScalar, fc.array(loneSurrogate, { maxLength: 3 }));

/** Path ids that cannot be ids: what a malformed or hostile URL decodes to. */
const badId = fc.oneof(
  loneSurrogate,
  controlChar,
  bidiOrInvisible,
  fc.string({ minLength: 65, maxLength: 300 }),
  fc.constantFrom("", " ", "..", "a/b", "%ED%A0%80", "\ufffd\ufffd", "' OR 1=1 --", "é"),
);

const nonJsonType = fc.constantFrom("text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/jsonp");

// ---- how it is sent and judged ----------------------------------------------

function pathOf(route: WriteRoute, params: Record<string, string>): string {
  return route.route.replace(/^\w+ /, "/api/v1").replace(/\{(\w+)\}/g, (_, key: string) => {
    try {
      return encodeURIComponent(params[key]!);
    } catch {
      return "x"; // a lone surrogate has no URL form; the handler reads params, not the URL
    }
  });
}

async function send(
  route: WriteRoute,
  options: { body?: BodyInit; contentType?: string | null; params?: Record<string, string>; authorization?: string } = {},
) {
  const params = options.params ?? route.params();
  const headers = new Headers({ cookie: route.cookie?.() ?? cookie });
  if (options.authorization !== undefined) headers.set("authorization", options.authorization);
  const contentType = options.contentType === undefined ? "application/json" : options.contentType;
  if (contentType !== null) headers.set("content-type", contentType);
  const method = route.route.split(" ")[0]!;
  const request = new NextRequest(new URL(pathOf(route, params), "http://localhost"), { method, headers, body: options.body });
  return (route.handler as Handler)(request, { params: Promise.resolve(params) });
}

/** Never a 5xx; a 4xx is JSON `{ error: string }` and leaves the database as it was. */
async function expectSafe(run: () => Promise<Response>, expectedStatus?: number): Promise<void> {
  const before = await dbSnapshot(db);
  const response = await run();
  expect(response.status).toBeLessThan(500);
  if (expectedStatus !== undefined) expect(response.status).toBe(expectedStatus);
  if (response.status >= 400) {
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error?: unknown };
    expect(typeof body.error).toBe("string");
    expect(await dbSnapshot(db)).toEqual(before);
  }
}

describe.each(routes)("$route", (route) => {
  it("never fails on arbitrary JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => expectSafe(() => send(route, { body: JSON.stringify(value) }))),
      { numRuns: RUNS.anyJson },
    );
  });

  it("never fails on a wrong, missing, extra, broken or huge field", async () => {
    const sample = route.valid();
    const keys = [...Object.keys(Array.isArray(sample) ? (sample[0] as object) : sample), "unexpected"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), nastyValue, fc.boolean(), async (key, value, drop) => {
        const valid = route.valid();
        // An array payload (a plan) is fuzzed in its first element: a broken entry among valid ones.
        const body: Record<string, unknown> | unknown[] = Array.isArray(valid) ? valid : { ...valid };
        if (Array.isArray(body)) {
          const entry: Record<string, unknown> = { ...(body[0] as Record<string, unknown>) };
          if (drop) delete entry[key];
          else entry[key] = value;
          await expectSafe(() => send(route, { body: JSON.stringify([entry]) }));
          return;
        }
        if (drop) delete body[key];
        else body[key] = value;
        await expectSafe(() => send(route, { body: JSON.stringify(body) }));
      }),
      { numRuns: RUNS.oneField },
    );
  });

  it("refuses any body that is not declared JSON with 415", async () => {
    await fc.assert(
      fc.asyncProperty(nonJsonType, fc.oneof(fc.string(), fc.constant(JSON.stringify(route.valid()))), async (contentType, raw) =>
        expectSafe(() => send(route, { body: raw, contentType }), 415),
      ),
      { numRuns: RUNS.contentType },
    );
  });

  // Only routes with ids in their path (POST /tokens has none: nothing to check, so no test).
  if (route.route.includes("{")) it("answers 404 for path ids that cannot be ids", async () => {
    const keys = Object.keys(route.params());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), badId, async (key, value) =>
        expectSafe(() => send(route, { body: JSON.stringify(route.valid()), params: { ...route.params(), [key]: value } }), 404),
      ),
      { numRuns: RUNS.pathId },
    );
  });

  it("refuses broken bodies: invalid UTF-8, invalid JSON, too large", async () => {
    await expectSafe(() => send(route, { body: new Uint8Array([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x3a, 0x31, 0x7d]) }));
    await expectSafe(() => send(route, { body: "{\"unterminated" }));
    const valid = route.valid();
    await expectSafe(() => send(route, { body: JSON.stringify(Array.isArray(valid) ? [...valid, { padding: "x".repeat(70 * 1024) }] : { ...valid, padding: "x".repeat(70 * 1024) }) }));
  });
});

describe("the effort rating (rpe) of the session write routes", () => {
  const post = routes.find((r) => r.route === "POST /productions/{productionId}/sessions")!;
  const patch = routes.find((r) => r.route.startsWith("PATCH /productions/{productionId}/sessions/"))!;
  // "7" is taken as 7, as every number of the shared form schema (forms send strings): not among these.
  const wrong = fc.oneof(
    fc.integer({ min: 11, max: 1_000_000 }),
    fc.integer({ min: -1_000_000, max: -1 }),
    fc.double({ min: 0.01, max: 9.99, noNaN: true }).filter((x) => !Number.isInteger(x)),
    fc.constantFrom("seven", "7.5", "-1", "11", "1e1", true, false, [], {}, [7], { rpe: 7 }),
  );

  it.each([post, patch])("$route: 11, -1, 7.5, a word or an object is a 400 naming rpe, and nothing is written", async (route) => {
    await fc.assert(
      fc.asyncProperty(wrong, async (rpe) => {
        const before = await dbSnapshot(db);
        const response = await send(route, { body: JSON.stringify({ ...route.valid(), rpe }) });
        expect(response.status).toBe(400);
        expect(Object.keys(((await response.json()) as { fields: Record<string, string> }).fields)).toEqual(["rpe"]);
        expect(await dbSnapshot(db)).toEqual(before);
      }),
      { numRuns: RUNS.oneField },
    );
  });
});

describe("POST /productions/{productionId}/sessions: one field of a jump row", () => {
  const route = routes.find((r) => r.route.endsWith("(with jumps)"))!;
  it("never fails on a wrong, missing, extra, broken or huge field of a row, nor on a repeated jump number", async () => {
    const keys = [...Object.keys(validJump()), "unexpected"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), nastyValue, fc.boolean(), fc.boolean(), async (key, value, drop, repeat) => {
        const body = validWithJumps();
        const row = body.jumps[1]!;
        if (drop) delete row[key];
        else row[key] = value;
        if (repeat) body.jumps[0]!.jumpNumber = row.jumpNumber;
        await expectSafe(() => send(route, { body: JSON.stringify(body) }));
      }),
      { numRuns: RUNS.oneField },
    );
  });

  it("refuses a jump number already logged with 400, writing nothing", async () => {
    const first = validWithJumps();
    expect((await send(route, { body: JSON.stringify(first) })).status).toBe(201);
    const again = { ...validWithJumps(), jumps: [validJump(), { ...validJump(), jumpNumber: first.jumps[1]!.jumpNumber }] };
    await expectSafe(() => send(route, { body: JSON.stringify(again) }), 400);
  });
});

describe("the Authorization header", () => {
  const route = routes[0]!; // POST /productions/{productionId}/disciplines, which the coordinator may do
  const bearerLike = fc.oneof(
    fc.string(),
    fc.string().map((x) => `Bearer ${x}`),
    fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((x) => `Bearer sbk_${x}`),
    fc.constantFrom("Bearer", "Bearer ", "bearer sbk_", "Bearer sbk_\u0000", "Bearer\tsbk_x", "Basic Og=="),
  );

  it("never fails on any header: a Bearer credential that is not a live token is a 401 beside a valid cookie, and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(bearerLike, async (authorization) => {
        let header: string;
        try {
          header = new Headers({ authorization }).get("authorization")!;
        } catch {
          return; // not a value any HTTP client can send
        }
        const isBearer = /^\s*bearer(\s|$)/i.test(header);
        await expectSafe(() => send(route, { body: JSON.stringify(route.valid()), authorization }), isBearer ? 401 : undefined);
      }),
      { numRuns: RUNS.authorization },
    );
  });

  it("a live write token passes every guard but the Origin check, which it does not need", async () => {
    const body = JSON.stringify({ name: `Fuzzed high fall ${Math.random()}`, unit: "fall" });
    const response = await send(route, { body, authorization: `Bearer ${bearer}` });
    expect(response.status).toBe(201);
    await expectSafe(() => send(route, { body, contentType: "text/plain", authorization: `Bearer ${bearer}` }), 415);
    await expectSafe(() => send(route, { body, authorization: `Bearer ${bearer}`, params: { productionId: "a/b" } }), 404);
  });
});

// The import takes a CSV file, not JSON: fuzzed with files instead.
describe("POST /productions/{productionId}/imports (text/csv)", () => {
  const importRoute: WriteRoute = { route: "POST /productions/{productionId}/imports", handler: postImport, params: p, valid: () => ({}) };
  const sendCsv = (body: BodyInit, query: Record<string, string>, contentType: string | null = "text/csv") => {
    const route = { ...importRoute, route: `${importRoute.route}?${new URLSearchParams(query)}` };
    return send(route, { body, contentType });
  };
  const header = "date,discipline,count,durationMinutes,location,notes\r\n";
  const cell = fc.oneof(fc.string({ maxLength: 12 }), loneSurrogate, controlChar, bidiOrInvisible, oddScalar.map(String), fc.constantFrom("=1+1", "'=1", '"', '""', "\r\n", ",", "Skydive", "2026-01-02", "3"));
  const csvFile = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }).map((rows) => header + rows.map((r) => r.join(",")).join("\r\n"));
  const query = fc.record({
    performerId: fc.oneof(fc.constant("PERFORMER"), badId),
    dryRun: fc.constantFrom("1", "0", "", "yes"),
    duplicates: fc.constantFrom("skip", "add", "", "update"),
  });

  it("never fails on an arbitrary file or query; a refusal writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvFile, fc.string({ maxLength: 200 })), query, async (file, q) => {
        const performerId = q.performerId === "PERFORMER" ? w.performer2.userId : q.performerId;
        await expectSafe(() => sendCsv(file, { ...q, performerId }));
      }),
      { numRuns: RUNS.oneField },
    );
  });

  it("refuses random bytes, another content type and an oversized body", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        await expectSafe(() => sendCsv(new Uint8Array(bytes), { performerId: w.performer2.userId, dryRun: "1" }));
      }),
      { numRuns: RUNS.anyJson },
    );
    await fc.assert(
      fc.asyncProperty(nonJsonType, async (type) => {
        await expectSafe(() => sendCsv(header, { performerId: w.performer2.userId }, type), 415);
      }),
      { numRuns: RUNS.contentType },
    );
    await expectSafe(() => sendCsv(JSON.stringify({ file: header }), { performerId: w.performer2.userId }, "application/json"), 415);
    await expectSafe(() => sendCsv(new Uint8Array(33 * 1024 * 1024).fill(0x61), { performerId: w.performer2.userId }), 413);
  });
});
