// Joining a production takes the person's consent, and inviting an address
// never tells a coordinator whether it has an account: through the real route
// handlers, real session JWTs and a real database (SQLite and PostgreSQL).

import { beforeEach, describe, expect, it } from "vitest";
import { POST as accept } from "@/app/api/v1/invitations/[invitationId]/accept/route";
import { POST as decline } from "@/app/api/v1/invitations/[invitationId]/decline/route";
import { GET as listInvitations } from "@/app/api/v1/invitations/route";
import { GET as listMembers, POST as invite } from "@/app/api/v1/productions/[productionId]/members/route";
import { GET as getPerformers } from "@/app/api/v1/productions/[productionId]/performers/route";
import { authenticate } from "@/lib/auth/options";
import { listPendingInvitations } from "@/lib/data/invitations";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/password";
import { apiRequest, params } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;

beforeEach(async () => {
  db = await getDb();
  w = await createWorld(db);
});

async function inviteAs(actor: Actor | null, body: unknown, productionId = w.productionId) {
  const response = await invite(await apiRequest(`/api/v1/productions/${productionId}/members`, { actor, method: "POST", body }), params({ productionId }));
  return { status: response.status, body: await response.json() };
}

async function answer(route: typeof accept, actor: Actor | null, invitationId: string) {
  const response = await route(await apiRequest(`/api/v1/invitations/${invitationId}/x`, { actor, method: "POST" }), params({ invitationId }));
  return { status: response.status, body: await response.json() };
}

async function myInvitations(actor: Actor) {
  return (await (await listInvitations(await apiRequest("/api/v1/invitations", { actor }), params({}))).json()) as { id: string; productionId: string }[];
}

const emailOf = async (actor: Actor) => (await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).email;
const performersStatus = async (actor: Actor) =>
  (await getPerformers(await apiRequest(`/api/v1/productions/${w.productionId}/performers`, { actor }), params({ productionId: w.productionId }))).status;

describe("inviting an address", () => {
  it("answers the same whether or not it has an account, and makes nobody a member", async () => {
    const membersBefore = await db.membership.count();
    const existing = await inviteAs(w.coordinator, { email: await emailOf(w.outsider), name: "Probe", role: "performer" });
    const fresh = await inviteAs(w.coordinator, { email: "never-seen@test.test", name: "Probe", role: "performer" });
    expect(existing.status).toBe(201);
    expect(fresh.status).toBe(201);
    const shape = (body: Record<string, unknown>) => Object.fromEntries(Object.entries(body).map(([k, v]) => [k, k === "email" ? "…" : typeof v]));
    expect(shape(existing.body)).toEqual(shape(fresh.body));
    expect(existing.body).toEqual({ email: await emailOf(w.outsider), role: "performer", status: "invited", temporaryPassword: expect.any(String) });
    // Neither the real name nor the id of the account leaks.
    expect(JSON.stringify(existing.body)).not.toMatch(/Outsider|userId/);
    expect(JSON.stringify(existing.body)).not.toContain(w.outsider.userId);
    expect(await db.membership.count()).toBe(membersBefore);
    expect(await performersStatus(w.outsider)).toBe(404);
    // The coordinator sees both as invited, by address only.
    expect((await listPendingInvitations(await scopeOf(w.coordinator, w.productionId))).map((i) => i.email).sort()).toEqual(
      [await emailOf(w.outsider), "never-seen@test.test"].sort(),
    );
  });

  it("is for coordinators; a second invitation of the same address waits for the first answer (409); a member is a 409", async () => {
    const body = { email: "twice@test.test", name: "Twice", role: "viewer" };
    expect((await inviteAs(null, body)).status).toBe(401);
    expect((await inviteAs(w.outsider, body)).status).toBe(404);
    expect((await inviteAs(w.performer1, body)).status).toBe(403);
    expect((await inviteAs(w.coordinator, body)).status).toBe(201);
    expect((await inviteAs(w.coordinator, body)).status).toBe(409);
    expect((await inviteAs(w.coordinator, { ...body, email: await emailOf(w.performer1) })).status).toBe(409);
  });

  it("five at once: one 201 and four 409, never a 500; the same again after a decline", async () => {
    const email = await emailOf(w.outsider);
    const body = { email, name: "Same", role: "performer" };
    const statuses = async () => (await Promise.all(Array.from({ length: 5 }, () => inviteAs(w.coordinator, body)))).map((r) => r.status).sort();
    expect(await statuses()).toEqual([201, 409, 409, 409, 409]);
    const [invitation] = await myInvitations(w.outsider);
    expect((await answer(decline, w.outsider, invitation!.id)).status).toBe(200);
    expect(await statuses()).toEqual([201, 409, 409, 409, 409]);
    expect(await db.invitation.count({ where: { email } })).toBe(1);
  });
});

