// Per-jump detail (issue 11): rows written by the session writer with their
// entry, read back by the API, refused as a whole when anything is wrong.

import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteSession, PATCH as patchSession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/route";
import { GET as listSessions, POST as postSession } from "@/app/api/v1/productions/[productionId]/sessions/route";
import { GET as getExport } from "@/app/api/v1/productions/[productionId]/export/route";
import { GET as getPerformerProgressRoute } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/progress/route";
import { GET as getProgressRoute } from "@/app/api/v1/productions/[productionId]/progress/route";
import { logTrainingSession, rejectTrainingSession, verifyTrainingSession } from "@/lib/data/sessions";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
  await db.discipline.update({ where: { id: w.skydive }, data: { recordsJumps: true } });
});

const jump = (jumpNumber: number, extra: Record<string, unknown> = {}) => ({
  jumpNumber,
  exitAltitudeFt: 13_500,
  deploymentAltitudeFt: 4_000,
  freefallSeconds: 60,
  jumpType: "Belly",
  aircraft: "Twin Otter",
  dropzone: "Voss",
  equipment: "Sabre3 170",
  landingDistanceM: 12,
  ...extra,
});

async function post(body: Record<string, unknown>) {
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/sessions`, { actor: w.coordinator, method: "POST", body });
  const response = await callRoute(postSession, request, { productionId: w.productionId });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & { fields?: Record<string, string> } };
}

const skydives = (date: string, jumps: unknown[] | undefined, count = jumps?.length ?? 1) => ({
  performerId: w.performer1.userId,
  disciplineId: w.skydive,
  date,
  count,
  ...(jumps ? { jumps } : {}),
});

const jumpsOf = (sessionId: string) => db.jump.findMany({ where: { sessionId }, orderBy: { jumpNumber: "asc" } });

describe("logging jumps", () => {
  it("writes one row per jump with the entry and returns them (feet, metres, seconds)", async () => {
    const { status, json } = await post(skydives("2026-03-02", [jump(1), jump(2, { notes: "Hop and pop", freefallSeconds: 5 })]));
    expect(status).toBe(201);
    const rows = json.jumps as { jumpNumber: number; exitAltitudeFt: number; freefallSeconds: number; notes: string | null }[];
    expect(rows.map((r) => r.jumpNumber)).toEqual([1, 2]);
    expect(rows[0]).toMatchObject({ exitAltitudeFt: 13_500, deploymentAltitudeFt: 4_000, landingDistanceM: 12, notes: null });
    expect(rows[1]).toMatchObject({ freefallSeconds: 5, notes: "Hop and pop" });
    expect(await jumpsOf(String(json.id))).toHaveLength(2);

    // The logbook listing and the JSON export carry them; an entry without rows has no `jumps` key.
    const plain = await post(skydives("2026-03-03", undefined, 3));
    expect(plain.status).toBe(201);
    expect(plain.json).not.toHaveProperty("jumps");
    const listRequest = await apiRequest(`/api/v1/productions/${w.productionId}/sessions?performerId=${w.performer1.userId}`, { actor: w.coordinator });
    const list = (await (await callRoute(listSessions, listRequest, { productionId: w.productionId })).json()) as { entries: { id: string; jumps?: unknown[] }[] };
    expect(list.entries.find((e) => e.id === json.id)?.jumps).toHaveLength(2);
    expect(list.entries.find((e) => e.id === plain.json.id)).not.toHaveProperty("jumps");
    const exportRequest = await apiRequest(`/api/v1/productions/${w.productionId}/export?format=json&performerId=${w.performer1.userId}`, { actor: w.coordinator });
    const exported = (await (await callRoute(getExport, exportRequest, { productionId: w.productionId })).json()) as { entries: { id: string; jumps: string | null }[] };
    expect(JSON.parse(exported.entries.find((e) => e.id === json.id)!.jumps!)).toHaveLength(2);
  });

  it("refuses rows whose number differs from the count, naming jumps", async () => {
    const before = await db.trainingSession.count();
    const { status, json } = await post(skydives("2026-03-04", [jump(10), jump(11)], 3));
    expect(status).toBe(400);
    expect(json.fields).toHaveProperty("jumps");
    expect(await db.trainingSession.count()).toBe(before);
  });

  it("refuses rows for a discipline that does not record jumps", async () => {
    const before = await db.jump.count();
    const { status, json } = await post({ ...skydives("2026-03-04", [jump(20)]), disciplineId: w.motorbike });
    expect(status).toBe(400);
    expect(json.fields).toHaveProperty("jumps");
    expect(await db.jump.count()).toBe(before);
  });

  it("refuses bad rows: deployment above exit, out-of-range values, a number used twice in the payload", async () => {
    const bad = await post(skydives("2026-03-04", [jump(30, { deploymentAltitudeFt: 14_000 }), jump(31, { exitAltitudeFt: 40_001 }), jump(31, { freefallSeconds: 601 })]));
    expect(bad.status).toBe(400);
    expect(bad.json.fields).toMatchObject({
      "jumps.0.deploymentAltitudeFt": expect.stringContaining("below"),
      "jumps.1.exitAltitudeFt": expect.stringContaining("40,000"),
      "jumps.2.freefallSeconds": expect.stringContaining("600"),
    });
  });

  it("refuses a jump number the performer already logged, and writes nothing", async () => {
    const entries = await db.trainingSession.count();
    const jumps = await db.jump.count();
    const { status, json } = await post(skydives("2026-03-05", [jump(40), jump(2)]));
    expect(status).toBe(400);
    expect(json.fields).toEqual({ "jumps.1.jumpNumber": expect.stringContaining("already") });
    expect(await db.trainingSession.count()).toBe(entries);
    expect(await db.jump.count()).toBe(jumps);
    // Another performer has their own numbering.
    const other = await post({ ...skydives("2026-03-05", [jump(2)]), performerId: w.performer2.userId });
    expect(other.status).toBe(201);
  });

  it("keeps the count of an entry with rows, and deleting a pending entry deletes its rows", async () => {
    const performerScopeBody = { ...skydives("2026-03-06", [jump(50), jump(51)]), performerId: w.performer1.userId };
    const request = await apiRequest(`/api/v1/productions/${w.productionId}/sessions`, { actor: w.performer1, method: "POST", body: performerScopeBody });
    const response = await callRoute(postSession, request, { productionId: w.productionId });
    expect(response.status).toBe(201);
    const entry = (await response.json()) as { id: string; status: string };
    expect(entry.status).toBe("pending");
    const path = `/api/v1/productions/${w.productionId}/sessions/${entry.id}`;
    const params = { productionId: w.productionId, sessionId: entry.id };

    const recount = await callRoute(patchSession, await apiRequest(path, { actor: w.performer1, method: "PATCH", body: { count: 3 } }), params);
    expect(recount.status).toBe(400);
    expect(((await recount.json()) as { fields: Record<string, string> }).fields).toHaveProperty("count");
    const toMotorbike = await callRoute(patchSession, await apiRequest(path, { actor: w.performer1, method: "PATCH", body: { disciplineId: w.motorbike } }), params);
    expect(toMotorbike.status).toBe(400);
    const notes = await callRoute(patchSession, await apiRequest(path, { actor: w.performer1, method: "PATCH", body: { notes: "Two loads" } }), params);
    expect(notes.status).toBe(200);

    const removed = await callRoute(deleteSession, await apiRequest(path, { actor: w.performer1, method: "DELETE" }), params);
    expect(removed.status).toBe(200);
    expect(await jumpsOf(entry.id)).toHaveLength(0);
    // The numbers are free again.
    expect((await post(skydives("2026-03-06", [jump(50)]))).status).toBe(201);
  });
});

describe("cumulative freefall", () => {
  let v: World;
  const NOW = new Date("2026-04-30T12:00:00Z");
  const rows = (numbers: number[], freefallSeconds: number) => numbers.map((n) => ({ jumpNumber: n, freefallSeconds }));

  async function freefall(): Promise<{ performer: number | undefined; team: number | undefined; motorbike: Record<string, unknown> }> {
    const one = await apiRequest(`/api/v1/productions/${v.productionId}/performers/${v.performer1.userId}/progress?asOf=2026-04-30`, { actor: v.coordinator });
    const mine = (await (await callRoute(getPerformerProgressRoute, one, { productionId: v.productionId, performerId: v.performer1.userId })).json()) as {
      goals: { goalId: string; freefallSeconds?: number }[];
    };
    const all = await apiRequest(`/api/v1/productions/${v.productionId}/progress?asOf=2026-04-30`, { actor: v.coordinator });
    const team = (await (await callRoute(getProgressRoute, all, { productionId: v.productionId })).json()) as {
      performers: { performerId: string; goals: { goalId: string; freefallSeconds?: number }[] }[];
    };
    const teamGoals = team.performers.find((p) => p.performerId === v.performer1.userId)!.goals;
    return {
      performer: mine.goals.find((g) => g.goalId === v.goalId)?.freefallSeconds,
      team: teamGoals.find((g) => g.goalId === v.goalId)?.freefallSeconds,
      motorbike: mine.goals.find((g) => g.goalId !== v.goalId)!,
    };
  }

  beforeAll(async () => {
    v = await createWorld(db);
    await db.discipline.update({ where: { id: v.skydive }, data: { recordsJumps: true } });
    await db.goal.create({
      data: { productionId: v.productionId, performerId: v.performer1.userId, disciplineId: v.motorbike, target: 100, startDate: "2026-01-01", deadline: "2026-12-31" },
    });
  });

  it("adds up the freefall of counting sessions only: never rejected, superseded or a pending correction", async () => {
    const coordinator = await scopeOf(v.coordinator, v.productionId, NOW);
    const performer = await scopeOf(v.performer1, v.productionId, NOW);
    const entry = (date: string, count: number, extra: Record<string, unknown>) => ({ performerId: v.performer1.userId, disciplineId: v.skydive, date, count, ...extra });

    expect(await freefall()).toMatchObject({ performer: 0, team: 0 });
    const original = await logTrainingSession(coordinator, entry("2026-04-01", 2, { jumps: rows([1, 2], 60) }), NOW);
    expect(original.status).toBe("verified");
    const pending = await logTrainingSession(performer, entry("2026-04-02", 1, { jumps: rows([3], 45) }), NOW);
    expect(await freefall()).toMatchObject({ performer: 165, team: 165 });

    await rejectTrainingSession(coordinator, pending.id, { reason: "Wrong day" }, NOW);
    expect(await freefall()).toMatchObject({ performer: 120, team: 120 });

    const correction = await logTrainingSession(performer, entry("2026-04-01", 2, { correctsId: original.id, reason: "Short delays", jumps: rows([10, 11], 30) }), NOW);
    expect(correction.status).toBe("pending");
    expect(await freefall()).toMatchObject({ performer: 120, team: 120 });

    await verifyTrainingSession(coordinator, correction.id, NOW);
    expect(await freefall()).toMatchObject({ performer: 60, team: 60 });
    // A discipline that does not record jumps has no freefall at all.
    expect((await freefall()).motorbike).not.toHaveProperty("freefallSeconds");
  });
});

describe("milestones that require freefall", () => {
  let v: World;
  const NOW = new Date("2026-04-30T12:00:00Z");

  async function postGoal(body: Record<string, unknown>) {
    const { POST } = await import("@/app/api/v1/productions/[productionId]/goals/route");
    const response = await callRoute(POST, await apiRequest(`/api/v1/productions/${v.productionId}/goals`, { actor: v.coordinator, method: "POST", body }), { productionId: v.productionId });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> & { fields?: Record<string, string> } };
  }

  async function milestones(goalId: string) {
    const request = await apiRequest(`/api/v1/productions/${v.productionId}/performers/${v.performer2.userId}/progress?asOf=2026-04-30`, { actor: v.coordinator });
    const body = (await (await callRoute(getPerformerProgressRoute, request, { productionId: v.productionId, performerId: v.performer2.userId })).json()) as {
      goals: { goalId: string; freefallSeconds?: number; milestones: { name: string; freefallMinutes: number | null; reachedOn: string | null; projectedOn: string | null }[] }[];
    };
    const goal = body.goals.find((g) => g.goalId === goalId)!;
    return { freefall: goal.freefallSeconds, byName: Object.fromEntries(goal.milestones.map((m) => [m.name, m])) };
  }

  beforeAll(async () => {
    v = await createWorld(db);
    await db.discipline.update({ where: { id: v.skydive }, data: { recordsJumps: true } });
  });

  it("a goal takes them for a jump discipline only, and names the milestone's field otherwise", async () => {
    const refused = await postGoal({
      performerId: v.performer2.userId,
      disciplineId: v.motorbike,
      target: 100,
      startDate: "2026-01-01",
      deadline: "2026-12-31",
      milestones: [{ name: "Fifty", count: 50 }, { name: "Airtime", count: 60, freefallMinutes: 10 }],
    });
    expect(refused.status).toBe(400);
    expect(refused.json.fields).toEqual({ "milestones.1.freefallMinutes": expect.stringContaining("Motorbike jump does not record jumps") });
    expect(await db.goal.count({ where: { productionId: v.productionId, performerId: v.performer2.userId } })).toBe(0);
  });

  it("is reached when both the count and the cumulative freefall are, on the later day", async () => {
    const created = await postGoal({
      performerId: v.performer2.userId,
      disciplineId: v.skydive,
      target: 10,
      startDate: "2026-01-01",
      deadline: "2026-12-31",
      milestones: [{ name: "Four jumps", count: 4 }, { name: "Four jumps and 4 min", count: 4, freefallMinutes: 4 }],
    });
    expect(created.status).toBe(201);
    expect(created.json.milestones).toEqual([
      { name: "Four jumps", count: 4, freefallMinutes: null },
      { name: "Four jumps and 4 min", count: 4, freefallMinutes: 4 },
    ]);
    const goalId = String(created.json.goalId);
    const coordinator = await scopeOf(v.coordinator, v.productionId, NOW);
    const day = (date: string, numbers: number[], freefallSeconds: number) =>
      logTrainingSession(coordinator, { performerId: v.performer2.userId, disciplineId: v.skydive, date, count: numbers.length, jumps: numbers.map((n) => ({ jumpNumber: n, freefallSeconds })) }, NOW);

    // Four jumps of 50 s: the count is reached, the freefall (200 s of 240) is not.
    await day("2026-04-20", [1, 2, 3, 4], 50);
    let m = await milestones(goalId);
    expect(m.freefall).toBe(200);
    expect(m.byName["Four jumps"]).toMatchObject({ reachedOn: "2026-04-20" });
    expect(m.byName["Four jumps and 4 min"]).toMatchObject({ freefallMinutes: 4, reachedOn: null, projectedOn: expect.any(String) });

    // One more 50 s jump two days later: 250 s, reached that day.
    await day("2026-04-22", [5], 50);
    m = await milestones(goalId);
    expect(m.byName["Four jumps and 4 min"]).toMatchObject({ reachedOn: "2026-04-22", projectedOn: null });
  });
});

describe("jump numbers", () => {
  it("are held by counting entries only: a rejected entry's numbers can be logged again, a correction reuses its original's", async () => {
    const performer = await scopeOf(w.performer1, w.productionId);
    const coordinator = await scopeOf(w.coordinator, w.productionId);
    const NOW = new Date("2026-06-15T12:00:00Z");
    // A performer's own entry (pending) holds 901-902: a second entry with 902 is refused.
    const first = await logTrainingSession(performer, skydives("2026-06-01", [jump(901), jump(902)]), NOW);
    await expect(logTrainingSession(performer, skydives("2026-06-02", [jump(902)]), NOW)).rejects.toMatchObject({ fields: { "jumps.0.jumpNumber": expect.stringMatching(/902/) } });
    // Rejected: those jumps never happened as logged, so the numbers are free again.
    await rejectTrainingSession(coordinator, first.id, { reason: "Wrong dropzone" }, NOW);
    const again = await logTrainingSession(performer, skydives("2026-06-01", [jump(901), jump(902)]), NOW);
    await verifyTrainingSession(coordinator, again.id, NOW);
    // A correction of the verified entry may carry the same numbers; another entry may not.
    const correction = await logTrainingSession(performer, { ...skydives("2026-06-01", [jump(901, { freefallSeconds: 55 }), jump(902)]), correctsId: again.id, reason: "Freefall was 55 s" }, NOW);
    expect(correction.status).toBe("pending");
    await expect(logTrainingSession(performer, skydives("2026-06-03", [jump(901)]), NOW)).rejects.toMatchObject({ fields: { "jumps.0.jumpNumber": expect.any(String) } });
  });
});

describe("jump disciplines", () => {
  it("a coordinator adds one (recordsJumps), and its entries may carry rows; a wrong type is a 400", async () => {
    const { POST: postDiscipline } = await import("@/app/api/v1/productions/[productionId]/disciplines/route");
    const create = async (body: unknown) =>
      callRoute(postDiscipline, await apiRequest(`/api/v1/productions/${w.productionId}/disciplines`, { actor: w.coordinator, method: "POST", body }), { productionId: w.productionId });
    const base = await create({ name: "BASE jump", unit: "jump", recordsJumps: true });
    expect(base.status).toBe(201);
    const created = (await base.json()) as { id: string; recordsJumps: boolean };
    expect(created.recordsJumps).toBe(true);
    const refused = await create({ name: "Wingsuit", unit: "flight", recordsJumps: "yes" });
    expect(refused.status).toBe(400);
    expect((await refused.json()).fields).toHaveProperty("recordsJumps");
    const plain = (await (await create({ name: "Stair fall", unit: "fall" })).json()) as { recordsJumps: boolean };
    expect(plain.recordsJumps).toBe(false);
    const { status } = await post({ performerId: w.performer2.userId, disciplineId: created.id, date: "2026-03-05", count: 1, jumps: [jump(1)] });
    expect(status).toBe(201);
  });
});
