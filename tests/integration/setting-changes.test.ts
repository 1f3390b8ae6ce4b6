// A safety setting never changes unrecorded: every change to a discipline's
// dose limits and to the sign-off policy is written, in the same transaction,
// to an append-only table the database refuses to rewrite.

import { beforeEach, describe, expect, it } from "vitest";
import { PUT as putLimits } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/limits/route";
import { PATCH as patchProduction } from "@/app/api/v1/productions/[productionId]/route";
import { GET as getChanges } from "@/app/api/v1/productions/[productionId]/settings/changes/route";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, type World } from "../support/world";

let db: Db;
let w: World;
const base = () => `/api/v1/productions/${w.productionId}`;

beforeEach(async () => {
  db = await getDb();
  w = await createWorld(db);
});


const setLimits = async (actor: Actor, body: unknown) =>
  callRoute(putLimits, await apiRequest(`${base()}/disciplines/${w.skydive}/limits`, { actor, method: "PUT", body }), {
    productionId: w.productionId,
    disciplineId: w.skydive,
  });
const changes = () => db.settingChange.findMany({ where: { productionId: w.productionId }, orderBy: { createdAt: "asc" } });

describe("changes to safety settings", () => {
  it("a change of dose limits is recorded with who and the values before and after", async () => {
    const response = await setLimits(w.coordinator, { maxPerDay: 10, maxPer7Days: null, minRestDays: 1, hard: true });
    expect(response.status).toBe(200);
    const [change, ...rest] = await changes();
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ actorId: w.coordinator.userId, subject: "discipline-limits", subjectId: w.skydive });
    expect(JSON.parse(change!.before!)).toEqual({ maxPerDay: null, maxPer7Days: null, minRestDays: null, hard: false });
    expect(JSON.parse(change!.after!)).toEqual({ maxPerDay: 10, maxPer7Days: null, minRestDays: 1, hard: true });
  });

  it("a refused request changes nothing and records nothing", async () => {
    expect((await setLimits(w.coordinator, { maxPerDay: 10, maxPer7Days: null, minRestDays: null, hard: "yes" })).status).toBe(400);
    expect((await setLimits(w.performer1, { maxPerDay: 10, maxPer7Days: null, minRestDays: null, hard: true })).status).toBe(403);
    expect(await changes()).toEqual([]);
  });

  it("a change of the sign-off policy is recorded too", async () => {
    const response = await callRoute(
      patchProduction,
      await apiRequest(base(), { actor: w.coordinator, method: "PATCH", body: { coordinatorLogsAreVerified: false } }),
      { productionId: w.productionId },
    );
    expect(response.status).toBe(200);
    const [change] = await changes();
    expect(change).toMatchObject({ subject: "production-policy", subjectId: w.productionId });
    expect(JSON.parse(change!.before!)).toEqual({ coordinatorLogsAreVerified: true });
    expect(JSON.parse(change!.after!)).toEqual({ coordinatorLogsAreVerified: false });
  });

  it("the record cannot be rewritten or removed, even with the database's own client", async () => {
    await setLimits(w.coordinator, { maxPerDay: 10, maxPer7Days: null, minRestDays: null, hard: true });
    const [change] = await changes();
    // SQLite's driver adapter reports a trigger's refusal as a constraint violation without its text,
    // so the proof is that the row is still there, as it was.
    await expect(db.settingChange.updateMany({ where: { id: change!.id }, data: { after: "{}" } })).rejects.toThrow();
    await expect(db.settingChange.deleteMany({ where: { id: change!.id } })).rejects.toThrow();
    expect(await changes()).toEqual([change]);
  });

  it("coordinators read the changes, newest first, with names; others are refused", async () => {
    await setLimits(w.coordinator, { maxPerDay: 10, maxPer7Days: null, minRestDays: null, hard: false });
    await setLimits(w.coordinator, { maxPerDay: 12, maxPer7Days: null, minRestDays: null, hard: true });
    const read = async (actor: Actor) => callRoute(getChanges, await apiRequest(`${base()}/settings/changes`, { actor }), { productionId: w.productionId });
    const response = await read(w.coordinator);
    expect(response.status).toBe(200);
    const list = (await response.json()) as { actor: string; subjectName: string; after: { maxPerDay: number } }[];
    expect(list.map((c) => c.after.maxPerDay)).toEqual([12, 10]);
    expect(list[0]).toMatchObject({ actor: "Coordinator", subjectName: "Skydive" });
    expect((await read(w.performer1)).status).toBe(403);
    expect((await read(w.viewer)).status).toBe(403);
    expect((await read(w.outsider)).status).toBe(404);
  });
});
