// The verifier-credential rule (issue #12): with a kind set on the production,
// a coordinator verifies — one entry, many, or a correction — only while
// holding a valid credential of that kind here. Judged in the writer's
// transaction; refusals write nothing.

import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PATCH as patchProduction, GET as getProduction } from "@/app/api/v1/productions/[productionId]/route";
import { POST as verifyRoute } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/verify/route";
import { logTrainingSession, verifyTrainingSession, verifyTrainingSessions } from "@/lib/data/sessions";
import { ForbiddenError } from "@/lib/domain/errors";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;
// 15 June 2026 in Oslo (the world's production).
const NOW = new Date("2026-06-15T10:00:00Z");

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

beforeEach(async () => {
  await db.credential.deleteMany({});
  await db.production.update({ where: { id: w.productionId }, data: { verifierCredentialKind: "licence" } });
});

async function pending(count = 1): Promise<string> {
  const entry = await logTrainingSession(await scopeOf(w.performer1, w.productionId, NOW), { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-14", count }, NOW);
  return entry.id;
}

function hold(kind: string, expiresOn: string | null, productionId = w.productionId, userId = w.coordinator.userId) {
  return db.credential.create({ data: { productionId, userId, kind, name: `${kind} card`, expiresOn } });
}

async function verifyRefusal(id: string): Promise<string | null> {
  try {
    await verifyTrainingSession(await scopeOf(w.coordinator, w.productionId, NOW), id, NOW);
    return null;
  } catch (error) {
    if (error instanceof ForbiddenError) return error.message;
    throw error;
  }
}

describe("verifying one entry", () => {
  it("is refused without a licence on record, naming why, and writes nothing", async () => {
    const id = await pending();
    const auditBefore = await db.auditEvent.count();
    expect(await verifyRefusal(id)).toBe("Verifying needs a valid licence: you have none on record");
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("names the latest expiry when every licence has lapsed", async () => {
    await hold("licence", "2026-03-03");
    await hold("licence", "2025-12-31");
    expect(await verifyRefusal(await pending())).toBe("Verifying needs a valid licence: yours expired on 3 Mar 2026");
  });

  it("does not count another kind, another production's licence, or someone else's", async () => {
    await hold("medical", null);
    await hold("licence", null, w.otherProductionId);
    await hold("licence", null, w.productionId, w.performer2.userId);
    expect(await verifyRefusal(await pending())).toBe("Verifying needs a valid licence: you have none on record");
  });

  it("allows a licence valid through today (its expiry day) or without expiry", async () => {
    await hold("licence", "2026-06-15");
    expect(await verifyRefusal(await pending())).toBeNull();
    await db.credential.deleteMany({});
    await hold("licence", null);
    expect(await verifyRefusal(await pending())).toBeNull();
  });

  it("does not count a licence not yet issued (issued tomorrow): it is not valid today", async () => {
    await db.credential.create({ data: { productionId: w.productionId, userId: w.coordinator.userId, kind: "licence", name: "Renewed licence", issuedOn: "2026-06-16", expiresOn: null } });
    expect(await verifyRefusal(await pending())).toBe("Verifying needs a valid licence: yours is not valid until 16 Jun 2026");
    // Issued today counts.
    await db.credential.updateMany({ where: { userId: w.coordinator.userId }, data: { issuedOn: "2026-06-15" } });
    expect(await verifyRefusal(await pending())).toBeNull();
  });

  it("a day after expiry in the production's time zone is refused", async () => {
    await hold("licence", "2026-06-14");
    expect(await verifyRefusal(await pending())).toBe("Verifying needs a valid licence: yours expired on 14 Jun 2026");
  });

  it("is a 403 with the reason over the API", async () => {
    await hold("licence", "2001-01-01");
    const id = await pending();
    const response = await callRoute(verifyRoute, await apiRequest(`/api/v1/productions/${w.productionId}/sessions/${id}/verify`, { actor: w.coordinator, method: "POST" }), {
      productionId: w.productionId,
      sessionId: id,
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "Verifying needs a valid licence: yours expired on 1 Jan 2001" });
  });

  it("with the rule cleared, anyone who may verify does", async () => {
    await db.production.update({ where: { id: w.productionId }, data: { verifierCredentialKind: null } });
    expect(await verifyRefusal(await pending())).toBeNull();
  });
});

describe("bulk verify and corrections", () => {
  it("bulk verify skips every entry with the reason", async () => {
    const ids = [await pending(), await pending()];
    const result = await verifyTrainingSessions(await scopeOf(w.coordinator, w.productionId, NOW), { sessionIds: ids }, NOW);
    expect(result).toEqual({ verified: [], skipped: ids.map((id) => ({ id, reason: "Verifying needs a valid licence: you have none on record" })) });
    await hold("licence", null);
    expect((await verifyTrainingSessions(await scopeOf(w.coordinator, w.productionId, NOW), { sessionIds: ids }, NOW)).verified).toEqual(ids);
  });

  it("the verify of a correction is refused too, and its original stays", async () => {
    await hold("licence", null);
    const original = await pending(3);
    expect(await verifyRefusal(original)).toBeNull();
    const correction = await logTrainingSession(
      await scopeOf(w.performer1, w.productionId, NOW),
      { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-14", count: 4, correctsId: original, reason: "Miscounted" },
      NOW,
    );
    await db.credential.updateMany({ data: { expiresOn: "2026-06-01" } });
    expect(await verifyRefusal(correction.id)).toBe("Verifying needs a valid licence: yours expired on 1 Jun 2026");
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: original } })).status).toBe("verified");
  });

  it("a coordinator's own log for someone else waits for sign-off instead of counting as their signature", async () => {
    const scope = await scopeOf(w.coordinator, w.productionId, NOW);
    const entry = await logTrainingSession(scope, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-14", count: 1 }, NOW);
    expect(entry.status).toBe("pending");
    await hold("licence", null);
    const signed = await logTrainingSession(scope, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-14", count: 1 }, NOW);
    expect(signed.status).toBe("verified");
  });
});

describe("the setting", () => {
  const patch = async (actor: typeof w.coordinator, body: unknown) =>
    callRoute(patchProduction, await apiRequest(`/api/v1/productions/${w.productionId}`, { actor, method: "PATCH", body }), { productionId: w.productionId });

  it("is set and cleared by a coordinator, recorded as a policy change, and shown on the production", async () => {
    await db.production.update({ where: { id: w.productionId }, data: { verifierCredentialKind: null } });
    const set = await patch(w.coordinator, { verifierCredentialKind: "medical" });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ verifierCredentialKind: "medical" });
    const change = await db.settingChange.findFirstOrThrow({ where: { productionId: w.productionId }, orderBy: { createdAt: "desc" } });
    expect(change.subject).toBe("production-policy");
    expect([JSON.parse(change.before!), JSON.parse(change.after!)]).toEqual([{ verifierCredentialKind: null }, { verifierCredentialKind: "medical" }]);
    const shown = await callRoute(getProduction, await apiRequest(`/api/v1/productions/${w.productionId}`, { actor: w.viewer }), { productionId: w.productionId });
    expect(await shown.json()).toMatchObject({ verifierCredentialKind: "medical" });
    expect((await patch(w.coordinator, { verifierCredentialKind: null })).status).toBe(200);
    expect((await db.production.findUniqueOrThrow({ where: { id: w.productionId } })).verifierCredentialKind).toBeNull();
  });

  it("refuses an unknown kind, an unknown key and an empty body (400 naming the field); a viewer gets 403; nothing changes", async () => {
    const before = await db.settingChange.count();
    const cases: [unknown, string][] = [
      [{ verifierCredentialKind: "pilot" }, "verifierCredentialKind"],
      [{ verifierCredentialKin: "licence" }, "verifierCredentialKin"],
      [{}, "_form"],
      [{ coordinatorLogsAreVerified: "maybe", verifierCredentialKind: "licence" }, "coordinatorLogsAreVerified"],
    ];
    for (const [body, field] of cases) {
      const response = await patch(w.coordinator, body);
      expect(response.status, field).toBe(400);
      expect(Object.keys(((await response.json()) as { fields: object }).fields), field).toContain(field);
    }
    expect((await patch(w.viewer, { verifierCredentialKind: null })).status).toBe(403);
    expect(await db.settingChange.count()).toBe(before);
    expect((await db.production.findUniqueOrThrow({ where: { id: w.productionId } })).verifierCredentialKind).toBe("licence");
  });
});
