// Sessions that end when they must, and a sign-in throttle that strangers
// cannot turn against the team: through the real route handlers, real session
// JWTs and a real database (the suite runs on SQLite and on PostgreSQL).

import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as getInvitations } from "@/app/api/v1/invitations/route";
import { DELETE as deleteMember } from "@/app/api/v1/productions/[productionId]/members/[userId]/route";
import { POST as resetPassword } from "@/app/api/v1/productions/[productionId]/members/[userId]/reset-password/route";
import { GET as getPerformers } from "@/app/api/v1/productions/[productionId]/performers/route";
import { GET as getProductions } from "@/app/api/v1/productions/route";
import { authenticate, authOptions, SESSION_MAX_AGE_SECONDS, type SignInRequest } from "@/lib/auth/options";
import { withThrottleStatus } from "@/lib/auth/sign-in-response";
import { currentSessionActor, endAllSessions } from "@/lib/data/session-version";
import { changePassword } from "@/lib/data/users";
import type { Actor } from "@/lib/domain/actor";
import { TooManyRequestsError } from "@/lib/domain/errors";
import { getDb, type Db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";
import { apiRequest, params, sessionCookie } from "../support/api-request";
import { createWorld, type World } from "../support/world";

// One proxy in front (read lazily by env(), once per test file): authorize
// takes the client address from the entry that proxy appended.
process.env.TRUSTED_PROXY = "1";

let db: Db;
let w: World;

beforeEach(async () => {
  db = await getDb();
  w = await createWorld(db);
});

/** A request carrying a session cookie issued at `sessionVersion`. */
async function withCookie(path: string, actor: Actor, sessionVersion: number) {
  return new NextRequest(new URL(path, "http://localhost"), { headers: { cookie: await sessionCookie(actor, sessionVersion) } });
}

/** Status of an API route outside productions and of one inside, for a cookie. */
async function statuses(actor: Actor, sessionVersion: number) {
  const productions = await getProductions(await withCookie("/api/v1/productions", actor, sessionVersion), params({}));
  const performers = await getPerformers(
    await withCookie(`/api/v1/productions/${w.productionId}/performers`, actor, sessionVersion),
    params({ productionId: w.productionId }),
  );
  return [productions.status, performers.status];
}

async function setPassword(actor: Actor, password: string) {
  const user = await db.user.update({ where: { id: actor.userId }, data: { passwordHash: await hashPassword(password) }, select: { email: true } });
  return user.email;
}

const versionOf = async (actor: Actor) => (await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { sessionVersion: true } })).sessionVersion;

describe("sessions end", () => {
  it("when the password changes: the old cookie gets 401 from every route; a new sign-in works", async () => {
    await setPassword(w.performer1, "old password 123");
    expect(await statuses(w.performer1, 0)).toEqual([200, 200]);
    await changePassword(w.performer1, { currentPassword: "old password 123", newPassword: "a brand new password" });
    expect(await statuses(w.performer1, 0)).toEqual([401, 401]);
    const body = await (await getProductions(await withCookie("/api/v1/productions", w.performer1, 0), params({}))).json();
    expect(body.error).toMatch(/Sign in first/);
    // What pages and server actions ask (getActor): the same answer.
    expect(await currentSessionActor({ userId: w.performer1.userId, sessionVersion: 0 })).toBeNull();
    // The next sign-in carries the new version, which works.
    const signedIn = await authenticate((await db.user.findUniqueOrThrow({ where: { id: w.performer1.userId } })).email, "a brand new password");
    expect(signedIn?.sessionVersion).toBe(1);
    expect(await statuses(w.performer1, 1)).toEqual([200, 200]);
    // Other people's sessions are untouched.
    expect(await statuses(w.performer2, 0)).toEqual([200, 200]);
  });

  it('with "sign out everywhere": every cookie issued before it gets 401', async () => {
    expect(await statuses(w.viewer, 0)).toEqual([200, 200]);
    await endAllSessions(w.viewer);
    await endAllSessions(w.viewer);
    expect(await statuses(w.viewer, 0)).toEqual([401, 401]);
    expect(await statuses(w.viewer, 1)).toEqual([401, 401]);
    expect(await statuses(w.viewer, 2)).toEqual([200, 200]);
  });

  it("refuse a cookie without a session version (issued before versions existed) and an expired one", async () => {
    const secret = process.env.NEXTAUTH_SECRET!;
    const unversioned = await encode({ token: { sub: w.viewer.userId }, secret });
    const expired = await encode({ token: { sub: w.viewer.userId, sv: 0 }, secret, maxAge: -60 });
    for (const token of [unversioned, expired]) {
      const request = new NextRequest("http://localhost/api/v1/productions", { headers: { cookie: `next-auth.session-token=${token}` } });
      expect((await getProductions(request, params({}))).status).toBe(401);
    }
  });

  it("last 12 hours, sliding while in use", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(12 * 60 * 60);
    const options = authOptions();
    expect(options.session).toMatchObject({ strategy: "jwt", maxAge: 12 * 60 * 60, updateAge: 60 * 60 });
    expect(options.jwt?.maxAge).toBe(12 * 60 * 60);
  });
});

