// Personal API tokens through the real route handlers, on a real database
// (SQLite and PostgreSQL): made with the session cookie, shown once, stored
// as a hash, usable as `Authorization: Bearer` on /api/v1 with the owner's
// permissions narrowed by the scope, and dead once revoked, expired or once
// the owner's sessions are ended. Clocks are injected; nothing waits.

import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getDisciplines, POST as postDiscipline } from "@/app/api/v1/productions/[productionId]/disciplines/route";
import { GET as events } from "@/app/api/v1/productions/[productionId]/events/route";
import { GET as getProductions } from "@/app/api/v1/productions/route";
import { DELETE as deleteToken } from "@/app/api/v1/tokens/[tokenId]/route";
import { GET as listTokens, POST as postToken } from "@/app/api/v1/tokens/route";
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from "@/lib/data/api-tokens";
import { logTrainingSession } from "@/lib/data/sessions";
import { endAllSessions } from "@/lib/data/session-version";
import type { Actor } from "@/lib/domain/actor";
import { MAX_LIVE_TOKENS } from "@/lib/domain/api-token";
import { getDb, type Db } from "@/lib/server/db";
import { loadProfileView } from "@/lib/views/account";
import { apiRequest, params } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

const DAY = 24 * 60 * 60 * 1000;
let names = 0;

async function create(actor: Actor, body: unknown = { name: "CI script", scope: "write", expiresInDays: 30 }) {
  const response = await postToken(await apiRequest("/api/v1/tokens", { actor, method: "POST", body }), params({}));
  return { status: response.status, body: await response.json() };
}

async function tokenFor(actor: Actor, scope: "read" | "write") {
  const { status, body } = await create(actor, { name: `${scope} token`, scope, expiresInDays: 30 });
  expect(status).toBe(201);
  return body as { id: string; token: string };
}

const readDisciplines = async (bearer: string, productionId = w.productionId) =>
  getDisciplines(await apiRequest(`/api/v1/productions/${productionId}/disciplines`, { bearer }), params({ productionId }));

const addDiscipline = async (auth: { bearer?: string; actor?: Actor }, headers: Record<string, string> = {}) => {
  names += 1;
  return postDiscipline(
    await apiRequest(`/api/v1/productions/${w.productionId}/disciplines`, { ...auth, method: "POST", body: { name: `Wire work ${names}`, unit: "pull" }, headers }),
    params({ productionId: w.productionId }),
  );
};

