// Outside witnesses (issue #12), through the real route handlers and the
// session writer on a real database: a coordinator or the performer makes a
// link for a pending entry; someone without an account signs it once.

import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getExport } from "@/app/api/v1/productions/[productionId]/export/route";
import { GET as getHistory } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/history/route";
import { POST as postWitnessRequest } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/witness-requests/route";
import { GET as getSessions } from "@/app/api/v1/productions/[productionId]/sessions/route";
import { POST as postWitness } from "@/app/api/v1/witness/[token]/route";
import { deleteTrainingSession, editTrainingSession, logTrainingSession, rejectTrainingSession, verifyTrainingSession } from "@/lib/data/sessions";
import { createWitnessRequest, readWitnessLink } from "@/lib/data/witness-requests";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;
const today = () => new Date().toISOString().slice(0, 10);
const DAY_MS = 24 * 60 * 60 * 1000;
const SIGNATURE = { name: "Kari Nordmann", licenceNumber: "D-12345", confirm: true };

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

/** A pending entry of performer 1 (skydive: the world's goal counts it), logged by themself. */
async function pendingEntry(count = 2, performer: Actor = w.performer1): Promise<string> {
  const entry = await logTrainingSession(await scopeOf(performer, w.productionId), { performerId: performer.userId, disciplineId: w.skydive, date: today(), count });
  expect(entry.status).toBe("pending");
  return entry.id;
}

async function ask(actor: Actor | null, sessionId: string, body: unknown = { name: "Kari Nordmann" }, productionId = w.productionId) {
  const path = `/api/v1/productions/${productionId}/sessions/${sessionId}/witness-requests`;
  return callRoute(postWitnessRequest, await apiRequest(path, { actor, method: "POST", body }), { productionId, sessionId });
}

async function linkFor(sessionId: string, actor: Actor = w.coordinator): Promise<string> {
  const response = await ask(actor, sessionId);
  expect(response.status).toBe(201);
  return tokenOf(((await response.json()) as { url: string }).url);
}