describe("answering an invitation", () => {
  it("accepting makes the invited person a member with the invited role; only they can, once", async () => {
    expect((await inviteAs(w.coordinator, { email: await emailOf(w.outsider), name: "x", role: "viewer" })).status).toBe(201);
    const [invitation] = await myInvitations(w.outsider);
    expect(invitation).toMatchObject({ productionId: w.productionId, productionName: "Test Production", role: "viewer", invitedBy: "Coordinator" });
    // Nobody else sees or answers it: 404, as if it did not exist.
    expect(await myInvitations(w.performer1)).toEqual([]);
    expect((await answer(accept, w.performer1, invitation!.id)).status).toBe(404);
    expect((await answer(accept, w.coordinator, invitation!.id)).status).toBe(404);
    expect((await answer(decline, w.viewer, invitation!.id)).status).toBe(404);
    expect((await answer(accept, null, invitation!.id)).status).toBe(401);
    expect((await answer(accept, w.outsider, "no-such-invitation")).status).toBe(404);
    expect(await performersStatus(w.outsider)).toBe(404);

    const accepted = await answer(accept, w.outsider, invitation!.id);
    expect(accepted).toEqual({ status: 200, body: { id: invitation!.id, productionId: w.productionId, status: "accepted" } });
    expect(await performersStatus(w.outsider)).toBe(200);
    expect(await db.membership.findUnique({ where: { productionId_userId: { productionId: w.productionId, userId: w.outsider.userId } } })).toMatchObject({
      role: "viewer",
    });
    expect((await answer(accept, w.outsider, invitation!.id)).status).toBe(409);
    expect((await answer(decline, w.outsider, invitation!.id)).status).toBe(409);
    expect(await myInvitations(w.outsider)).toEqual([]);
  });

  it("two answers at once: one wins, the other is a 409", async () => {
    await inviteAs(w.coordinator, { email: await emailOf(w.outsider), name: "x", role: "performer" });
    const [invitation] = await myInvitations(w.outsider);
    const results = await Promise.all([answer(accept, w.outsider, invitation!.id), answer(decline, w.outsider, invitation!.id), answer(accept, w.outsider, invitation!.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(await db.membership.count({ where: { productionId: w.productionId, userId: w.outsider.userId } })).toBeLessThanOrEqual(1);
  });

  it("declining makes nobody a member", async () => {
    await inviteAs(w.coordinator, { email: await emailOf(w.outsider), name: "x", role: "performer" });
    const [invitation] = await myInvitations(w.outsider);
    expect(await answer(decline, w.outsider, invitation!.id)).toEqual({ status: 200, body: { id: invitation!.id, status: "declined" } });
    expect(await performersStatus(w.outsider)).toBe(404);
  });
});

describe("the one-time password of an invitation", () => {
  it("creates the account of a new address at its first sign-in, with the name the coordinator gave", async () => {
    const { body } = await inviteAs(w.coordinator, { email: "Newbie@Test.test", name: "New Bie", role: "performer" });
    expect(await db.user.count({ where: { email: "newbie@test.test" } })).toBe(0);
    expect(await authenticate("newbie@test.test", "not the code")).toBeNull();
    const signedIn = await authenticate("newbie@test.test", body.temporaryPassword);
    expect(signedIn).toMatchObject({ name: "New Bie", email: "newbie@test.test", sessionVersion: 0 });
    // Signing in again uses the account, with the same password.
    expect(await authenticate("newbie@test.test", body.temporaryPassword)).toMatchObject({ id: signedIn!.id });
    const [invitation] = await myInvitations({ userId: signedIn!.id });
    expect((await answer(accept, { userId: signedIn!.id }, invitation!.id)).status).toBe(200);
  });

  it("never opens an existing account: the account keeps its own password", async () => {
    const email = await emailOf(w.outsider);
    await db.user.update({ where: { id: w.outsider.userId }, data: { passwordHash: await hashPassword("outsider's own password") } });
    const { body } = await inviteAs(w.coordinator, { email, name: "Captured?", role: "coordinator" });
    expect(await authenticate(email, body.temporaryPassword)).toBeNull();
    expect(await authenticate(email, "outsider's own password")).toMatchObject({ id: w.outsider.userId, name: "Outsider" });
  });

  it("lists for coordinators only", async () => {
    const response = await listMembers(await apiRequest(`/api/v1/productions/${w.productionId}/members`, { actor: w.viewer }), params({ productionId: w.productionId }));
    expect(response.status).toBe(403);
    await expect(listPendingInvitations(await scopeOf(w.performer1, w.productionId))).rejects.toMatchObject({ status: 403 });
  });
});