describe("creating and listing", () => {
  it("answers 201 with the token once; only its SHA-256 hash is stored; the list never shows it again", async () => {
    const { status, body } = await create(w.coordinator, { name: "Nightly export", scope: "read", expiresInDays: 7 });
    expect(status).toBe(201);
    expect(body).toMatchObject({ name: "Nightly export", scope: "read", lastUsedAt: null });
    expect(body.token).toMatch(/^sbk_[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(body.expiresAt) - Date.parse(body.createdAt)).toBe(7 * DAY);

    const row = await db.apiToken.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.tokenHash).not.toBe(body.token);
    expect(row.tokenHash).toBe(createHash("sha256").update(body.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(body.token.slice(4));

    const listed = await listTokens(await apiRequest("/api/v1/tokens", { actor: w.coordinator }), params({}));
    expect(listed.status).toBe(200);
    const text = await listed.text();
    expect(text).not.toContain(body.token.slice(4));
    const entry = (JSON.parse(text) as { id: string }[]).find((t) => t.id === body.id);
    expect(entry).toEqual({ id: body.id, name: "Nightly export", scope: "read", createdAt: body.createdAt, expiresAt: body.expiresAt, lastUsedAt: null });
  });

  it("lists only one's own tokens", async () => {
    const mine = await tokenFor(w.performer2, "read");
    const others = await listApiTokens(w.viewer);
    expect(others.map((t) => t.id)).not.toContain(mine.id);
  });

  it("refuses a bad name, scope or expiry with 400 naming the field, and writes nothing", async () => {
    const before = await db.apiToken.count();
    for (const [body, field] of [
      [{ name: "x", scope: "write", expiresInDays: 0 }, "expiresInDays"],
      [{ name: "x", scope: "write", expiresInDays: 366 }, "expiresInDays"],
      [{ name: "x", scope: "write", expiresInDays: 1.5 }, "expiresInDays"],
      [{ name: "x", scope: "admin", expiresInDays: 30 }, "scope"],
      [{ name: " ", scope: "read", expiresInDays: 30 }, "name"],
    ] as const) {
      const { status, body: answer } = await create(w.coordinator, body);
      expect(status).toBe(400);
      expect(Object.keys(answer.fields)).toEqual([field]);
    }
    expect(await db.apiToken.count()).toBe(before);
  });

  it(`allows at most ${MAX_LIVE_TOKENS} live tokens per person (409 beyond); a revoked one frees a place`, async () => {
    const { userId } = w.outsider;
    const live = await listApiTokens(w.outsider);
    for (let i = live.length; i < MAX_LIVE_TOKENS; i++) await createApiToken(w.outsider, { name: `t${i}`, scope: "read", expiresInDays: 1 });
    const refused = await create(w.outsider);
    expect(refused.status).toBe(409);
    expect(await db.apiToken.count({ where: { userId } })).toBe(MAX_LIVE_TOKENS);
    const [first] = await listApiTokens(w.outsider);
    await deleteToken(await apiRequest(`/api/v1/tokens/${first!.id}`, { actor: w.outsider, method: "DELETE" }), params({ tokenId: first!.id }));
    expect((await create(w.outsider)).status).toBe(201);
  });

  it("holds the limit when creations arrive at the same moment", async () => {
    const { viewer } = await createWorld(db);
    // Two places left, eight requests at once: exactly two are made.
    for (let i = 0; i < MAX_LIVE_TOKENS - 2; i++) await createApiToken(viewer, { name: `v${i}`, scope: "read", expiresInDays: 1 });
    const answers = await Promise.all(Array.from({ length: 8 }, () => create(viewer)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 409, 409, 409, 409, 409, 409]);
    expect(await db.apiToken.count({ where: { userId: viewer.userId } })).toBe(MAX_LIVE_TOKENS);
  });

  it("a token cannot mint tokens (403): creating one takes the session cookie", async () => {
    const { token } = await tokenFor(w.coordinator, "write");
    const before = await db.apiToken.count();
    const response = await postToken(
      await apiRequest("/api/v1/tokens", { bearer: token, method: "POST", body: { name: "child", scope: "write", expiresInDays: 1 } }),
      params({}),
    );
    expect(response.status).toBe(403);
    expect(await db.apiToken.count()).toBe(before);
  });

  it("without a session or a token: 401", async () => {
    expect((await create(null as unknown as Actor)).status).toBe(401);
    expect((await listTokens(await apiRequest("/api/v1/tokens"), params({}))).status).toBe(401);
  });
});

describe("using a token", () => {
  it("a read token reads (GET 200) and gets 403 on any write, which writes nothing", async () => {
    const { token } = await tokenFor(w.coordinator, "read");
    expect((await readDisciplines(token)).status).toBe(200);
    const productions = await getProductions(await apiRequest("/api/v1/productions", { bearer: token }), params({}));
    expect(await productions.json()).toEqual([{ id: w.productionId, name: "Test Production", role: "coordinator", timeZone: "Europe/Oslo" }]);
    const before = await db.discipline.count();
    const write = await addDiscipline({ bearer: token });
    expect(write.status).toBe(403);
    expect((await write.json()).error).toMatch(/read-only/);
    expect(await db.discipline.count()).toBe(before);
  });

  it("a write token does what its owner may, and no more", async () => {
    const coordinator = await tokenFor(w.coordinator, "write");
    expect((await addDiscipline({ bearer: coordinator.token })).status).toBe(201);
    // A performer may not add disciplines, with a cookie or a token.
    const performer = await tokenFor(w.performer1, "write");
    expect((await addDiscipline({ bearer: performer.token })).status).toBe(403);
    // An outsider's token finds no production.
    const outsider = await tokenFor(w.viewer, "write");
    expect((await readDisciplines(outsider.token, w.otherProductionId)).status).toBe(404);
  });

  it("skips the Origin check (a token is not an ambient credential) where the cookie is refused", async () => {
    const { token } = await tokenFor(w.coordinator, "write");
    const evil = { origin: "https://evil.example" };
    expect((await addDiscipline({ actor: w.coordinator }, evil)).status).toBe(403);
    expect((await addDiscipline({ bearer: token }, evil)).status).toBe(201);
  });

  it("a malformed or unknown bearer token is a 401 even beside a valid cookie; another scheme leaves the cookie in charge", async () => {
    const request = async (authorization: string) =>
      getDisciplines(
        await apiRequest(`/api/v1/productions/${w.productionId}/disciplines`, { actor: w.coordinator, headers: { authorization } }),
        params({ productionId: w.productionId }),
      );
    expect((await request("Bearer not-a-token")).status).toBe(401);
    expect((await request(`Bearer sbk_${"A".repeat(43)}`)).status).toBe(401);
    expect((await request("Bearer")).status).toBe(401);
    expect((await request("Basic dXNlcjpwYXNz")).status).toBe(200);
  });

  it("records the last use at most once a minute", async () => {
    const t0 = new Date("2027-01-01T10:00:00Z");
    const { id, token } = await createApiToken(w.performer2, { name: "clock", scope: "read", expiresInDays: 2 }, t0);
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt?.toISOString() ?? null;
    expect(await lastUsed()).toBeNull();
    expect(await authenticateApiToken(token, new Date(t0.getTime() + 1000))).toMatchObject({ tokenId: id, scope: "read", claim: { userId: w.performer2.userId } });
    expect(await lastUsed()).toBe("2027-01-01T10:00:01.000Z");
    await authenticateApiToken(token, new Date(t0.getTime() + 30_000));
    expect(await lastUsed()).toBe("2027-01-01T10:00:01.000Z");
    await authenticateApiToken(token, new Date(t0.getTime() + 61_000));
    expect(await lastUsed()).toBe("2027-01-01T10:01:01.000Z");
  });
});

describe("ending a token", () => {
  it("revoked: 401 from the next request, and gone from the list", async () => {
    const { id, token } = await tokenFor(w.coordinator, "write");
    expect((await readDisciplines(token)).status).toBe(200);
    const revoked = await deleteToken(await apiRequest(`/api/v1/tokens/${id}`, { actor: w.coordinator, method: "DELETE" }), params({ tokenId: id }));
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toEqual({ id, revoked: true });
    expect((await readDisciplines(token)).status).toBe(401);
    expect((await listApiTokens(w.coordinator)).map((t) => t.id)).not.toContain(id);
  });

  it("expired: 401 (the clock is injected, at creation and at use)", async () => {
    const longAgo = new Date(Date.now() - 3 * DAY);
    const old = await createApiToken(w.coordinator, { name: "old", scope: "read", expiresInDays: 2 }, longAgo);
    expect((await readDisciplines(old.token)).status).toBe(401);

    const t0 = new Date("2027-03-01T00:00:00Z");
    const fresh = await createApiToken(w.coordinator, { name: "fresh", scope: "read", expiresInDays: 1 }, t0);
    expect(await authenticateApiToken(fresh.token, new Date(t0.getTime() + DAY - 1))).not.toBeNull();
    expect(await authenticateApiToken(fresh.token, new Date(t0.getTime() + DAY))).toBeNull();
  });

  it("an event stream opened with a token closes at the first change after the token is revoked", async () => {
    const { id, token } = await tokenFor(w.viewer, "read");
    const controller = new AbortController();
    const response = await events(
      await apiRequest(`/api/v1/productions/${w.productionId}/events`, { bearer: token, signal: controller.signal }),
      params({ productionId: w.productionId }),
    );
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain(": connected");
    await revokeApiToken(w.viewer, id);
    await logTrainingSession(await scopeOf(w.coordinator, w.productionId), { performerId: w.performer2.userId, disciplineId: w.motorbike, date: "2026-03-01", count: 1 });
    expect((await reader.read()).done).toBe(true);
    controller.abort();
  });

  it("someone else's token id is a 404 on DELETE, and the token keeps working", async () => {
    const { id, token } = await tokenFor(w.performer1, "read");
    const response = await deleteToken(await apiRequest(`/api/v1/tokens/${id}`, { actor: w.performer2, method: "DELETE" }), params({ tokenId: id }));
    expect(response.status).toBe(404);
    expect((await readDisciplines(token)).status).toBe(200);
    const missing = await deleteToken(await apiRequest("/api/v1/tokens/no-such-token", { actor: w.performer2, method: "DELETE" }), params({ tokenId: "no-such-token" }));
    expect(missing.status).toBe(404);
  });

  it("a read token cannot revoke (403); a write token can revoke its owner's tokens", async () => {
    const target = await tokenFor(w.viewer, "read");
    const reader = await tokenFor(w.viewer, "read");
    const writer = await tokenFor(w.viewer, "write");
    const revoke = (bearer: string) => apiRequest(`/api/v1/tokens/${target.id}`, { bearer, method: "DELETE" });
    expect((await deleteToken(await revoke(reader.token), params({ tokenId: target.id }))).status).toBe(403);
    expect((await deleteToken(await revoke(writer.token), params({ tokenId: target.id }))).status).toBe(200);
  });

  it("signing out everywhere ends every token of the account (decision 0010): 401, and no longer listed", async () => {
    const user = await db.user.create({ data: { email: "token-owner@test.test", name: "Token Owner", passwordHash: "scrypt$unused" } });
    await db.membership.create({ data: { productionId: w.productionId, userId: user.id, role: "performer" } });
    const owner = { userId: user.id };
    const { token } = await tokenFor(owner, "write");
    expect((await readDisciplines(token)).status).toBe(200);
    await endAllSessions(owner);
    expect((await readDisciplines(token)).status).toBe(401);
    expect(await listApiTokens(owner)).toEqual([]);
    // A token made after signing in again works (its cookie carries the new version).
    const again = await createApiToken(owner, { name: "after", scope: "read", expiresInDays: 1 });
    expect((await readDisciplines(again.token)).status).toBe(200);
  });
});

describe("the profile page's view", () => {
  it("lists live tokens with scope, created, expires and last use, and never the token", async () => {
    const user = await db.user.create({ data: { email: "profile-tokens@test.test", name: "Profile", passwordHash: "scrypt$unused" } });
    const t0 = new Date("2027-05-01T08:30:00Z");
    const made = await createApiToken({ userId: user.id }, { name: "Sheets sync", scope: "read", expiresInDays: 10 }, t0);
    await authenticateApiToken(made.token, new Date("2027-05-02T09:15:00Z"));
    const view = await loadProfileView({ userId: user.id }, new Date("2027-05-03T00:00:00Z"));
    expect(view?.apiTokens).toEqual([
      { id: made.id, name: "Sheets sync", scope: "read", created: "2027-05-01", expires: "2027-05-11 08:30 UTC", lastUsed: "2027-05-02 09:15 UTC" },
    ]);
    expect(JSON.stringify(view)).not.toContain(made.token.slice(4));
    expect((await loadProfileView({ userId: user.id }, new Date("2027-05-12T00:00:00Z")))?.apiTokens).toEqual([]);
  });
});