const tokenOf = (url: string) => new URL(url).pathname.replace(/^\/witness\//, "");

async function sign(token: string, body: unknown = SIGNATURE, init: { headers?: Record<string, string>; rawBody?: string; contentType?: string } = {}) {
  return callRoute(postWitness, await apiRequest(`/api/v1/witness/${token}`, { method: "POST", body, ...init }), { token });
}

const entry = (id: string) => db.trainingSession.findUniqueOrThrow({ where: { id } });
const requestOf = (token: string) => db.witnessRequest.findUniqueOrThrow({ where: { tokenHash: createHash("sha256").update(token).digest("hex") } });

describe("making a witness link", () => {
  it("answers 201 with an absolute, one-time url; only the token's SHA-256 is stored; it lasts 7 days", async () => {
    const id = await pendingEntry();
    const response = await ask(w.coordinator, id, { name: "Kari Nordmann", email: "Kari@Dropzone.test" });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; url: string; expiresAt: string };
    // No NEXTAUTH_URL in the tests: the origin the request came to.
    expect(body.url).toMatch(/^http:\/\/localhost\/witness\/sbw_[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(body.url);
    const row = await db.witnessRequest.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    expect(row).toMatchObject({ productionId: w.productionId, sessionId: id, name: "Kari Nordmann", email: "kari@dropzone.test", requestedById: w.coordinator.userId, usedAt: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * DAY_MS);
    expect(body.expiresAt).toBe(row.expiresAt.toISOString());
  });

  it("the performer may ask for their own entry; another performer and a viewer get 403, an outsider 404", async () => {
    const id = await pendingEntry();
    expect((await ask(w.performer1, id)).status).toBe(201);
    expect((await ask(w.performer2, id)).status).toBe(403);
    expect((await ask(w.viewer, id)).status).toBe(403);
    expect((await ask(w.outsider, id)).status).toBe(404);
    // The outsider's own production does not hold this entry either.
    expect((await ask(w.outsider, id, { name: "Kari" }, w.otherProductionId)).status).toBe(404);
    expect((await ask(null, id)).status).toBe(401);
  });

  it("refuses the performer's own email (400 naming email, in any case) and writes nothing", async () => {
    const id = await pendingEntry();
    const { email } = await db.user.findUniqueOrThrow({ where: { id: w.performer1.userId } });
    const before = await db.witnessRequest.count();
    for (const own of [email, email.toUpperCase(), ` ${email} `]) {
      const response = await ask(w.coordinator, id, { name: "Me, really", email: own });
      expect(response.status).toBe(400);
      expect(Object.keys(((await response.json()) as { fields: object }).fields)).toEqual(["email"]);
    }
    expect(await db.witnessRequest.count()).toBe(before);
  });

  it("refuses an entry that is not pending (409) and a missing name (400)", async () => {
    const id = await pendingEntry();
    await verifyTrainingSession(await scopeOf(w.coordinator, w.productionId), id);
    expect((await ask(w.coordinator, id)).status).toBe(409);
    const pending = await pendingEntry();
    const response = await ask(w.coordinator, pending, { email: "kari@dropzone.test" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: Record<string, string> }).fields.name).toBeDefined();
  });
});

describe("the witness signs", () => {
  it("verifies the entry as the outside witness: on the entry, in its history, the logbook JSON, the export, and the goal's totals", async () => {
    const id = await pendingEntry(3);
    const totalBefore = await db.goalTotal.findUniqueOrThrow({ where: { goalId: w.goalId } });
    const token = await linkFor(id);
    const response = await sign(token);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ id, status: "verified", verifiedBy: "Kari Nordmann", verifierCredential: "D-12345" });

    const row = await entry(id);
    expect(row).toMatchObject({ status: "verified", verifiedById: null, witnessName: "Kari Nordmann", witnessLicence: "D-12345" });
    expect(row.verifiedAt).toBeInstanceOf(Date);
    expect(await requestOf(token)).toMatchObject({ witnessName: "Kari Nordmann", witnessLicence: "D-12345" });
    expect((await requestOf(token)).usedAt).toBeInstanceOf(Date);
    const totalAfter = await db.goalTotal.findUniqueOrThrow({ where: { goalId: w.goalId } });
    expect(totalAfter.verified - totalBefore.verified).toBe(3);
    expect(totalAfter.done).toBe(totalBefore.done);

    const history = await callRoute(getHistory, await apiRequest(`/api/v1/productions/${w.productionId}/sessions/${id}/history`, { actor: w.coordinator }), {
      productionId: w.productionId,
      sessionId: id,
    });
    const events = (await history.json()) as { action: string; actorId: string; reason: string | null }[];
    expect(events.at(-1)).toMatchObject({ action: "witness-verify", actorId: w.coordinator.userId, reason: "Verified by Kari Nordmann (D-12345), outside witness" });

    const list = await callRoute(getSessions, await apiRequest(`/api/v1/productions/${w.productionId}/sessions?performerId=${w.performer1.userId}&limit=200`, { actor: w.performer1 }), {
      productionId: w.productionId,
    });
    const json = ((await list.json()) as { entries: Record<string, unknown>[] }).entries.find((e) => e.id === id);
    expect(json).toMatchObject({ status: "verified", verifiedBy: "Kari Nordmann", verifierCredential: "D-12345", verifiedByOutsideWitness: true });

    const exported = await callRoute(getExport, await apiRequest(`/api/v1/productions/${w.productionId}/export?format=json`, { actor: w.coordinator }), {
      productionId: w.productionId,
    });
    const rowOut = ((await exported.json()) as { entries: Record<string, unknown>[] }).entries.find((e) => e.id === id);
    expect(rowOut).toMatchObject({ verifiedBy: "Kari Nordmann", verifierCredential: "D-12345" });
  });

  it("a second use is 410 and changes nothing", async () => {
    const id = await pendingEntry();
    const token = await linkFor(id);
    expect((await sign(token)).status).toBe(200);
    const after = await entry(id);
    const second = await sign(token, { ...SIGNATURE, name: "Someone Else" });
    expect(second.status).toBe(410);
    expect(await entry(id)).toEqual(after);
    expect(await db.auditEvent.count({ where: { sessionId: id, action: "witness-verify" } })).toBe(1);
  });

  it("an expired link is 410: it works until the instant it expires, not at it", async () => {
    const id = await pendingEntry();
    const scope = await scopeOf(w.coordinator, w.productionId);
    const made = new Date(Date.now() - 7 * DAY_MS - 1000);
    const stale = await createWitnessRequest(scope, id, { name: "Kari" }, "http://localhost", made);
    expect((await sign(tokenOf(stale.url))).status).toBe(410);
    expect((await entry(id)).status).toBe("pending");
    expect(await readWitnessLink(tokenOf(stale.url))).toEqual({ state: "expired" });
    // The page's view at the boundary: open a millisecond before, expired at the instant.
    const fresh = await createWitnessRequest(scope, id, { name: "Kari" }, "http://localhost", made);
    const expiresAt = new Date(made.getTime() + 7 * DAY_MS);
    expect((await readWitnessLink(tokenOf(fresh.url), new Date(expiresAt.getTime() - 1)))?.state).toBe("open");
    expect(await readWitnessLink(tokenOf(fresh.url), expiresAt)).toEqual({ state: "expired" });
  });

  it("an unknown, forged or malformed token is 404, and an API token is not a witness token", async () => {
    const id = await pendingEntry();
    await linkFor(id);
    const forged = `sbw_${"A".repeat(43)}`;
    for (const token of [forged, "sbw_short", `sbk_${"A".repeat(43)}`, "x"]) {
      const response = await sign(token);
      expect(response.status, token).toBe(404);
    }
    // Not an id at all (a NUL): refused before any query.
    expect((await sign("sbw_%00")).status).toBe(404);
    expect((await entry(id)).status).toBe("pending");
    expect(await readWitnessLink(forged)).toBeNull();
  });

  it("a link of another production signs only its own entry", async () => {
    // The outsider coordinates the other production, with a performer of its own.
    const other = await db.user.create({ data: { email: `other-performer-${Date.now()}@test.test`, name: "Other Performer", passwordHash: "scrypt$unused" } });
    await db.membership.create({ data: { productionId: w.otherProductionId, userId: other.id, role: "performer" } });
    const theirs = await logTrainingSession(await scopeOf({ userId: other.id }, w.otherProductionId), { performerId: other.id, disciplineId: w.otherDiscipline, date: today(), count: 1 });
    const ours = await pendingEntry();
    const response = await ask(w.outsider, theirs.id, { name: "Pilot" }, w.otherProductionId);
    expect(response.status).toBe(201);
    expect((await sign(tokenOf(((await response.json()) as { url: string }).url))).status).toBe(200);
    expect((await entry(theirs.id)).status).toBe("verified");
    expect((await entry(ours)).status).toBe("pending");
  });

  it("an entry no longer pending is 409 and uses the link up: verified, rejected or deleted meanwhile", async () => {
    const coordinator = await scopeOf(w.coordinator, w.productionId);
    const cases: [string, (id: string) => Promise<unknown>][] = [
      ["verified", (id) => verifyTrainingSession(coordinator, id)],
      ["rejected", (id) => rejectTrainingSession(coordinator, id, { reason: "Wrong day" })],
      ["deleted", async (id) => deleteTrainingSession(await scopeOf(w.performer1, w.productionId), id)],
    ];
    for (const [what, change] of cases) {
      const id = await pendingEntry();
      const token = await linkFor(id);
      await change(id);
      const response = await sign(token);
      expect(response.status, what).toBe(409);
      expect((await requestOf(token)).usedAt, what).toBeInstanceOf(Date);
      expect((await sign(token)).status, what).toBe(410);
      expect(await db.auditEvent.count({ where: { sessionId: id, action: "witness-verify" } })).toBe(0);
    }
  });

  it("a correction signed by a witness replaces its original, and the totals follow", async () => {
    const original = await pendingEntry(4);
    await verifyTrainingSession(await scopeOf(w.coordinator, w.productionId), original);
    const before = await db.goalTotal.findUniqueOrThrow({ where: { goalId: w.goalId } });
    const correction = await logTrainingSession(await scopeOf(w.performer1, w.productionId), {
      performerId: w.performer1.userId,
      disciplineId: w.skydive,
      date: today(),
      count: 6,
      correctsId: original,
      reason: "Miscounted",
    });
    const token = await linkFor(correction.id, w.performer1);
    expect((await sign(token)).status).toBe(200);
    expect((await entry(original)).status).toBe("superseded");
    expect(await entry(correction.id)).toMatchObject({ status: "verified", witnessName: "Kari Nordmann" });
    const after = await db.goalTotal.findUniqueOrThrow({ where: { goalId: w.goalId } });
    expect(after.verified - before.verified).toBe(2);
  });

  it("simultaneous submits of one link verify once: one 200, the rest 410", async () => {
    const id = await pendingEntry(5);
    const token = await linkFor(id);
    const before = await db.goalTotal.findUniqueOrThrow({ where: { goalId: w.goalId } });
    const statuses = await Promise.all(Array.from({ length: 6 }, (_, i) => sign(token, { ...SIGNATURE, name: `Witness ${i}` }).then((r) => r.status)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 410)).toHaveLength(5);
    expect(await db.auditEvent.count({ where: { sessionId: id, action: { in: ["verify", "witness-verify"] } } })).toBe(1);
    const after = await db.goalTotal.findUniqueOrThrow({ where: { goalId: w.goalId } });
    expect(after.verified - before.verified).toBe(5);
    const row = await entry(id);
    expect((await requestOf(token)).witnessName).toBe(row.witnessName);
  });

  it("an entry changed after its link was made cannot be signed through it: 409, nothing verified (the witness confirms what they were shown)", async () => {
    const id = await pendingEntry(2);
    const made = new Date(Date.now() - 60_000);
    const link = await createWitnessRequest(await scopeOf(w.coordinator, w.productionId), id, { name: "Kari" }, "http://localhost", made);
    const token = tokenOf(link.url);
    // The witness opens the page and sees 2 reps.
    expect((await readWitnessLink(token, made))?.state).toBe("open");
    // Meanwhile the performer makes it 40.
    await editTrainingSession(await scopeOf(w.performer1, w.productionId), id, { count: 40 });
    expect(await readWitnessLink(token)).toEqual({ state: "closed" });
    const response = await sign(token);
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: string }).error).toMatch(/changed after the link was made/);
    expect(await entry(id)).toMatchObject({ status: "pending", count: 40, witnessName: null });
    expect(await db.auditEvent.count({ where: { sessionId: id, action: "witness-verify" } })).toBe(0);
    // A link made after the change signs the entry as it now is.
    expect((await sign(await linkFor(id))).status).toBe(200);
  });

  it("two links of one entry: the first to sign wins, the second is 409", async () => {
    const id = await pendingEntry();
    const [first, second] = [await linkFor(id), await linkFor(id, w.performer1)];
    const statuses = await Promise.all([sign(first), sign(second)].map(async (r) => (await r).status));
    expect(statuses.sort()).toEqual([200, 409]);
    expect(await db.auditEvent.count({ where: { sessionId: id, action: "witness-verify" } })).toBe(1);
  });
});

