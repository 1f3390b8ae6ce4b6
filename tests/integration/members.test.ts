import { beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute, POST as addRoute } from "@/app/api/v1/productions/[productionId]/members/route";
import type { Actor } from "@/lib/domain/actor";
import { authenticate } from "@/lib/auth/options";
import { getDb } from "@/lib/server/db";
import { acceptInvitation, listMyInvitations } from "@/lib/data/invitations";
import { listPerformers } from "@/lib/data/performers";
import { apiRequest, params } from "../support/api-request";
import { createWorld, type World, scopeOf } from "../support/world";

let w: World;

beforeEach(async () => {
  w = await createWorld(await getDb());
});

async function add(actor: Actor | null, body: unknown) {
  const response = await addRoute(await apiRequest(`/api/v1/productions/${w.productionId}/members`, { actor, method: "POST", body }), params({ productionId: w.productionId }));
  return { status: response.status, body: await response.json() };
}

describe("members", () => {
  it("only coordinators invite; a new address signs in with its one-time password and joins by accepting", async () => {
    const newcomer = { email: `Rider-${Date.now()}@Test.test`, name: "New Rider", role: "performer" };
    expect((await add(null, newcomer)).status).toBe(401);
    expect((await add(w.outsider, newcomer)).status).toBe(404);
    expect((await add(w.viewer, newcomer)).status).toBe(403);
    expect((await add(w.performer1, newcomer)).status).toBe(403);
    expect((await add(w.coordinator, { ...newcomer, role: "stuntman" })).body.fields).toEqual({ role: "Choose a role" });

    const added = await add(w.coordinator, newcomer);
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ email: newcomer.email.toLowerCase(), role: "performer", status: "invited", temporaryPassword: expect.any(String) });
    const signedIn = await authenticate(newcomer.email, added.body.temporaryPassword);
    expect(signedIn).toMatchObject({ name: "New Rider" });
    const rider = { userId: signedIn!.id };
    const [invitation] = await listMyInvitations(rider);
    expect(invitation).toMatchObject({ productionId: w.productionId, productionName: "Test Production", role: "performer", invitedBy: "Coordinator" });
    expect((await listPerformers(await scopeOf(w.coordinator, w.productionId))).map((p) => p.name)).not.toContain("New Rider");
    await acceptInvitation(rider, invitation!.id);
    expect((await listPerformers(await scopeOf(w.coordinator, w.productionId))).map((p) => p.name)).toContain("New Rider");
    expect((await add(w.coordinator, newcomer)).status).toBe(409);
  });

  it("invites an existing account without touching its password, and lists members for coordinators", async () => {
    const db = await getDb();
    const existing = await db.user.findUniqueOrThrow({ where: { id: w.outsider.userId } });
    const added = await add(w.coordinator, { email: existing.email, name: "ignored", role: "viewer" });
    expect(added.body).toEqual({ email: existing.email, role: "viewer", status: "invited", temporaryPassword: expect.any(String) });
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).passwordHash).toBe(existing.passwordHash);
    const [invitation] = await listMyInvitations(w.outsider);
    await acceptInvitation(w.outsider, invitation!.id);
    const list = await listRoute(await apiRequest(`/api/v1/productions/${w.productionId}/members`, { actor: w.coordinator }), params({ productionId: w.productionId }));
    expect((await list.json()).map((m: { name: string }) => m.name)).toContain("Outsider");
    const refused = await listRoute(await apiRequest(`/api/v1/productions/${w.productionId}/members`, { actor: w.performer1 }), params({ productionId: w.productionId }));
    expect(refused.status).toBe(403);
  });
});

describe("changing one's password", () => {
  it("needs the current password and a long enough new one", async () => {
    const { changePassword } = await import("@/lib/data/users");
    const { hashPassword } = await import("@/lib/server/password");
    const db = await getDb();
    const user = await db.user.update({ where: { id: w.performer1.userId }, data: { passwordHash: await hashPassword("old password 123") } });
    const fields = async (input: unknown) => ((await changePassword(w.performer1, input).catch((e: unknown) => e)) as { fields?: unknown }).fields;
    expect(await fields({ currentPassword: "wrong", newPassword: "a brand new password" })).toEqual({ currentPassword: "That is not your current password" });
    expect(await fields({ currentPassword: "old password 123", newPassword: "short" })).toEqual({ newPassword: "Use at least 12 characters" });
    await changePassword(w.performer1, { currentPassword: "old password 123", newPassword: "a brand new password" });
    expect(await authenticate(user.email, "a brand new password")).toMatchObject({ id: user.id });
    expect(await authenticate(user.email, "old password 123")).toBeNull();
  });
});
