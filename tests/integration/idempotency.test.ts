// Idempotency-Key on API writes (decision 0017), through the real route
// handlers on both databases: a repeat is replayed and runs nothing, a key
// reused for another request is refused, two identical requests at once
// write once.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as postCheckIn } from "@/app/api/v1/productions/[productionId]/check-ins/route";
import { POST as postIncident } from "@/app/api/v1/productions/[productionId]/incidents/route";
import { DELETE as deleteSession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/route";
import { POST as postSession } from "@/app/api/v1/productions/[productionId]/sessions/route";
import { setIdempotencyClaimOptionsForTests } from "@/lib/api/idempotency";
import type { Actor } from "@/lib/domain/actor";
import { QUEUED_BY_ANOTHER } from "@/lib/domain/offline-queue";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { dbSnapshot } from "../support/db-snapshot";
import { createWorld, type World } from "../support/world";

let db: Db;
let w: World;
const today = () => new Date().toISOString().slice(0, 10);
const base = () => `/api/v1/productions/${w.productionId}`;

beforeEach(async () => {
  db = await getDb();
  w = await createWorld(db);
});
afterEach(() => setIdempotencyClaimOptionsForTests({}));

const session = (count = 3) => ({ performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count });

async function logSession(key: string | null, body: unknown = session(), actor: Actor = w.performer1) {
  const headers: Record<string, string> = key === null ? {} : { "Idempotency-Key": key };
  return callRoute(postSession, await apiRequest(`${base()}/sessions`, { actor, method: "POST", body, headers }), { productionId: w.productionId });
}

const sessionsOf = (performerId: string) => db.trainingSession.count({ where: { performerId } });

describe("a repeated write with the same key", () => {
  it("is answered with the first response, marked replayed, and writes nothing more", async () => {
    const first = await logSession("key-1");
    expect(first.status).toBe(201);
    expect(first.headers.get("Idempotency-Replayed")).toBeNull();
    const firstBody = await first.json();

    const before = await dbSnapshot(db);
    const again = await logSession("key-1");
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotency-Replayed")).toBe("true");
    expect(again.headers.get("content-type")).toContain("application/json");
    expect(await again.json()).toEqual(firstBody);
    expect(await dbSnapshot(db)).toEqual(before);
    expect(await sessionsOf(w.performer1.userId)).toBe(1);
  });

  it("replays a refusal too: the same 400 with its field errors", async () => {
    const first = await logSession("bad-count", session(0));
    expect(first.status).toBe(400);
    const body = await first.json();
    expect(body.fields).toHaveProperty("count");
    const again = await logSession("bad-count", session(0));
    expect(again.status).toBe(400);
    expect(again.headers.get("Idempotency-Replayed")).toBe("true");
    expect(await again.json()).toEqual(body);
  });

  it("works on every write route: a check-in, an incident, a DELETE", async () => {
    const checkIn = { performerId: w.performer1.userId, date: today(), sleep: 4, soreness: 3, fatigue: 3, stress: 4, mood: 5 };
    const sendCheckIn = async () =>
      callRoute(postCheckIn, await apiRequest(`${base()}/check-ins`, { actor: w.performer1, method: "POST", body: checkIn, headers: { "Idempotency-Key": "c1" } }), {
        productionId: w.productionId,
      });
    expect((await sendCheckIn()).status).toBe(201);
    expect((await sendCheckIn()).headers.get("Idempotency-Replayed")).toBe("true");
    expect(await db.readinessCheckIn.count({ where: { performerId: w.performer1.userId } })).toBe(1);

    const incident = { occurredOn: today(), severity: "minor", description: "Bruised knee on landing", performerId: w.performer1.userId };
    const sendIncident = async () =>
      callRoute(postIncident, await apiRequest(`${base()}/incidents`, { actor: w.performer1, method: "POST", body: incident, headers: { "Idempotency-Key": "i1" } }), {
        productionId: w.productionId,
      });
    expect((await sendIncident()).status).toBe(201);
    expect((await sendIncident()).status).toBe(201);
    expect(await db.incident.count({ where: { productionId: w.productionId } })).toBe(1);

    const { id } = await (await logSession(null)).json();
    const remove = async () =>
      callRoute(deleteSession, await apiRequest(`${base()}/sessions/${id}`, { actor: w.performer1, method: "DELETE", headers: { "Idempotency-Key": "d1" } }), {
        productionId: w.productionId,
        sessionId: id,
      });
    const removed = await remove();
    expect(removed.status).toBe(200);
    // Without the key the second DELETE would be a 404; with it, the first answer again.
    const again = await remove();
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await removed.json());
  });
});

describe("a key is the caller's own", () => {
  it("another caller's same key is another request", async () => {
    expect((await logSession("shared", session(2), w.performer1)).status).toBe(201);
    const coordinators = await logSession("shared", session(2), w.coordinator);
    expect(coordinators.status).toBe(201);
    expect(coordinators.headers.get("Idempotency-Replayed")).toBeNull();
    expect(await sessionsOf(w.performer1.userId)).toBe(2);
  });

  it("an outsider's keyed write is the usual 404, and claims nothing", async () => {
    const before = await dbSnapshot(db);
    expect((await logSession("k", session(), w.outsider)).status).toBe(404);
    expect(await dbSnapshot(db)).toEqual(before);
  });
});