describe("the witness route's guards (no session, same checks)", () => {
  it("refuses a page of another site, a non-JSON body, an oversized body, and a signature that is not exact — writing nothing", async () => {
    const id = await pendingEntry();
    const token = await linkFor(id);
    expect((await sign(token, SIGNATURE, { headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await sign(token, undefined, { rawBody: "name=Kari&licenceNumber=D-1&confirm=true", contentType: "application/x-www-form-urlencoded" })).status).toBe(415);
    expect((await sign(token, undefined, { rawBody: JSON.stringify({ ...SIGNATURE, pad: "x".repeat(70 * 1024) }) })).status).toBe(413);
    const refused: [unknown, string][] = [
      [{ ...SIGNATURE, confirm: false }, "confirm"],
      [{ name: "Kari", licenceNumber: "D-1" }, "confirm"],
      [{ ...SIGNATURE, confirm: "true" }, "confirm"],
      [{ ...SIGNATURE, licenceNumber: " " }, "licenceNumber"],
      [{ ...SIGNATURE, name: "" }, "name"],
      [{ ...SIGNATURE, verifiedById: w.coordinator.userId }, "verifiedById"],
    ];
    for (const [body, field] of refused) {
      const response = await sign(token, body);
      expect(response.status, field).toBe(400);
      expect(Object.keys(((await response.json()) as { fields: object }).fields), field).toContain(field);
    }
    expect((await entry(id)).status).toBe("pending");
    expect((await requestOf(token)).usedAt).toBeNull();
    // The app's own page (same host) may post it.
    expect((await sign(token, SIGNATURE, { headers: { origin: "http://localhost" } })).status).toBe(200);
  });

  it("an outside witness is not held to the production's verifier-credential rule", async () => {
    await db.production.update({ where: { id: w.productionId }, data: { verifierCredentialKind: "licence" } });
    try {
      const id = await pendingEntry();
      expect((await sign(await linkFor(id))).status).toBe(200);
    } finally {
      await db.production.update({ where: { id: w.productionId }, data: { verifierCredentialKind: null } });
    }
  });
});

describe("the witness page's read", () => {
  it("shows an open link's entry with its production, and only a state once used", async () => {
    const id = await pendingEntry(7);
    const token = await linkFor(id);
    const view = await readWitnessLink(token);
    expect(view).toMatchObject({ state: "open", requestedName: "Kari Nordmann", entry: { production: "Test Production", performer: "Performer One", discipline: "Skydive", count: 7, jumps: [] } });
    await sign(token);
    expect(await readWitnessLink(token)).toEqual({ state: "used" });
  });
});
