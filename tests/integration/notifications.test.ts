// The in-app inbox (issue 12): reminders computed from the records of each of
// a person's productions, and read marks that stay with the state they are about.

import { beforeAll, describe, expect, it } from "vitest";
import { GET as getInbox } from "@/app/api/v1/notifications/route";
import { POST as markRead } from "@/app/api/v1/notifications/read/route";
import { addDays } from "@/lib/domain/calendar-day";
import type { Actor } from "@/lib/domain/actor";
import { logTrainingSession, rejectTrainingSession } from "@/lib/data/sessions";
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
  // A credential expiring soon for performer 1, an expired one long ago (not reminded), equipment overdue.
  await db.credential.create({ data: { productionId: w.productionId, userId: w.performer1.userId, kind: "medical", name: "Class 2 medical", expiresOn: addDays(today, 10) } });
  await db.credential.create({ data: { productionId: w.productionId, userId: w.performer1.userId, kind: "licence", name: "Ancient licence", expiresOn: addDays(today, -400) } });
  await db.equipment.create({ data: { productionId: w.productionId, name: "Reserve", kind: "reserve", serviceIntervalDays: 180, lastServiceOn: addDays(today, -200) } });
  // An entry waiting for sign-off for a week, and one of performer 2 sent back.
  const old = await logTrainingSession(await scopeOf(w.performer1, w.productionId), { performerId: w.performer1.userId, disciplineId: w.skydive, date: addDays(today, -7), count: 2 });
  await db.trainingSession.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 7 * 86_400_000) } });
  const sent = await logTrainingSession(await scopeOf(w.performer2, w.productionId), { performerId: w.performer2.userId, disciplineId: w.motorbike, date: addDays(today, -1), count: 5 });
  await rejectTrainingSession(await scopeOf(w.coordinator, w.productionId), sent.id, { reason: "Wrong discipline" });
});

async function inbox(actor: Actor) {
  const response = await callRoute(getInbox, await apiRequest("/api/v1/notifications", { actor }), {});
  expect(response.status).toBe(200);
  return (await response.json()) as { unread: number; items: { key: string; kind: string; text: string; read: boolean; href: string }[] };
}

async function read(actor: Actor, body: unknown) {
  const response = await callRoute(markRead, await apiRequest("/api/v1/notifications/read", { actor, method: "POST", body }), {});
  return { status: response.status, json: (await response.json()) as { unread?: number; fields?: Record<string, string> } };
}

describe("the inbox", () => {
  it("tells a coordinator about waiting entries, expiring credentials and overdue equipment", async () => {
    const box = await inbox(w.coordinator);
    expect(box.items.map((i) => i.kind).sort()).toEqual(["credential_expiring", "equipment_due", "pending_sign_off"]);
    expect(box.items.find((i) => i.kind === "pending_sign_off")!.text).toBe("1 entry has waited for sign-off more than 3 days");
    expect(box.items.find((i) => i.kind === "credential_expiring")!.text).toMatch(/^Performer One's Class 2 medical expires on/);
    expect(box.unread).toBe(3);
  });

  it("tells a performer only about their own records", async () => {
    expect((await inbox(w.performer1)).items.map((i) => i.text)).toEqual([expect.stringMatching(/^Your Class 2 medical expires on/)]);
    expect((await inbox(w.performer2)).items.map((i) => i.text)).toEqual([expect.stringMatching(/^Your Motorbike jump entry of .* was sent back: Wrong discipline$/)]);
    expect((await inbox(w.viewer)).items).toEqual([]);
    expect((await inbox(w.outsider)).items).toEqual([]);
  });

  it("marks read by key or all at once; a read mark is one's own and stays with the state it is about", async () => {
    const box = await inbox(w.coordinator);
    const credential = box.items.find((i) => i.kind === "credential_expiring")!;
    expect((await read(w.coordinator, { keys: [credential.key] })).json.unread).toBe(2);
    // Twice is no error.
    expect((await read(w.coordinator, { keys: [credential.key] })).status).toBe(200);
    expect((await inbox(w.coordinator)).items.find((i) => i.key === credential.key)!.read).toBe(true);
    // The performer's own reminder about the same credential is theirs to read.
    expect((await inbox(w.performer1)).unread).toBe(1);
    expect((await read(w.coordinator, { all: true })).json.unread).toBe(0);

    // Renewed, then soon to expire again: a new state, unread.
    await db.credential.updateMany({ where: { productionId: w.productionId, name: "Class 2 medical" }, data: { expiresOn: addDays(today, 20) } });
    const again = await inbox(w.coordinator);
    expect(again.items.find((i) => i.kind === "credential_expiring")).toMatchObject({ read: false });
  });

  it("reminds of a credential from the day its status turns expiring, not a day before; not of a coordinator's own pending entry", async () => {
    const v = await createWorld(db);
    const day0 = (await scopeOf(v.coordinator, v.productionId)).today;
    await db.credential.create({ data: { productionId: v.productionId, userId: v.performer2.userId, kind: "medical", name: "In 29 days", expiresOn: addDays(day0, 29) } });
    await db.credential.create({ data: { productionId: v.productionId, userId: v.performer2.userId, kind: "medical", name: "In 30 days", expiresOn: addDays(day0, 30) } });
    const texts = (await inbox(v.performer2)).items.map((i) => i.text);
    expect(texts).toEqual([expect.stringMatching(/^Your In 29 days expires on/)]);
    // A coordinator who also performs cannot verify their own entry: it is no reminder for them.
    await db.membership.update({ where: { productionId_userId: { productionId: v.productionId, userId: v.coordinator.userId } }, data: { performs: true } });
    await db.production.update({ where: { id: v.productionId }, data: { coordinatorLogsAreVerified: false } });
    const own = await logTrainingSession(await scopeOf(v.coordinator, v.productionId), { performerId: v.coordinator.userId, disciplineId: v.skydive, date: addDays(day0, -6), count: 1 });
    await db.trainingSession.update({ where: { id: own.id }, data: { createdAt: new Date(Date.now() - 6 * 86_400_000) } });
    expect((await inbox(v.coordinator)).items.map((i) => i.kind)).not.toContain("pending_sign_off");
  });

  it("refuses a body that says neither keys nor all, or both, naming the field; needs a session", async () => {
    for (const body of [{}, { keys: [] }, { keys: ["a"], all: true }, { all: false }, { keys: "a" }, { every: true }]) {
      const answer = await read(w.performer1, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.json.fields ?? {}).length, JSON.stringify(body)).toBeGreaterThan(0);
    }
    expect((await callRoute(getInbox, await apiRequest("/api/v1/notifications"), {})).status).toBe(401);
  });
});