describe("refusals", () => {
  it("the same key with another body, or another path, is a 422 that writes nothing", async () => {
    expect((await logSession("k2", session(3))).status).toBe(201);
    const before = await dbSnapshot(db);
    const other = await logSession("k2", session(4));
    expect(other.status).toBe(422);
    expect((await other.json()).error).toMatch(/already used for a different request \(POST \/api\/v1\/productions\/.+\/sessions/);
    const checkIn = await callRoute(
      postCheckIn,
      await apiRequest(`${base()}/check-ins`, { actor: w.performer1, method: "POST", body: session(3), headers: { "Idempotency-Key": "k2" } }),
      { productionId: w.productionId },
    );
    expect(checkIn.status).toBe(422);
    expect(await dbSnapshot(db)).toEqual(before);
  });

  it.each([
    ["empty", ""],
    ["too long", "k".repeat(201)],
    ["with a space", "two words"],
    ["not ASCII", "clé"],
  ])("a key that is %s is a 400 naming the header, and writes nothing", async (_, key) => {
    const before = await dbSnapshot(db);
    const response = await logSession(key);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.fields).toHaveProperty("Idempotency-Key");
    expect(body.error).toContain("Idempotency-Key");
    expect(await dbSnapshot(db)).toEqual(before);
  });

  it("a write without a key is unchanged: each one runs", async () => {
    await logSession(null);
    await logSession(null);
    expect(await sessionsOf(w.performer1.userId)).toBe(2);
    expect(await db.idempotentRequest.count({ where: { actorId: w.performer1.userId } })).toBe(0);
  });
});

describe("at the same time", () => {
  it("eight identical requests write one entry, and all get its answer", async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, () => logSession("burst")));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(responses.filter((r) => r.headers.get("Idempotency-Replayed") === null)).toHaveLength(1);
    const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(1);
    expect(await sessionsOf(w.performer1.userId)).toBe(1);
  });

  it("a repeat that finds the first still running past its wait gets a 409 to retry", async () => {
    setIdempotencyClaimOptionsForTests({ waitMs: 0 });
    const request = await apiRequest(`${base()}/sessions`, { actor: w.performer1, method: "POST", body: session(), headers: { "Idempotency-Key": "slow" } });
    // The first request's claim, as its handler runs (same fingerprint: compute it the way the server does).
    const { requestFingerprint } = await import("@/lib/domain/idempotency");
    const { sha256Hex } = await import("@/lib/server/sha256");
    const url = new URL(request.url);
    const fingerprint = requestFingerprint("POST", url.pathname + url.search, sha256Hex(JSON.stringify(session())));
    await db.idempotentRequest.create({ data: { actorId: w.performer1.userId, key: "slow", fingerprint } });

    const response = await callRoute(postSession, request, { productionId: w.productionId });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatch(/still being processed/);
    expect(await sessionsOf(w.performer1.userId)).toBe(0);
  });
});

describe("keeping keys", () => {
  it("a key older than 24 hours is pruned by the next claim and may run again", async () => {
    expect((await logSession("old")).status).toBe(201);
    await db.idempotentRequest.updateMany({ where: { actorId: w.performer1.userId }, data: { createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) } });
    const again = await logSession("old");
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotency-Replayed")).toBeNull();
    expect(await sessionsOf(w.performer1.userId)).toBe(2);
    expect(await db.idempotentRequest.count({ where: { actorId: w.performer1.userId } })).toBe(1);
  });

  it("a claim abandoned mid-request (its node died) is taken over after five minutes", async () => {
    expect((await logSession("orphan")).status).toBe(201);
    // As if that node had died before storing its answer, six minutes ago.
    await db.idempotentRequest.updateMany({ where: { actorId: w.performer1.userId }, data: { status: null, body: null, createdAt: new Date(Date.now() - 6 * 60 * 1000) } });
    const again = await logSession("orphan");
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotency-Replayed")).toBeNull();
    expect((await logSession("orphan")).headers.get("Idempotency-Replayed")).toBe("true");
  });
});

describe("an entry queued on a device by one account", () => {
  it("is refused with 409, writing nothing, when another account's session sends it", async () => {
    const w = await createWorld(db);
    const body = { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-01", count: 1 };
    const send = async (actor: Actor, queuedBy: string) =>
      callRoute(postSession, await apiRequest(`/api/v1/productions/${w.productionId}/sessions`, { actor, method: "POST", body, headers: { "X-Queued-By": queuedBy } }), { productionId: w.productionId });
    const before = await db.trainingSession.count({ where: { productionId: w.productionId } });
    const other = await send(w.coordinator, w.performer1.userId);
    expect(other.status).toBe(409);
    expect(((await other.json()) as { error: string }).error).toBe(QUEUED_BY_ANOTHER);
    expect(await db.trainingSession.count({ where: { productionId: w.productionId } })).toBe(before);
    expect((await send(w.performer1, w.performer1.userId)).status).toBe(201);
  });
});
