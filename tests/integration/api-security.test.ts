// Holes found by attacking the JSON API, one by one, through the real route
// handlers, a real database (SQLite and PostgreSQL) and real session JWTs.
// Each refusal is checked to have written nothing.

import { beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { PUT as putLimits } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/limits/route";
import { POST as postDiscipline } from "@/app/api/v1/productions/[productionId]/disciplines/route";
import { POST as postIncident } from "@/app/api/v1/productions/[productionId]/incidents/route";
import { POST as postMember } from "@/app/api/v1/productions/[productionId]/members/route";
import { GET as getProduction } from "@/app/api/v1/productions/[productionId]/route";
import { DELETE as deleteSession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/route";
import { POST as verifySession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/verify/route";
import { POST as postSession } from "@/app/api/v1/productions/[productionId]/sessions/route";
import { POST as postTake } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/takes/route";
import { POST as postStunt } from "@/app/api/v1/productions/[productionId]/stunts/route";
import { DEFAULT_MAX_BODY_BYTES, readJson } from "@/lib/api/handler";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, params, sessionCookie } from "../support/api-request";
import { dbSnapshot } from "../support/db-snapshot";
import { createWorld, type World } from "../support/world";

// The app's public URL, as a deployment sets it (plain http keeps the
// session cookie's name the one the test helper signs). Read lazily by env().
const APP_URL = "http://stunts.example.test:3000";
process.env.NEXTAUTH_URL = APP_URL;

let db: Db;
let w: World;
const today = () => new Date().toISOString().slice(0, 10);
const base = () => `/api/v1/productions/${w.productionId}`;

beforeEach(async () => {
  db = await getDb();
  w = await createWorld(db);
});

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (handler: unknown, request: NextRequest, p: Record<string, string>) => (handler as Handler)(request, params(p));

async function expectJsonError(response: Response, status: number) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(typeof body.error).toBe("string");
  return body as { error: string; fields?: Record<string, string> };
}

/** Runs a request that must be refused, and checks that nothing changed. */
async function refused(send: () => Promise<Response>, status: number) {
  const before = await dbSnapshot(db);
  const body = await expectJsonError(await send(), status);
  expect(await dbSnapshot(db)).toEqual(before);
  return body;
}

// ---------------------------------------------------------------- 1
describe("1. dose limits change only by a well-formed request", () => {
  const put = async (body: unknown, rawBody?: string) =>
    call(putLimits, await apiRequest(`${base()}/disciplines/${w.skydive}/limits`, { actor: w.coordinator, method: "PUT", body, rawBody }), {
      productionId: w.productionId,
      disciplineId: w.skydive,
    });
  const limits = async () =>
    db.discipline.findUniqueOrThrow({ where: { id: w.skydive }, select: { maxPerDay: true, maxPer7Days: true, minRestDays: true, limitsAreHard: true } });
  const hardLimits = { maxPerDay: 10, maxPer7Days: 50, minRestDays: 1, hard: true };

  beforeEach(async () => {
    expect((await put(hardLimits)).status).toBe(200);
  });

  it.each([["yes"], [1], ["1"], ["true"], [null]])("hard = %j is a 400 naming hard; the limits stay hard", async (hard) => {
    const body = await refused(() => put({ ...hardLimits, hard }), 400);
    expect(body.fields).toEqual({ hard: "hard is required: true or false" });
    expect(await limits()).toEqual({ maxPerDay: 10, maxPer7Days: 50, minRestDays: 1, limitsAreHard: true });
  });

  it("a missing hard, a missing limit, {} and an unknown key are 400s naming the fields", async () => {
    expect((await refused(() => put({ maxPerDay: 10, maxPer7Days: 50, minRestDays: 1 }), 400)).fields).toEqual({ hard: "hard is required: true or false" });
    expect((await refused(() => put({ maxPerDay: 10, minRestDays: 1, hard: true }), 400)).fields).toEqual({
      maxPer7Days: "Maximum per 7 days is required: a whole number, or null to clear it",
    });
    expect(Object.keys((await refused(() => put({}), 400)).fields!).sort()).toEqual(["hard", "maxPer7Days", "maxPerDay", "minRestDays"]);
    expect((await refused(() => put({ ...hardLimits, hardd: false }), 400)).fields).toEqual({ hardd: 'Unknown field "hardd"' });
    expect((await refused(() => put({ ...hardLimits, maxPerDay: "10" }), 400)).fields).toEqual({
      maxPerDay: "Maximum per day is required: a whole number, or null to clear it",
    });
    expect(await limits()).toEqual({ maxPerDay: 10, maxPer7Days: 50, minRestDays: 1, limitsAreHard: true });
  });

  it("an oversized body is a 413 and clears nothing", async () => {
    await refused(() => put(undefined, JSON.stringify({ ...hardLimits, padding: "x".repeat(DEFAULT_MAX_BODY_BYTES) })), 413);
    expect(await limits()).toEqual({ maxPerDay: 10, maxPer7Days: 50, minRestDays: 1, limitsAreHard: true });
  });

  it("a well-formed request clears a limit with an explicit null and turns hard off with false", async () => {
    const response = await put({ maxPerDay: null, maxPer7Days: 50, minRestDays: null, hard: false });
    expect(response.status).toBe(200);
    expect(await limits()).toEqual({ maxPerDay: null, maxPer7Days: 50, minRestDays: null, limitsAreHard: false });
  });
});

// ---------------------------------------------------------------- 2
describe("2. bad input is a 400 or 404, never a 500", () => {
  const post = async (handler: unknown, path: string, body: unknown, p: Record<string, string> = { productionId: w.productionId }) =>
    call(handler, await apiRequest(path, { actor: w.coordinator, method: "POST", body }), p);
  const session = (extra: Record<string, unknown>) => ({ performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count: 2, ...extra });

  it("(a) a lone surrogate in any text field is a 400 naming the field", async () => {
    const lone = "fine \ud800";
    expect((await refused(() => post(postSession, `${base()}/sessions`, session({ notes: lone })), 400)).fields).toHaveProperty("notes");
    expect((await refused(() => post(postSession, `${base()}/sessions`, session({ location: "\udc00" })), 400)).fields).toHaveProperty("location");
    expect((await refused(() => post(postDiscipline, `${base()}/disciplines`, { name: lone, unit: "fall" }), 400)).fields).toHaveProperty("name");
    expect((await refused(() => post(postStunt, `${base()}/stunts`, { name: "Jump", description: lone, performerIds: [w.performer1.userId] }), 400)).fields).toHaveProperty("description");
    expect((await refused(() => post(postIncident, `${base()}/incidents`, { occurredOn: today(), severity: "minor", description: lone }), 400)).fields).toHaveProperty("description");
    expect((await refused(() => post(postMember, `${base()}/members`, { email: "lone@test.test", name: lone, role: "viewer" }), 400)).fields).toHaveProperty("name");
    // Ids in a body: a NUL or a lone surrogate would make PostgreSQL fail the query.
    expect((await refused(() => post(postSession, `${base()}/sessions`, session({ performerId: "\u0000" })), 400)).fields).toHaveProperty("performerId");
    expect((await refused(() => post(postSession, `${base()}/sessions`, session({ disciplineId: "\ud800" })), 400)).fields).toHaveProperty("disciplineId");
  });

  it("(b) a path id that cannot be an id is a 404 with a JSON error, for anyone", async () => {
    for (const bad of ["\ud800", "\u0000", "\uFFFD\uFFFD\uFFFD", "a/b", "x".repeat(500)]) {
      for (const actor of [null, w.coordinator]) {
        await refused(async () => call(getProduction, await apiRequest(`/api/v1/productions/x`, { actor }), { productionId: bad }), 404);
        await refused(async () => call(postSession, await apiRequest(`/api/v1/productions/x/sessions`, { actor, method: "POST", body: session({}) }), { productionId: bad }), 404);
        await refused(
          async () => call(deleteSession, await apiRequest(`${base()}/sessions/x`, { actor, method: "DELETE" }), { productionId: w.productionId, sessionId: bad }),
          404,
        );
      }
    }
  });

  it("(c) control characters, bidi overrides and invisible-only values are 400s; notes keep line breaks and tabs", async () => {
    expect((await refused(() => post(postDiscipline, `${base()}/disciplines`, { name: "High\u0000fall", unit: "fall" }), 400)).fields).toEqual({
      name: "Name contains a control character or a line break",
    });
    expect((await refused(() => post(postDiscipline, `${base()}/disciplines`, { name: "\u200b", unit: "fall" }), 400)).fields).toEqual({
      name: "Name contains only invisible characters",
    });
    expect((await refused(() => post(postMember, `${base()}/members`, { email: "bidi@test.test", name: "Anna\u202eevil", role: "viewer" }), 400)).fields).toEqual({
      name: "Name contains a text-direction override character",
    });
    expect((await refused(() => post(postSession, `${base()}/sessions`, session({ notes: "one\u0007two" })), 400)).fields).toEqual({
      notes: "Notes contains a control character",
    });
    const ok = await post(postSession, `${base()}/sessions`, session({ notes: "Line one\r\n\tLine two" }));
    expect(ok.status).toBe(201);
    expect((await ok.json()).notes).toBe("Line one\n\tLine two");
  });

  it("(c) take times lie between 2000 and 2100, like dates", async () => {
    const created = await post(postStunt, `${base()}/stunts`, { name: "Cliff jump", performerIds: [w.performer1.userId] });
    const stuntId = ((await created.json()) as { id: string }).id;
    const take = (at: string) => post(postTake, `${base()}/stunts/${stuntId}/takes`, { performerId: w.performer1.userId, outcome: "usable", at }, { productionId: w.productionId, stuntId });
    for (const at of ["1999-12-31T23:59:59Z", "2101-01-01T00:00:00Z", "0001-01-01T00:00:00Z"]) {
      expect((await refused(() => take(at), 400)).fields).toEqual({ at: "Time must be between 2000-01-01 and 2100-12-31" });
    }
    expect((await take("2026-03-29T14:05:00+02:00")).status).toBe(201);
  });
});

// ---------------------------------------------------------------- 3
describe("3. cross-site requests do not reach the JSON API", () => {
  async function write(headers: Record<string, string>, body: BodyInit | undefined, actor: Actor | null = w.coordinator) {
    const h = new Headers(headers);
    if (actor) h.set("cookie", await sessionCookie(actor));
    return call(postSession, new NextRequest(new URL(`${base()}/sessions`, "http://localhost"), { method: "POST", headers: h, body }), { productionId: w.productionId });
  }
  const json = () => JSON.stringify({ performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count: 2 });

  it("a text/plain POST with the session cookie is a 415, and logs nothing", async () => {
    await refused(() => write({ "content-type": "text/plain;charset=UTF-8", origin: "https://evil.example" }, json()), 415);
    await refused(() => write({ "content-type": "text/plain" }, json()), 415);
    await refused(() => write({ "content-type": "application/x-www-form-urlencoded" }, "performerId=x"), 415);
  });

  it("a JSON write whose body has no content type is a 415", async () => {
    await refused(() => write({}, new TextEncoder().encode(json())), 415); // bytes: no content type is implied
    await refused(() => write({ "content-length": "80" }, new TextEncoder().encode(json())), 415);
  });

  it("a cookie-authenticated write from another origin is a 403, even as JSON", async () => {
    for (const origin of ["https://evil.example", "null", "http://stunts.example.test:3001", "https://stunts.example.test:3000"]) {
      await refused(() => write({ "content-type": "application/json", origin }, json()), 403);
    }
  });

  it("the app's own origin (NEXTAUTH_URL or the request's Host) and clients without Origin may write", async () => {
    expect((await write({ "content-type": "application/json", origin: APP_URL }, json())).status).toBe(201);
    expect((await write({ "content-type": "application/json", origin: "http://10.0.0.7:3000", host: "10.0.0.7:3000" }, json())).status).toBe(201);
    expect((await write({ "content-type": "application/json; charset=utf-8" }, json())).status).toBe(201);
  });

  it("a bodiless cross-site verify is refused too", async () => {
    const logged = await write({ "content-type": "application/json" }, JSON.stringify({ performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count: 1 }), w.performer1);
    const sessionId = ((await logged.json()) as { id: string }).id;
    const verify = async (headers: Record<string, string>) => {
      const h = new Headers(headers);
      h.set("cookie", await sessionCookie(w.coordinator));
      return call(verifySession, new NextRequest(new URL(`${base()}/sessions/${sessionId}/verify`, "http://localhost"), { method: "POST", headers: h }), {
        productionId: w.productionId,
        sessionId,
      });
    };
    await refused(() => verify({ origin: "https://evil.example" }), 403);
    await refused(() => verify({ "content-type": "text/plain", origin: APP_URL }), 415);
    expect((await verify({ origin: APP_URL })).status).toBe(200);
  });
});

// ---------------------------------------------------------------- 4
describe("4. bodies have a size limit", () => {
  const url = () => new URL(`${base()}/sessions`, "http://localhost");
  const send = async (body: BodyInit, headers: Record<string, string> = {}) => {
    const h = new Headers({ "content-type": "application/json", ...headers });
    h.set("cookie", await sessionCookie(w.coordinator));
    return call(postSession, new NextRequest(url(), { method: "POST", headers: h, body, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]), {
      productionId: w.productionId,
    });
  };

  it("a 20 MB body is a 413, refused on its declared length", async () => {
    const huge = JSON.stringify({ notes: "x".repeat(20 * 1024 * 1024) });
    await refused(() => send(huge, { "content-length": String(huge.length) }), 413);
  });

  /** A body that counts how much of it was read. */
  function countingStream(chunkBytes: number, chunks: number) {
    const state = { pulled: 0 };
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (state.pulled >= chunks) return controller.close();
        state.pulled += 1;
        controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
      },
    });
    return { stream, state };
  }

  it("a chunked body without a length is cut off at the cap: the rest is never read", async () => {
    const { stream, state } = countingStream(16 * 1024, 1280); // 20 MB on offer
    await refused(() => send(stream), 413);
    expect(state.pulled * 16 * 1024).toBeLessThanOrEqual(DEFAULT_MAX_BODY_BYTES + 2 * 16 * 1024);
  });

  it("a body that lies about its length is cut off too", async () => {
    const { stream, state } = countingStream(16 * 1024, 1280);
    await refused(() => send(stream, { "content-length": "20" }), 413);
    expect(state.pulled).toBeLessThan(10);
  });

  it("a body under the cap is read; a route may raise its own cap", async () => {
    const body = JSON.stringify({ notes: "x".repeat(100 * 1024) });
    const request = () => new Request("http://localhost/import", { method: "POST", headers: { "content-type": "application/json" }, body });
    await expect(readJson(request())).rejects.toMatchObject({ status: 413 });
    expect(await readJson(request(), { maxBytes: 1024 * 1024 })).toEqual({ notes: "x".repeat(100 * 1024) });
  });

  it("invalid UTF-8 and invalid JSON are 400s", async () => {
    await refused(() => send(new Uint8Array([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d])), 400);
    await refused(() => send("{not json"), 400);
    await refused(() => send(""), 400);
  });
});

// ---------------------------------------------------------------- 5
describe("5. simultaneous invitations of the same new address", () => {
  it("answer 201 once and 409 for the others, and make one invitation (no account, no member)", async () => {
    const usersBefore = await db.user.count();
    const email = `same-${Date.now()}@test.test`;
    const responses = await Promise.all(
      Array.from({ length: 5 }, async () =>
        call(postMember, await apiRequest(`${base()}/members`, { actor: w.coordinator, method: "POST", body: { email, name: "Same Person", role: "performer" } }), {
          productionId: w.productionId,
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    for (const r of responses.filter((r) => r.status === 409)) await expectJsonError(r, 409);
    // Nobody joins without accepting; an account appears only at its first sign-in.
    expect(await db.user.count()).toBe(usersBefore);
    expect(await db.invitation.count({ where: { productionId: w.productionId, email } })).toBe(1);
  });
});
