// Credentials and equipment (issue 12): stored with their dates, their status
// computed as of the production's today, managed by the right people, and
// judged by go / no-go.

import { beforeAll, describe, expect, it } from "vitest";
import { GET as listCredentialsRoute, POST as postCredential } from "@/app/api/v1/productions/[productionId]/credentials/route";
import { DELETE as deleteCredentialRoute, PUT as putCredential } from "@/app/api/v1/productions/[productionId]/credentials/[credentialId]/route";
import { GET as listEquipmentRoute, POST as postEquipment } from "@/app/api/v1/productions/[productionId]/equipment/route";
import { DELETE as deleteEquipmentRoute, PUT as putEquipment } from "@/app/api/v1/productions/[productionId]/equipment/[equipmentId]/route";
import { POST as postStunt } from "@/app/api/v1/productions/[productionId]/stunts/route";
import { GET as readinessRoute } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/readiness/route";
import { addDays } from "@/lib/domain/calendar-day";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;
let today: string;

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
  today = (await scopeOf(w.coordinator, w.productionId)).today;
});

type Json = Record<string, unknown> & { fields?: Record<string, string> };
const base = () => `/api/v1/productions/${w.productionId}`;

async function call(handler: unknown, path: string, actor: Actor, method: string, params: Record<string, string>, body?: unknown): Promise<{ status: number; json: Json & Json[] }> {
  const request = await apiRequest(path, { actor, method, ...(body === undefined ? {} : { body }) });
  const response = await callRoute(handler as Parameters<typeof callRoute>[0], request, { productionId: w.productionId, ...params });
  return { status: response.status, json: (await response.json()) as Json & Json[] };
}

const credential = (extra: Record<string, unknown> = {}) => ({ kind: "medical", name: "Class 2 medical", number: "MED-1", issuedOn: "2026-01-01", expiresOn: addDays(today, 100), ...extra });