describe("a coordinator resets a member's password", () => {
  const reset = async (actor: Actor | null, userId: string) =>
    resetPassword(
      await apiRequest(`/api/v1/productions/${w.productionId}/members/${userId}/reset-password`, { actor, method: "POST" }),
      params({ productionId: w.productionId, userId }),
    );

  it("to a one-time password that signs in; the member's sessions end", async () => {
    const email = await setPassword(w.performer1, "forgotten password");
    expect(await statuses(w.performer1, 0)).toEqual([200, 200]);
    const response = await reset(w.coordinator, w.performer1.userId);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({ userId: w.performer1.userId, temporaryPassword: expect.stringMatching(/^[A-Za-z0-9_-]{12}$/) });
    expect(await statuses(w.performer1, 0)).toEqual([401, 401]);
    expect(await authenticate(email, "forgotten password")).toBeNull();
    expect(await authenticate(email, body.temporaryPassword)).toMatchObject({ id: w.performer1.userId, sessionVersion: 1 });
  });

  it("only by a coordinator of the member's production, and never where it would open more than they run", async () => {
    const hashBefore = (await db.user.findUniqueOrThrow({ where: { id: w.performer2.userId } })).passwordHash;
    expect((await reset(null, w.performer2.userId)).status).toBe(401);
    expect((await reset(w.outsider, w.performer2.userId)).status).toBe(404);
    expect((await reset(w.viewer, w.performer2.userId)).status).toBe(403);
    expect((await reset(w.performer1, w.performer2.userId)).status).toBe(403);
    expect((await reset(w.coordinator, "no-such-user")).status).toBe(404);
    expect((await reset(w.coordinator, w.outsider.userId)).status).toBe(404); // not a member here
    expect((await reset(w.coordinator, w.coordinator.userId)).status).toBe(403); // one's own: the profile page
    // performer2 also joins a production this coordinator does not run: a reset would open it to them.
    await db.membership.create({ data: { productionId: w.otherProductionId, userId: w.performer2.userId, role: "viewer" } });
    const refused = await reset(w.coordinator, w.performer2.userId);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/production you do not coordinate/);
    // A fellow coordinator: refused too.
    const fellow = (await db.user.create({ data: { email: "fellow@test.test", name: "Fellow", passwordHash: "scrypt$unused" } })).id;
    await db.membership.create({ data: { productionId: w.productionId, userId: fellow, role: "coordinator" } });
    expect((await reset(w.coordinator, fellow)).status).toBe(403);
    expect((await db.user.findUniqueOrThrow({ where: { id: w.performer2.userId } })).passwordHash).toBe(hashBefore);
    expect(await versionOf(w.performer2)).toBe(0);
  });
});

describe("removing a member", () => {
  const remove = async (actor: Actor | null, userId: string) =>
    deleteMember(
      await apiRequest(`/api/v1/productions/${w.productionId}/members/${userId}`, { actor, method: "DELETE" }),
      params({ productionId: w.productionId, userId }),
    );

  it("ends their access to the production at once, with the same cookie", async () => {
    expect(await statuses(w.performer1, 0)).toEqual([200, 200]);
    expect((await remove(w.performer2, w.performer1.userId)).status).toBe(403);
    expect((await remove(w.viewer, w.performer1.userId)).status).toBe(403);
    expect((await remove(w.outsider, w.performer1.userId)).status).toBe(404);
    expect((await remove(null, w.performer1.userId)).status).toBe(401);
    const response = await remove(w.coordinator, w.performer1.userId);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ userId: w.performer1.userId, removed: true });
    // Signed in still (other productions would work), but this one is gone: 404, as for any outsider.
    expect(await statuses(w.performer1, 0)).toEqual([200, 404]);
    expect((await remove(w.coordinator, w.performer1.userId)).status).toBe(404);
    // Their logbook stays.
    expect(await db.goal.count({ where: { id: w.goalId } })).toBe(1);
  });

  it("never the last coordinator, even when two coordinators remove each other at once", async () => {
    expect((await remove(w.coordinator, w.coordinator.userId)).status).toBe(409);
    const second = (await db.user.create({ data: { email: "second@test.test", name: "Second", passwordHash: "scrypt$unused" } })).id;
    await db.membership.create({ data: { productionId: w.productionId, userId: second, role: "coordinator" } });
    const both = await Promise.all([remove(w.coordinator, second), remove({ userId: second }, w.coordinator.userId)]);
    // One wins; the other finds the last coordinator (409) or, once removed itself, no production (404).
    const statuses = both.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([404, 409]).toContain(statuses[1]);
    expect(await db.membership.count({ where: { productionId: w.productionId, role: "coordinator" } })).toBe(1);
  });
});

