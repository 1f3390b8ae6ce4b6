import { beforeEach, describe, expect, it } from "vitest";
import { POST as postSession } from "@/app/api/v1/productions/[productionId]/sessions/route";
import { GET as readinessRoute } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/readiness/route";
import { POST as postTake } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/takes/route";
import { POST as postStunt } from "@/app/api/v1/productions/[productionId]/stunts/route";
import { GET as getIncidents, POST as postIncident } from "@/app/api/v1/productions/[productionId]/incidents/route";
import { PATCH as patchSession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/route";
import { GET as getCheckIns, POST as postCheckIn } from "@/app/api/v1/productions/[productionId]/check-ins/route";
import { PUT as putLimits } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/limits/route";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { getSessionHistory } from "@/lib/data/audit";
import { updateIncident } from "@/lib/data/incidents";
import { verifyTrainingSessions } from "@/lib/data/sessions";
import { apiRequest, params } from "../support/api-request";
import { createWorld, type World, scopeOf } from "../support/world";

let db: Db;
let w: World;
const today = () => new Date().toISOString().slice(0, 10);

beforeEach(async () => {
  db = await getDb();
  w = await createWorld(db);
});

async function call(handler: unknown, path: string, actor: Actor | null, method: string, p: Record<string, string>, body?: unknown) {
  const response = await (handler as (r: unknown, c: unknown) => Promise<Response>)(await apiRequest(path, { actor, method, body }), params(p));
  return { status: response.status, body: await response.json() };
}
const base = () => `/api/v1/productions/${w.productionId}`;
const logSession = (actor: Actor, body: Record<string, unknown>) =>
  call(postSession, `${base()}/sessions`, actor, "POST", { productionId: w.productionId }, {
    performerId: w.performer1.userId,
    disciplineId: w.skydive,
    date: today(),
    count: 10,
    ...body,
  });
// The API takes every limit explicitly (null clears one): tests name only the ones they set.
const setLimits = (actor: Actor, body: Record<string, unknown>) =>
  call(putLimits, `${base()}/disciplines/${w.skydive}/limits`, actor, "PUT", { productionId: w.productionId, disciplineId: w.skydive }, { maxPerDay: null, maxPer7Days: null, minRestDays: null, hard: false, ...body });

describe("dose limits", () => {
  it("only coordinators set them", async () => {
    expect((await setLimits(w.performer1, { maxPerDay: 20, hard: true })).status).toBe(403);
    expect((await setLimits(w.coordinator, { maxPerDay: 0 })).body.fields).toEqual({ maxPerDay: "Maximum per day must be at least 1" });
    expect((await setLimits(w.coordinator, { maxPerDay: 20, hard: true })).body).toMatchObject({ limits: { maxPerDay: 20, hard: true } });
  });

  it("a soft limit warns and logs", async () => {
    await setLimits(w.coordinator, { maxPerDay: 15, hard: false });
    await logSession(w.coordinator, { count: 10 });
    const second = await logSession(w.performer1, { count: 10 });
    expect(second.status).toBe(201);
    expect(second.body.warnings).toEqual([`20 reps on ${today()} exceeds the limit of 15 per day`]);
  });

  it("a hard limit refuses with 422; a coordinator overrides it with a reason, which is kept and audited", async () => {
    await setLimits(w.coordinator, { maxPerDay: 15, hard: true });
    await logSession(w.coordinator, { count: 10 });
    const refused = await logSession(w.coordinator, { count: 10 });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatch(/hard dose limit.*20 reps/);
    expect((await logSession(w.performer1, { count: 10, overrideReason: "I feel fine" })).status).toBe(403);
    const overridden = await logSession(w.coordinator, { count: 10, overrideReason: "Last rehearsal before the shoot; medic present" });
    expect(overridden.status).toBe(201);
    expect(overridden.body.limitOverrideReason).toBe("Last rehearsal before the shoot; medic present");
    const history = await getSessionHistory(await scopeOf(w.coordinator, w.productionId), overridden.body.id);
    expect(history[0]!.reason).toMatch(/^Hard limit overridden: Last rehearsal/);
    expect(await db.trainingSession.count({ where: { productionId: w.productionId } })).toBe(2);
  });
});

describe("stunts, takes, incidents, check-ins and the go / no-go verdict", () => {
  async function makeStunt() {
    const created = await call(postStunt, `${base()}/stunts`, w.coordinator, "POST", { productionId: w.productionId }, {
      name: "Cliff jump",
      plannedDate: "2027-03-29",
      performerIds: [w.performer1.userId],
      disciplineIds: [w.skydive],
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }
  const readiness = async (stuntId: string, actor: Actor = w.viewer) =>
    call(readinessRoute, `${base()}/stunts/${stuntId}/readiness`, actor, "GET", { productionId: w.productionId, stuntId });

  it("only coordinators create stunts and log takes, numbered in order", async () => {
    expect((await call(postStunt, `${base()}/stunts`, w.viewer, "POST", { productionId: w.productionId }, { name: "x", performerIds: [w.performer1.userId] })).status).toBe(403);
    const stuntId = await makeStunt();
    const take = (actor: Actor, body: unknown) => call(postTake, `${base()}/stunts/${stuntId}/takes`, actor, "POST", { productionId: w.productionId, stuntId }, body);
    expect((await take(w.performer1, { performerId: w.performer1.userId, outcome: "usable" })).status).toBe(403);
    expect((await take(w.coordinator, { performerId: w.performer2.userId, outcome: "usable" })).status).toBe(400);
    expect((await take(w.coordinator, { performerId: w.performer1.userId, outcome: "great" })).body.fields).toEqual({ outcome: "Choose an outcome" });
    const numbers = [];
    for (const outcome of ["aborted", "no_good", "usable"]) numbers.push((await take(w.coordinator, { performerId: w.performer1.userId, outcome })).body.number);
    expect(numbers).toEqual([1, 2, 3]);
  });

  it("the verdict lists every reason, and turns ready when the evidence is there", async () => {
    const stuntId = await makeStunt();
    // The goal of 500 skydives is far from done: not ready.
    let r = await readiness(stuntId);
    expect(r.body.verdict).toBe("not_ready");
    expect(r.body.reasons.map((x: { kind: string }) => x.kind)).toEqual(["goal_not_done", "no_check_in"]);

    await db.goal.update({ where: { id: w.goalId }, data: { target: 20 } });
    const pending = await logSession(w.performer1, { count: 20, date: "2026-06-01" });
    r = await readiness(stuntId);
    expect(r.body.reasons.map((x: { kind: string }) => x.kind)).toEqual(["goal_not_verified", "pending_entries", "no_check_in"]);

    await verifyTrainingSessions(await scopeOf(w.coordinator, w.productionId), { sessionIds: [pending.body.id] });
    const checkIn = await call(postCheckIn, `${base()}/check-ins`, w.performer1, "POST", { productionId: w.productionId }, {
      performerId: w.performer1.userId, date: today(), sleep: 4, soreness: 4, fatigue: 4, stress: 4, mood: 5,
    });
    expect(checkIn.status).toBe(201);
    expect(checkIn.body.average).toBe(4.2);
    expect((await readiness(stuntId)).body).toMatchObject({ verdict: "ready", reasons: [] });

    const incident = await call(postIncident, `${base()}/incidents`, w.performer2, "POST", { productionId: w.productionId }, {
      occurredOn: today(), severity: "near_miss", stuntId, description: "Ramp lip wet after rain",
    });
    expect(incident.status).toBe(201);
    r = await readiness(stuntId);
    expect(r.body.verdict).toBe("ready_with_warnings");
    expect(r.body.reasons[0]).toMatchObject({ kind: "open_incident", message: "Performer One: open near miss incident: Ramp lip wet after rain" });
    await updateIncident(await scopeOf(w.coordinator, w.productionId), incident.body.id, { status: "closed", followUp: "Ramp dried and resurfaced" });
    expect((await readiness(stuntId)).body.verdict).toBe("ready");
    expect((await readiness(stuntId, w.outsider)).status).toBe(404);

    // Currency: a skydive rule the 1 June entry no longer meets blocks the shot, naming when it lapsed.
    await db.discipline.update({ where: { id: w.skydive }, data: { currencyCount: 1, currencyDays: 30 } });
    r = await readiness(stuntId);
    expect(r.body.verdict).toBe("not_ready");
    expect(r.body.reasons).toEqual([expect.objectContaining({ kind: "currency_lapsed", blocking: true, message: "Performer One: Skydive currency lapsed after 30 Jun 2026 (1 in 30 days)" })]);
    // A jump today makes it current, but only for 30 days: the stunt in March 2027 is beyond that.
    await logSession(w.coordinator, { count: 1, date: today() });
    r = await readiness(stuntId);
    expect(r.body.reasons).toEqual([expect.objectContaining({ kind: "currency_lapses_before_shoot", message: expect.stringMatching(/before the planned date 29 Mar 2027/) })]);
    await db.discipline.update({ where: { id: w.skydive }, data: { currencyCount: null, currencyDays: null } });
    expect((await readiness(stuntId)).body.verdict).toBe("ready");
  });

  it("viewers cannot report incidents or check in; performers check in for themselves only", async () => {
    const incident = { occurredOn: today(), severity: "minor", description: "Bruised wrist" };
    expect((await call(postIncident, `${base()}/incidents`, w.viewer, "POST", { productionId: w.productionId }, incident)).status).toBe(403);
    expect((await call(postIncident, `${base()}/incidents`, w.performer1, "POST", { productionId: w.productionId }, { ...incident, severity: "bad" })).status).toBe(400);
    const scores = { date: today(), sleep: 3, soreness: 3, fatigue: 3, stress: 3, mood: 3 };
    expect((await call(postCheckIn, `${base()}/check-ins`, w.performer2, "POST", { productionId: w.productionId }, { ...scores, performerId: w.performer1.userId })).status).toBe(403);
    expect((await call(postCheckIn, `${base()}/check-ins`, w.viewer, "POST", { productionId: w.productionId }, { ...scores, performerId: w.performer1.userId })).status).toBe(403);
    expect((await call(postCheckIn, `${base()}/check-ins`, w.coordinator, "POST", { productionId: w.productionId }, { ...scores, sleep: 6, performerId: w.performer1.userId })).body.fields).toEqual({
      sleep: "Sleep must be at most 5",
    });
  });
});

describe("reading check-ins", () => {
  it("validates the query and applies the same visibility as the performer page", async () => {
    const list = (actor: Actor, query: string) => call(getCheckIns, `${base()}/check-ins?${query}`, actor, "GET", { productionId: w.productionId });
    await call(postCheckIn, `${base()}/check-ins`, w.performer1, "POST", { productionId: w.productionId }, {
      performerId: w.performer1.userId, date: today(), sleep: 5, soreness: 4, fatigue: 3, stress: 2, mood: 1,
    });
    expect((await list(w.viewer, `performerId=${w.performer1.userId}`)).body).toEqual([
      { date: today(), sleep: 5, soreness: 4, fatigue: 3, stress: 2, mood: 1, note: null, average: 3 },
    ]);
    expect((await list(w.viewer, "")).body.fields).toEqual({ performerId: "Choose a performer" });
    expect((await list(w.viewer, `performerId=${w.performer1.userId}&since=last-week`)).status).toBe(400);
    expect((await list(w.performer2, `performerId=${w.performer1.userId}`)).status).toBe(403);
    expect((await list(w.outsider, `performerId=${w.performer1.userId}`)).status).toBe(404);
  });
});

describe("review fixes: no double counting, no unchecked edits, private evidence", () => {
  it("refuses a second correction of an entry while one waits for sign-off", async () => {
    const original = await logSession(w.coordinator, { count: 10 });
    const first = await logSession(w.performer1, { count: 8, correctsId: original.body.id, reason: "two loads cancelled" });
    expect(first.status).toBe(201);
    const second = await logSession(w.performer1, { count: 9, correctsId: original.body.id, reason: "one load cancelled" });
    expect(second.status).toBe(409);
    expect(second.body.error).toBe("A correction of this entry is already waiting for sign-off");
  });

  it("holds edits to hard dose limits, and judges a correction without the entry it replaces", async () => {
    await setLimits(w.coordinator, { maxPerDay: 12, minRestDays: 1, hard: true });
    const pending = await logSession(w.performer1, { count: 5 });
    expect(pending.status).toBe(201);
    const edit = await call(patchSession, `${base()}/sessions/${pending.body.id}`, w.performer1, "PATCH", { productionId: w.productionId, sessionId: pending.body.id }, { count: 900 });
    expect(edit.status).toBe(422);
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: pending.body.id } })).count).toBe(5);
    const within = await call(patchSession, `${base()}/sessions/${pending.body.id}`, w.performer1, "PATCH", { productionId: w.productionId, sessionId: pending.body.id }, { count: 12 });
    expect(within.status).toBe(200);

    await verifyTrainingSessions(await scopeOf(w.coordinator, w.productionId), { sessionIds: [pending.body.id] });
    const correction = await logSession(w.performer1, { count: 11, correctsId: pending.body.id, reason: "miscounted" });
    expect(correction.status).toBe(201);
    expect(correction.body.warnings).toEqual([]);
  });

  it("shows a performer the verdict but only their own reasons and incidents", async () => {
    const stunt = await call(postStunt, `${base()}/stunts`, w.coordinator, "POST", { productionId: w.productionId }, {
      name: "Pair jump",
      performerIds: [w.performer1.userId, w.performer2.userId],
      disciplineIds: [w.skydive],
    });
    await call(postIncident, `${base()}/incidents`, w.coordinator, "POST", { productionId: w.productionId }, {
      occurredOn: today(), severity: "minor", performerId: w.performer2.userId, description: "Sprained wrist",
    });
    const asPerformer = await call(readinessRoute, `${base()}/stunts/${stunt.body.id}/readiness`, w.performer1, "GET", { productionId: w.productionId, stuntId: stunt.body.id });
    const asViewer = await call(readinessRoute, `${base()}/stunts/${stunt.body.id}/readiness`, w.viewer, "GET", { productionId: w.productionId, stuntId: stunt.body.id });
    expect(asPerformer.body.verdict).toBe(asViewer.body.verdict);
    expect(asPerformer.body.reasons.every((r: { performerId: string }) => r.performerId === w.performer1.userId)).toBe(true);
    expect(asPerformer.body.hiddenReasons).toBe(asViewer.body.reasons.length - asPerformer.body.reasons.length);
    expect(asPerformer.body.hiddenReasons).toBeGreaterThan(0);

    const incidents = (actor: Actor) => call(getIncidents, `${base()}/incidents`, actor, "GET", { productionId: w.productionId });
    expect((await incidents(w.viewer)).body).toHaveLength(1);
    expect((await incidents(w.performer1)).body).toEqual([]);
    expect((await incidents(w.performer2)).body).toHaveLength(1);
  });
});