describe("credentials", () => {
  it("a performer records their own; its status follows the expiry as of today", async () => {
    const valid = await call(postCredential, `${base()}/credentials`, w.performer1, "POST", {}, credential());
    expect(valid.status).toBe(201);
    expect(valid.json).toMatchObject({ userId: w.performer1.userId, person: "Performer One", status: "valid", statusChangesOn: addDays(today, 100 - 29) });
    const expiring = await call(postCredential, `${base()}/credentials`, w.performer1, "POST", {}, credential({ name: "USPA licence", kind: "licence", expiresOn: addDays(today, 29) }));
    expect(expiring.json).toMatchObject({ status: "expiring", statusChangesOn: addDays(today, 30) });
    // Valid through its expiry day; expired the day after.
    const lastDay = await call(postCredential, `${base()}/credentials`, w.performer1, "POST", {}, credential({ name: "Today's", expiresOn: today }));
    expect(lastDay.json.status).toBe("expiring");
    const expired = await call(postCredential, `${base()}/credentials`, w.performer1, "POST", {}, credential({ name: "Old medical", issuedOn: undefined, expiresOn: addDays(today, -1) }));
    expect(expired.json).toMatchObject({ status: "expired", statusChangesOn: null });
    const never = await call(postCredential, `${base()}/credentials`, w.performer1, "POST", {}, credential({ name: "Rigger rating", kind: "rating", expiresOn: "" }));
    expect(never.json).toMatchObject({ expiresOn: null, status: "valid", statusChangesOn: null });
  });

  it("who may see and manage whose: a performer their own, a coordinator anyone's, a viewer reads", async () => {
    const forOther = await call(postCredential, `${base()}/credentials`, w.performer1, "POST", {}, credential({ userId: w.performer2.userId }));
    expect(forOther.status).toBe(403);
    const byCoordinator = await call(postCredential, `${base()}/credentials`, w.coordinator, "POST", {}, credential({ userId: w.performer2.userId, name: "P2 medical" }));
    expect(byCoordinator.status).toBe(201);
    const id = String(byCoordinator.json.id);
    // performer1 cannot see, change or remove performer2's: a 404, as for a credential that does not exist.
    expect((await call(putCredential, `${base()}/credentials/${id}`, w.performer1, "PUT", { credentialId: id }, credential())).status).toBe(404);
    expect((await call(deleteCredentialRoute, `${base()}/credentials/${id}`, w.performer1, "DELETE", { credentialId: id })).status).toBe(404);
    const mine = await call(listCredentialsRoute, `${base()}/credentials`, w.performer1, "GET", {});
    expect(mine.json.every((c) => c.userId === w.performer1.userId)).toBe(true);
    expect((await call(listCredentialsRoute, `${base()}/credentials?userId=${w.performer2.userId}`, w.performer1, "GET", {})).status).toBe(403);
    const all = await call(listCredentialsRoute, `${base()}/credentials`, w.viewer, "GET", {});
    expect(all.json.some((c) => c.id === id)).toBe(true);
    // Soonest expiry first, those without one last.
    const expiries = all.json.map((c) => (c.expiresOn as string | null) ?? "9999");
    expect(expiries).toEqual([...expiries].sort());
    expect((await call(postCredential, `${base()}/credentials`, w.viewer, "POST", {}, credential())).status).toBe(403);
    expect((await call(listCredentialsRoute, `${base()}/credentials`, w.outsider, "GET", {})).status).toBe(404);
  });

  it("a renewal replaces the record; its holder cannot change; a removed one is gone", async () => {
    const made = await call(postCredential, `${base()}/credentials`, w.performer2, "POST", {}, credential({ name: "Medical to renew", expiresOn: addDays(today, -3) }));
    const id = String(made.json.id);
    const renewed = await call(putCredential, `${base()}/credentials/${id}`, w.performer2, "PUT", { credentialId: id }, credential({ name: "Medical to renew", expiresOn: addDays(today, 365) }));
    expect(renewed.json).toMatchObject({ status: "valid", expiresOn: addDays(today, 365) });
    const moved = await call(putCredential, `${base()}/credentials/${id}`, w.coordinator, "PUT", { credentialId: id }, credential({ userId: w.performer1.userId }));
    expect(moved.status).toBe(403);
    expect((await call(deleteCredentialRoute, `${base()}/credentials/${id}`, w.performer2, "DELETE", { credentialId: id })).json).toEqual({ id, deleted: true });
    expect(await db.credential.count({ where: { id } })).toBe(0);
  });

  it("refuses a bad kind, a missing name, an expiry before the issue, an unknown key, a stranger, with the field named and nothing written", async () => {
    const before = await db.credential.count();
    for (const [body, field] of [
      [credential({ kind: "passport" }), "kind"],
      [credential({ name: "" }), "name"],
      [credential({ issuedOn: "2026-05-01", expiresOn: "2026-04-01" }), "expiresOn"],
      [credential({ expiresOn: "2026-02-30" }), "expiresOn"],
      [credential({ colour: "red" }), "colour"],
      [credential({ name: "A\u202Eb" }), "name"],
      [credential({ number: 12 }), "number"],
    ] as const) {
      const answer = await call(postCredential, `${base()}/credentials`, w.coordinator, "POST", {}, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.json.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect((await call(postCredential, `${base()}/credentials`, w.coordinator, "POST", {}, credential({ userId: w.outsider.userId }))).status).toBe(404);
    expect(await db.credential.count()).toBe(before);
  });
});

const gear = (extra: Record<string, unknown> = {}) => ({ name: "Reserve", kind: "reserve", serviceIntervalDays: 180, lastServiceOn: addDays(today, -100), ...extra });

describe("equipment", () => {
  it("is due on the earlier of its service and its expiry; overdue after that day", async () => {
    const ok = await call(postEquipment, `${base()}/equipment`, w.coordinator, "POST", {}, gear());
    expect(ok.status).toBe(201);
    expect(ok.json).toMatchObject({ status: "ok", dueOn: addDays(today, 80), statusChangesOn: addDays(today, 80 - 13) });
    const soon = await call(postEquipment, `${base()}/equipment`, w.coordinator, "POST", {}, gear({ name: "AAD", kind: "aad", expiresOn: addDays(today, 10) }));
    expect(soon.json).toMatchObject({ status: "due_soon", dueOn: addDays(today, 10) });
    const overdue = await call(postEquipment, `${base()}/equipment`, w.coordinator, "POST", {}, gear({ name: "Old reserve", lastServiceOn: addDays(today, -181) }));
    expect(overdue.json).toMatchObject({ status: "overdue", dueOn: addDays(today, -1) });
    const unknown = await call(postEquipment, `${base()}/equipment`, w.coordinator, "POST", {}, gear({ name: "Unknown rig", lastServiceOn: undefined }));
    expect(unknown.json).toMatchObject({ status: "overdue", dueOn: null });
    const helmet = await call(postEquipment, `${base()}/equipment`, w.coordinator, "POST", {}, { name: "Helmet", kind: "helmet", ownerId: w.performer1.userId });
    expect(helmet.json).toMatchObject({ status: "ok", dueOn: null, owner: "Performer One" });
    const list = await call(listEquipmentRoute, `${base()}/equipment`, w.performer2, "GET", {});
    // Most urgent first.
    expect(list.json.map((e) => e.status).slice(0, 2)).toEqual(["overdue", "overdue"]);
  });

  it("is managed by coordinators only; a service in the future, an unknown owner, a bad interval are refused by field", async () => {
    expect((await call(postEquipment, `${base()}/equipment`, w.performer1, "POST", {}, gear())).status).toBe(403);
    expect((await call(postEquipment, `${base()}/equipment`, w.viewer, "POST", {}, gear())).status).toBe(403);
    for (const [body, field] of [
      [gear({ lastServiceOn: addDays(today, 1) }), "lastServiceOn"],
      [gear({ ownerId: w.outsider.userId }), "ownerId"],
      [gear({ serviceIntervalDays: 0 }), "serviceIntervalDays"],
      [gear({ serviceIntervalDays: "often" }), "serviceIntervalDays"],
      [gear({ kind: "parachute" }), "kind"],
      [{ name: "Rig", kind: "rig", lastServiceOn: today }, "serviceIntervalDays"],
    ] as const) {
      const answer = await call(postEquipment, `${base()}/equipment`, w.coordinator, "POST", {}, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.json.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    const made = await call(postEquipment, `${base()}/equipment`, w.coordinator, "POST", {}, gear({ name: "Repacked" , lastServiceOn: addDays(today, -200) }));
    const id = String(made.json.id);
    const repacked = await call(putEquipment, `${base()}/equipment/${id}`, w.coordinator, "PUT", { equipmentId: id }, gear({ name: "Repacked", lastServiceOn: today }));
    expect(repacked.json).toMatchObject({ status: "ok", dueOn: addDays(today, 180) });
    expect((await call(putEquipment, `${base()}/equipment/${id}`, w.performer1, "PUT", { equipmentId: id }, gear())).status).toBe(403);
    expect((await call(deleteEquipmentRoute, `${base()}/equipment/${id}`, w.coordinator, "DELETE", { equipmentId: id })).status).toBe(200);
    expect((await call(deleteEquipmentRoute, `${base()}/equipment/${id}`, w.coordinator, "DELETE", { equipmentId: id })).status).toBe(404);
  });
});

describe("go / no-go judges credentials and equipment", () => {
  it("an expired medical blocks; one expiring before the planned date warns; overdue equipment blocks, equipment due before the date warns", async () => {
    const v = await createWorld(db);
    const p = (path: string) => `/api/v1/productions/${v.productionId}${path}`;
    const as = async (handler: unknown, path: string, method: string, params: Record<string, string>, body?: unknown) => {
      const request = await apiRequest(p(path), { actor: v.coordinator, method, ...(body === undefined ? {} : { body }) });
      const response = await callRoute(handler as Parameters<typeof callRoute>[0], request, { productionId: v.productionId, ...params });
      return (await response.json()) as Json;
    };
    const planned = addDays(today, 20);
    const reserve = await as(postEquipment, "/equipment", "POST", {}, gear({ lastServiceOn: addDays(today, -170) }));
    const stunt = await as(postStunt, "/stunts", "POST", {}, { name: "Cliff jump", plannedDate: planned, performerIds: [v.performer1.userId], equipmentIds: [reserve.id] });
    // The world's goal is far from done; the other reasons are what this test reads.
    const reasons = async () => ((await as(readinessRoute, `/stunts/${stunt.id}/readiness`, "GET", { stuntId: String(stunt.id) })).reasons as { kind: string; blocking: boolean; message: string; performerId: string | null }[]).filter((r) => r.kind.startsWith("credential") || r.kind.startsWith("equipment"));

    expect(await reasons()).toEqual([expect.objectContaining({ kind: "equipment_due_before_shoot", blocking: false, performerId: null, message: expect.stringMatching(/^Reserve: service due .* before the planned date/) })]);
    await as(postCredential, "/credentials", "POST", {}, credential({ userId: v.performer1.userId, expiresOn: addDays(today, 5) }));
    expect((await reasons()).map((r) => [r.kind, r.blocking])).toContainEqual(["credential_expires_before_shoot", false]);
    await as(postCredential, "/credentials", "POST", {}, credential({ userId: v.performer1.userId, name: "Old licence", kind: "licence", expiresOn: addDays(today, -2) }));
    await db.equipment.update({ where: { id: String(reserve.id) }, data: { lastServiceOn: addDays(today, -181) } });
    const now = await reasons();
    expect(now.map((r) => [r.kind, r.blocking])).toEqual(
      expect.arrayContaining([
        ["equipment_overdue", true],
        ["credential_expired", true],
        ["credential_expires_before_shoot", false],
      ]),
    );
    // A renewed medical of the same name makes the old one history.
    await as(postCredential, "/credentials", "POST", {}, credential({ userId: v.performer1.userId, expiresOn: addDays(today, 400) }));
    expect((await reasons()).map((r) => r.kind)).not.toContain("credential_expires_before_shoot");
    // A performer sees the stunt's equipment reasons (not about any one person).
    const request = await apiRequest(p(`/stunts/${stunt.id}/readiness`), { actor: v.performer2 });
    const seen = (await (await callRoute(readinessRoute, request, { productionId: v.productionId, stuntId: String(stunt.id) })).json()) as { reasons: { kind: string }[] };
    expect(seen.reasons.map((r) => r.kind)).toEqual(["equipment_overdue"]);
  });

  it("equipment the stunt depends on, removed from the records, blocks: its service state is unknown, not fine", async () => {
    const v = await createWorld(db);
    const p = (path: string) => `/api/v1/productions/${v.productionId}${path}`;
    const as = async (handler: unknown, path: string, method: string, params: Record<string, string>, body?: unknown) => {
      const request = await apiRequest(p(path), { actor: v.coordinator, method, ...(body === undefined ? {} : { body }) });
      const response = await callRoute(handler as Parameters<typeof callRoute>[0], request, { productionId: v.productionId, ...params });
      return (await response.json()) as Json;
    };
    const rig = await as(postEquipment, "/equipment", "POST", {}, gear({ name: "Main rig", lastServiceOn: today }));
    const stunt = await as(postStunt, "/stunts", "POST", {}, { name: "Cliff jump", plannedDate: addDays(today, 5), performerIds: [v.performer1.userId], equipmentIds: [rig.id] });
    const readiness = async () => (await as(readinessRoute, `/stunts/${stunt.id}/readiness`, "GET", { stuntId: String(stunt.id) })) as { verdict: string; reasons: { kind: string; blocking: boolean; performerId: string | null; message: string }[] };
    expect((await readiness()).reasons.filter((r) => r.kind.startsWith("equipment"))).toEqual([]);
    await as(deleteEquipmentRoute, `/equipment/${rig.id}`, "DELETE", { equipmentId: String(rig.id) });
    const after = await readiness();
    expect(after.verdict).toBe("not_ready");
    expect(after.reasons.filter((r) => r.kind.startsWith("equipment"))).toEqual([
      expect.objectContaining({ kind: "equipment_missing", blocking: true, performerId: null, message: expect.stringMatching(/removed from the records/) }),
    ]);
  });

  it("a stunt's equipment must belong to the production", async () => {
    const other = await createWorld(db);
    const theirs = await db.equipment.create({ data: { productionId: other.productionId, name: "Not ours", kind: "rig" } });
    const answer = await call(postStunt, `${base()}/stunts`, w.coordinator, "POST", {}, { name: "x", performerIds: [w.performer1.userId], equipmentIds: [theirs.id] });
    expect(answer.status).toBe(400);
    expect(answer.json.fields).toHaveProperty("equipmentIds");
  });
});

describe("a credential's scan", () => {
  const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  let credentialId: string;

  async function scan(actor: Actor, method: string, body?: Uint8Array<ArrayBuffer>, contentType?: string, query = "") {
    const { GET, PUT, DELETE } = await import("@/app/api/v1/productions/[productionId]/credentials/[credentialId]/scan/route");
    const handler = method === "GET" ? GET : method === "PUT" ? PUT : DELETE;
    const request = await apiRequest(`${base()}/credentials/${credentialId}/scan${query}`, { actor, method, ...(body ? { rawBody: body, contentType } : {}) });
    return callRoute(handler, request, { productionId: w.productionId, credentialId });
  }

  beforeAll(async () => {
    const made = await call(postCredential, `${base()}/credentials`, w.performer1, "POST", {}, credential({ name: "Licence with scan", kind: "licence" }));
    credentialId = String(made.json.id);
  });

  it("its holder files one; whoever may see the credential gets it back as the same bytes, sandboxed", async () => {
    const put = await scan(w.performer1, "PUT", PDF, "application/pdf", "?fileName=licence%20front.pdf");
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ id: credentialId, scanName: "licence front.pdf" });
    for (const who of [w.performer1, w.viewer, w.coordinator]) {
      const got = await scan(who, "GET");
      expect(got.status).toBe(200);
      expect(got.headers.get("content-type")).toBe("application/pdf");
      expect(got.headers.get("content-security-policy")).toMatch(/sandbox/);
      expect(got.headers.get("x-content-type-options")).toBe("nosniff");
      expect(new Uint8Array(await got.arrayBuffer())).toEqual(PDF);
    }
    // Another performer learns nothing of it, and cannot replace it.
    expect((await scan(w.performer2, "GET")).status).toBe(404);
    expect((await scan(w.performer2, "PUT", PNG, "image/png")).status).toBe(404);
    expect((await scan(w.viewer, "PUT", PNG, "image/png")).status).toBe(403);
  });

  it("refuses a file that is not what it says, another type, an empty or an oversized one, and keeps the scan it had", async () => {
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const cases: [Uint8Array<ArrayBuffer>, string, number, RegExp][] = [
      [html, "application/pdf", 400, /PDF, PNG or JPEG/],
      [PNG, "application/pdf", 400, /image\/png, not the application\/pdf/],
      [new Uint8Array(0), "application/pdf", 400, /empty/],
      [html, "text/html", 415, /application\/pdf/],
      [new Uint8Array(5 * 1024 * 1024 + 1), "image/jpeg", 413, /./],
    ];
    for (const [body, type, status, message] of cases) {
      const answer = await scan(w.performer1, "PUT", body, type);
      expect(answer.status, `${type} ${body.length}`).toBe(status);
      expect(JSON.stringify(await answer.json())).toMatch(message);
    }
    expect(new Uint8Array(await (await scan(w.coordinator, "GET")).arrayBuffer())).toEqual(PDF);
  });

  it("is removed by its holder; then there is none to get", async () => {
    expect((await scan(w.performer1, "DELETE")).status).toBe(200);
    expect((await scan(w.coordinator, "GET")).status).toBe(404);
    const listed = await call(listCredentialsRoute, `${base()}/credentials?userId=${w.performer1.userId}`, w.coordinator, "GET", {});
    expect(listed.json.find((c) => c.id === credentialId)).toMatchObject({ scanName: null });
  });
});

describe("equipment used in a session", () => {
  it("is recorded with the entry, listed, exported; an id from elsewhere is refused by field and nothing is written; deleting the entry drops the links", async () => {
    const { POST: postSession, GET: listSessions } = await import("@/app/api/v1/productions/[productionId]/sessions/route");
    const { DELETE: deleteSession } = await import("@/app/api/v1/productions/[productionId]/sessions/[sessionId]/route");
    const { GET: getExport } = await import("@/app/api/v1/productions/[productionId]/export/route");
    const rig = await call(postEquipment, `${base()}/equipment`, w.coordinator, "POST", {}, { name: "Rig A", kind: "rig" });
    const helmet = await call(postEquipment, `${base()}/equipment`, w.coordinator, "POST", {}, { name: "Helmet", kind: "helmet" });
    const entry = (extra: Record<string, unknown>) => ({ performerId: w.performer1.userId, disciplineId: w.skydive, date: addDays(today, -1), count: 1, ...extra });

    const logged = await call(postSession, `${base()}/sessions`, w.performer1, "POST", {}, entry({ equipmentIds: [rig.json.id, helmet.json.id, rig.json.id] }));
    expect(logged.status).toBe(201);
    expect(logged.json.equipment).toEqual([
      { id: helmet.json.id, name: "Helmet" },
      { id: rig.json.id, name: "Rig A" },
    ]);
    const listed = await call(listSessions, `${base()}/sessions?performerId=${w.performer1.userId}`, w.viewer, "GET", {});
    expect((listed.json as unknown as { entries: Json[] }).entries.find((e) => e.id === logged.json.id)?.equipment).toHaveLength(2);
    const request = await apiRequest(`${base()}/export?format=csv&performerId=${w.performer1.userId}`, { actor: w.coordinator });
    expect(await (await callRoute(getExport, request, { productionId: w.productionId })).text()).toContain("Helmet; Rig A");

    const other = await createWorld(db);
    const foreign = await db.equipment.create({ data: { productionId: other.productionId, name: "Theirs", kind: "rig" } });
    const sessionsBefore = await db.trainingSession.count();
    const refused = await call(postSession, `${base()}/sessions`, w.performer1, "POST", {}, entry({ equipmentIds: [rig.json.id, foreign.id] }));
    expect(refused.status).toBe(400);
    expect(refused.json.fields).toHaveProperty("equipmentIds");
    expect(await db.trainingSession.count()).toBe(sessionsBefore);
    expect((await call(postSession, `${base()}/sessions`, w.performer1, "POST", {}, entry({ equipmentIds: "Rig A" }))).status).toBe(400);

    const id = String(logged.json.id);
    expect((await call(deleteSession, `${base()}/sessions/${id}`, w.performer1, "DELETE", { sessionId: id })).status).toBe(200);
    expect(await db.sessionEquipment.count({ where: { sessionId: id } })).toBe(0);
  });
});