describe("sign-in throttling", () => {
  const email = async (actor: Actor) => (await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).email;
  const from = (address: string | null, knownDeviceToken: string | null = null): SignInRequest => ({ address, knownDeviceToken });
  const outcome = (attempt: Promise<unknown>) =>
    attempt.then(
      (result) => (result ? "signed in" : "wrong"),
      (error: unknown) => (error instanceof TooManyRequestsError ? "429" : Promise.reject(error)),
    );

  it("a stranger's 50 wrong guesses from one address do not stop the real user signing in from a known device", async () => {
    const realEmail = await email(w.performer1);
    await setPassword(w.performer1, "the real password");
    const now = Date.now();
    const earlier = await authenticate(realEmail, "the real password", from("198.51.100.7"), now - 60_000);
    expect(earlier).not.toBeNull();

    const guesses: string[] = [];
    for (let i = 0; i < 50; i++) guesses.push(await outcome(authenticate(realEmail, `guess ${i}`, from("203.0.113.66"), now + i)));
    // Ten reach the password check; every later guess is refused before it.
    expect(guesses.filter((g) => g === "wrong")).toHaveLength(10);
    expect(guesses.filter((g) => g === "429")).toHaveLength(40);

    // The owner, from the browser that signed in before (its known-device cookie), at another address: in.
    expect(await outcome(authenticate(realEmail, "the real password", from("198.51.100.7", earlier!.knownDeviceToken), now + 100))).toBe("signed in");
    // The same cookie at any address (a phone changing networks) works too.
    expect(await outcome(authenticate(realEmail, "the real password", from("192.0.2.1", earlier!.knownDeviceToken), now + 101))).toBe("signed in");
    // A browser the account does not know waits, whoever it is: the price of refusing the stranger.
    expect(await outcome(authenticate(realEmail, "the real password", from("192.0.2.1"), now + 102))).toBe("429");
    // Someone else's known-device cookie means nothing for this account.
    const performer2Email = await setPassword(w.performer2, "p2 password");
    const performer2Token = (await authenticate(performer2Email, "p2 password", from("192.0.2.2"), now))!.knownDeviceToken;
    expect(await outcome(authenticate(realEmail, "the real password", from("192.0.2.1", performer2Token), now + 103))).toBe("429");
    // Fifteen minutes after the stranger's first failure, unknown browsers may try again.
    expect(await outcome(authenticate(realEmail, "the real password", from("192.0.2.1"), now + 15 * 60_000 + 10))).toBe("signed in");
  });

  it("one address is refused after its budget, whatever accounts it tries, with 429 and Retry-After; others are not", async () => {
    const now = Date.now();
    const sprayed: string[] = [];
    for (let i = 0; i < 25; i++) sprayed.push(await outcome(authenticate(`nobody-${i}@test.test`, "Summer2026!", from("203.0.113.5"), now + i)));
    expect(sprayed.slice(0, 20).every((g) => g === "wrong")).toBe(true);
    expect(sprayed.slice(20).every((g) => g === "429")).toBe(true);
    // Refused attempts were never counted (nor hashed): exactly the budget is stored.
    expect(await db.signInAttempt.count({ where: { key: "client:address:203.0.113.5" } })).toBe(20);

    const refusal = await authenticate("nobody-0@test.test", "x", from("203.0.113.5"), now + 1000).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(TooManyRequestsError);
    const { status, retryAfterSeconds, message } = refusal as TooManyRequestsError;
    expect(status).toBe(429);
    expect(retryAfterSeconds).toBe(15 * 60 - 1); // the first attempt (at now) leaves the window at now + 15 min
    expect(message).toBe("Too many attempts; try again in 15 minutes.");

    // Through next-auth's authorize and the sign-in route's answer: 429 with Retry-After.
    const provider = authOptions().providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } };
    const thrown = await provider.options
      .authorize({ email: "nobody-0@test.test", password: "x" }, { headers: { "x-forwarded-for": "1.1.1.1, 203.0.113.5" } })
      .catch((e: unknown) => e as Error);
    expect(thrown).toBeInstanceOf(Error);
    const answer = await withThrottleStatus(
      Response.json({ url: `http://localhost:3000/api/auth/error?error=${encodeURIComponent((thrown as Error).message)}` }),
    );
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect((await answer.json()).error).toMatch(/^Too many attempts; try again in 1[45] minutes\.$/);

    // Another address is not affected, and the address gets its budget back after the window.
    expect(await outcome(authenticate("nobody-0@test.test", "x", from("203.0.113.6"), now + 2000))).toBe("wrong");
    expect(await outcome(authenticate("nobody-0@test.test", "x", from("203.0.113.5"), now + 15 * 60_000 + 30))).toBe("wrong");
  });
});

describe("GET /api/v1/invitations with an ended session", () => {
  it("is a 401 like every other route", async () => {
    await endAllSessions(w.outsider);
    const response = await getInvitations(await withCookie("/api/v1/invitations", w.outsider, 0), params({}));
    expect(response.status).toBe(401);
  });
});
