// Issue 15: an effort rating (RPE) on sessions, a performer's training load
// per day (GET …/performers/{performerId}/load) and whether a goal can still
// be reached within the hard dose limits (GET …/goals/{goalId}/feasibility),
// through the real route handlers, with figures worked out by hand.

import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getExport } from "@/app/api/v1/productions/[productionId]/export/route";
import { GET as getFeasibility } from "@/app/api/v1/productions/[productionId]/goals/[goalId]/feasibility/route";
import { GET as getLoad } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/load/route";
import { GET as getHistory } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/history/route";
import { PATCH as patchSession } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/route";
import { POST as postSession } from "@/app/api/v1/productions/[productionId]/sessions/route";
import { goalFeasibilityFor } from "@/lib/data/feasibility";
import { createGoal } from "@/lib/data/goals";
import { logTrainingSession, rejectTrainingSession } from "@/lib/data/sessions";
import { performerLoad } from "@/lib/data/training-load";
import type { Actor } from "@/lib/domain/actor";
import { addDays, dayInTimeZone } from "@/lib/domain/calendar-day";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;
const NOW = new Date("2026-06-30T12:00:00Z");
const today = () => dayInTimeZone(new Date(), "Europe/Oslo");

type Json = Record<string, unknown> & { fields?: Record<string, string> };

async function get(handler: unknown, path: string, routeParams: Record<string, string>, actor: Actor = w.viewer) {
  const response = await callRoute(handler, await apiRequest(path, { actor }), routeParams);
  return { status: response.status, json: (await response.json()) as Json };
}

const loadOf = (performerId: string, query = "", actor?: Actor) =>
  get(getLoad, `/api/v1/productions/${w.productionId}/performers/${performerId}/load${query ? `?${query}` : ""}`, { productionId: w.productionId, performerId }, actor);

const feasibilityOf = (goalId: string, query = "", actor?: Actor) =>
  get(getFeasibility, `/api/v1/productions/${w.productionId}/goals/${goalId}/feasibility${query ? `?${query}` : ""}`, { productionId: w.productionId, goalId }, actor);

async function log(actor: Actor, entry: Record<string, unknown>) {
  return logTrainingSession(await scopeOf(actor, w.productionId), { count: 1, ...entry }, NOW);
}

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

describe("an effort rating (RPE) on a session", () => {
  const post = async (body: Record<string, unknown>, actor: Actor = w.performer1) =>
    postSession(await apiRequest(`/api/v1/productions/${w.productionId}/sessions`, { actor, method: "POST", body }), { params: Promise.resolve({ productionId: w.productionId }) });
  const entry = (extra: Record<string, unknown>) => ({ performerId: w.performer1.userId, disciplineId: w.skydive, date: today(), count: 1, durationMinutes: 45, ...extra });

  it("is logged, listed back, edited on a pending entry, kept in the audit log and exported", async () => {
    const created = await post(entry({ rpe: 7, notes: "rpe check" }));
    expect(created.status).toBe(201);
    const session = (await created.json()) as Json;
    expect(session).toMatchObject({ rpe: 7, durationMinutes: 45 });
    const id = session.id as string;
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id } })).rpe).toBe(7);

    const edited = await patchSession(
      await apiRequest(`/api/v1/productions/${w.productionId}/sessions/${id}`, { actor: w.performer1, method: "PATCH", body: { rpe: 0 } }),
      { params: Promise.resolve({ productionId: w.productionId, sessionId: id }) },
    );
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ rpe: 0, count: 1 });

    const history = await get(getHistory, `/api/v1/productions/${w.productionId}/sessions/${id}/history`, { productionId: w.productionId, sessionId: id }, w.coordinator);
    const events = history.json as unknown as { action: string; before: Json | null; after: Json | null }[];
    expect(events.map((e) => e.action)).toEqual(["create", "edit"]);
    expect(events[0]!.after).toMatchObject({ rpe: 7 });
    expect(events[1]).toMatchObject({ before: { rpe: 7 }, after: { rpe: 0 } });

    const exported = await callRoute(getExport, await apiRequest(`/api/v1/productions/${w.productionId}/export?format=csv&performerId=${w.performer1.userId}`, { actor: w.viewer }), {
      productionId: w.productionId,
    });
    const rows = Papa.parse<Record<string, string>>((await exported.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.id === id)).toMatchObject({ durationMinutes: "45", rpe: "0" });
  });

  it("is optional: an entry without one has rpe null", async () => {
    const created = await post(entry({}));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ rpe: null });
  });

  it("takes a rating written as digits, as every number of the shared form schema does", async () => {
    const created = await post(entry({ rpe: "7" }));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ rpe: 7 });
  });

  it.each([
    ["more than 10", 11, "Effort (RPE) must be at most 10"],
    ["negative", -1, "Effort (RPE) must be at least 0"],
    ["a fraction", 7.5, "Effort (RPE) must be a whole number"],
    ["a word", "seven", "Effort (RPE) must be a number"],
    ["a boolean", true, "Effort (RPE) must be a number"],
  ])("%s is a 400 naming rpe, and nothing is written", async (_label, rpe, message) => {
    const before = await db.trainingSession.count();
    const refused = await post(entry({ rpe }));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Json).fields).toEqual({ rpe: message });
    expect(await db.trainingSession.count()).toBe(before);
  });
});

describe("GET …/performers/{performerId}/load", () => {
  // Performer 2's rated sessions (performer 1's are logged above, today):
  //   1 May  skydive, RPE 5 × 60 min = 300
  //   2 May  skydive, RPE 9 × 100 min, rejected: never counts
  //   4 May  motorbike, RPE 4 × 50 min = 200 (every discipline adds to one body's load)
  //   4 May  skydive without an RPE, 90 min: no load
  // λ acute = 2/8 = 0.25, λ chronic = 2/29.
  let rejected: string;
  beforeAll(async () => {
    await log(w.coordinator, { performerId: w.performer2.userId, disciplineId: w.skydive, date: "2026-05-01", rpe: 5, durationMinutes: 60 });
    rejected = (await log(w.performer2, { performerId: w.performer2.userId, disciplineId: w.skydive, date: "2026-05-02", rpe: 9, durationMinutes: 100 })).id;
    await rejectTrainingSession(await scopeOf(w.coordinator, w.productionId), rejected, { reason: "Not this day" }, NOW);
    await log(w.coordinator, { performerId: w.performer2.userId, disciplineId: w.motorbike, date: "2026-05-04", rpe: 4, durationMinutes: 50 });
    await log(w.coordinator, { performerId: w.performer2.userId, disciplineId: w.skydive, date: "2026-05-04", durationMinutes: 90 });
  });

  it("lists each day's load and the averages from 0 the day before the first load, to 2 decimals", async () => {
    const { status, json } = await loadOf(w.performer2.userId, "from=2026-04-30&to=2026-05-04");
    expect(status).toBe(200);
    expect(json).toEqual({
      performerId: w.performer2.userId,
      from: "2026-04-30",
      to: "2026-05-04",
      days: [
        { date: "2026-04-30", load: 0, acute: 0, chronic: 0, ratio: null, band: null },
        // acute 0.25 · 300 = 75; chronic (2/29) · 300 = 20.6897
        { date: "2026-05-01", load: 300, acute: 75, chronic: 20.69, ratio: null, band: null },
        // × 0.75 and × 27/29 a day: 56.25 and 19.2628; then 42.1875 and 17.9343
        { date: "2026-05-02", load: 0, acute: 56.25, chronic: 19.26, ratio: null, band: null },
        { date: "2026-05-03", load: 0, acute: 42.19, chronic: 17.93, ratio: null, band: null },
        // 31.640625 + 0.25 · 200 = 81.640625; 16.697465 + (2/29) · 200 = 30.490569
        { date: "2026-05-04", load: 200, acute: 81.64, chronic: 30.49, ratio: null, band: null },
      ],
    });
  });

  it("has a ratio from the first load day + 28 on, with its band", async () => {
    // 29 May is day 28 after 1 May; its figures decay from 4 May's over 25 days without load.
    const acute = 81.640625 * 0.75 ** 25;
    const chronic = 30.490569 * (27 / 29) ** 25;
    const { json } = await loadOf(w.performer2.userId, "from=2026-05-28&to=2026-05-29");
    const [day28, day29] = json.days as Json[];
    expect(day28).toMatchObject({ date: "2026-05-28", ratio: null, band: null });
    expect(day29).toEqual({
      date: "2026-05-29",
      load: 0,
      acute: Math.round(acute * 100) / 100,
      chronic: Math.round(chronic * 100) / 100,
      ratio: Math.round((acute / chronic) * 100) / 100,
      band: "low",
    });
  });

  it("the unchecked reader for go / no-go gives the same days at full precision", async () => {
    const days = await performerLoad(w.productionId, w.performer2.userId, "2026-05-01", "2026-05-02");
    expect(days.map((d) => [d.date, d.load, d.acute])).toEqual([
      ["2026-05-01", 300, 75],
      ["2026-05-02", 0, 56.25],
    ]);
    expect(days[0]!.chronic).toBeCloseTo(600 / 29, 10);
  });

  it("defaults to the 42 days ending today in the production's time zone", async () => {
    const { status, json } = await loadOf(w.performer2.userId);
    expect(status).toBe(200);
    const days = json.days as Json[];
    expect(days).toHaveLength(42);
    expect(json).toMatchObject({ from: addDays(today(), -41), to: today() });
    expect(days.at(-1)!.date).toBe(today());
    // `to` alone: the 42 days ending on it.
    expect((await loadOf(w.performer2.userId, "to=2026-05-04")).json).toMatchObject({ from: "2026-03-24", to: "2026-05-04" });
  });

  it.each([
    ["from after to", "from=2026-05-05&to=2026-05-01", { from: "from (2026-05-05) must be on or before to (2026-05-01)" }],
    ["more than 366 days", "from=2025-05-01&to=2026-05-02", { from: "from must be at most 365 days before to (2026-05-02): at most 366 days at once" }],
    ["a day that does not exist", "to=2026-02-30", { to: "to must be a real date written YYYY-MM-DD" }],
    ["not a day", "from=yesterday", { from: "from must be a real date written YYYY-MM-DD" }],
  ])("%s is a 400 naming the field", async (_label, query, fields) => {
    const { status, json } = await loadOf(w.performer2.userId, query);
    expect(status).toBe(400);
    expect(json.fields).toEqual(fields);
  });

  it("a whole year is allowed: 366 days", async () => {
    const { status, json } = await loadOf(w.performer2.userId, "from=2025-05-02&to=2026-05-02");
    expect(status).toBe(200);
    expect(json.days).toHaveLength(366);
  });

  it("performers see their own only; an unknown performer is 404", async () => {
    expect((await loadOf(w.performer2.userId, "", w.performer2)).status).toBe(200);
    expect((await loadOf(w.performer2.userId, "", w.performer1)).status).toBe(403);
    expect((await loadOf(w.viewer.userId)).status).toBe(404);
    expect((await loadOf(w.performer2.userId, "", w.outsider)).status).toBe(404);
  });
});

describe("GET …/goals/{goalId}/feasibility", () => {
  // Performer 2's motorbike goal: 100 jumps from 1 June to 20 June. Counting toward it as of 10 June:
  // 25 on 5 June and 15 on 10 June = 40 (a rejected 30 never counts, nor 50 from before the goal's start).
  let goalId: string;
  let doneGoalId: string;
  beforeAll(async () => {
    const coordinator = await scopeOf(w.coordinator, w.productionId);
    goalId = (await createGoal(coordinator, { performerId: w.performer2.userId, disciplineId: w.motorbike, target: 100, startDate: "2026-06-01", deadline: "2026-06-20" }, NOW)).goalId;
    // Reached already: the skydives of 1 and 4 May (above) count toward it from its start.
    doneGoalId = (await createGoal(coordinator, { performerId: w.performer2.userId, disciplineId: w.skydive, target: 1, startDate: "2026-05-01", deadline: "2026-12-31" }, NOW)).goalId;
    await log(w.coordinator, { performerId: w.performer2.userId, disciplineId: w.motorbike, date: "2026-05-20", count: 50 });
    await log(w.coordinator, { performerId: w.performer2.userId, disciplineId: w.motorbike, date: "2026-06-05", count: 25 });
    await log(w.coordinator, { performerId: w.performer2.userId, disciplineId: w.motorbike, date: "2026-06-10", count: 15 });
    const refused = await log(w.performer2, { performerId: w.performer2.userId, disciplineId: w.motorbike, date: "2026-06-09", count: 30 });
    await rejectTrainingSession(await scopeOf(w.coordinator, w.productionId), refused.id, { reason: "Counted twice" }, NOW);
  });

  const setLimits = (limits: { maxPerDay?: number; maxPer7Days?: number; minRestDays?: number; hard: boolean }) =>
    db.discipline.update({
      where: { id: w.motorbike },
      data: { maxPerDay: limits.maxPerDay ?? null, maxPer7Days: limits.maxPer7Days ?? null, minRestDays: limits.minRestDays ?? null, limitsAreHard: limits.hard },
    });

  it("feasible: 60 left, 10 a day hard, 10 days to go: earliest finish 16 June, 6 a day over 10 session days", async () => {
    await setLimits({ maxPerDay: 10, hard: true });
    const { status, json } = await feasibilityOf(goalId, "asOf=2026-06-10");
    expect(status).toBe(200);
    expect(json).toEqual({
      goalId,
      performerId: w.performer2.userId,
      disciplineId: w.motorbike,
      discipline: "Motorbike jump",
      asOf: "2026-06-10",
      remaining: 60,
      deadline: "2026-06-20",
      limits: { maxPerDay: 10, maxPer7Days: null, minRestDays: null },
      feasible: true,
      earliestFinish: "2026-06-16",
      evenDailyCount: 6,
      sessionsNeeded: 10,
      reason: null,
    });
  });

  it("not feasible: 60 left in 4 days at 10 a day says why and by how much", async () => {
    await setLimits({ maxPerDay: 10, hard: true });
    const { json } = await feasibilityOf(goalId, "asOf=2026-06-16");
    expect(json).toMatchObject({
      remaining: 60,
      feasible: false,
      earliestFinish: "2026-06-22",
      evenDailyCount: 15,
      sessionsNeeded: 4,
      reason: "needs 15 a day; the hard limit allows 10; the earliest finish is 22 Jun 2026, 2 days after the deadline",
    });
  });

  it("the rest between sessions counts from the last one logged: 10 June's session holds 11 June", async () => {
    await setLimits({ maxPerDay: 10, minRestDays: 2, hard: true });
    // Session days 12, 14, 16, 18, 20 June: 5, so 12 a session; at 10 a session the sixth is 22 June.
    const { json } = await feasibilityOf(goalId, "asOf=2026-06-10");
    expect(json).toMatchObject({
      limits: { maxPerDay: 10, maxPer7Days: null, minRestDays: 2 },
      feasible: false,
      earliestFinish: "2026-06-22",
      evenDailyCount: 12,
      sessionsNeeded: 5,
      reason:
        "only 5 session days are left before the deadline with 2 days between sessions: needs 12 a session; the hard limit allows 10 a day; the earliest finish is 22 Jun 2026, 2 days after the deadline",
    });
  });

  it("the 7-day window counts what is logged: 40 in the last days leaves 10 tomorrow under 50 a week", async () => {
    await setLimits({ maxPer7Days: 50, hard: true });
    // Any 7 days: 11 June (5–11 June) 50 − 40 = 10; 12 June (6–12) 5 June's 25 has left: 50 − 15 − 10 = 25;
    // 13–16 June: the window holds 50; 17 June (11–17): 50 − 10 − 25 = 15; 18 June (12–18): 50 − 25 − 15 = 10,
    // and 10 + 25 + 15 + 10 = 60.
    const { json } = await feasibilityOf(goalId, "asOf=2026-06-10");
    expect(json).toMatchObject({ feasible: true, earliestFinish: "2026-06-18", evenDailyCount: 6, sessionsNeeded: 10 });
  });

  it("soft limits are not applied: everything could be done tomorrow", async () => {
    await setLimits({ maxPerDay: 10, minRestDays: 2, hard: false });
    const { json } = await feasibilityOf(goalId, "asOf=2026-06-10");
    expect(json).toMatchObject({ limits: { maxPerDay: null, maxPer7Days: null, minRestDays: null }, feasible: true, earliestFinish: "2026-06-11", evenDailyCount: 6, sessionsNeeded: 10 });
  });

  it("days before the goal's start are no training days for it", async () => {
    await setLimits({ hard: false });
    const { json } = await feasibilityOf(goalId, "asOf=2026-05-25");
    // Nothing counts yet (20 May is before the start): 100 left, first training day 1 June, 20 session days to the deadline.
    expect(json).toMatchObject({ remaining: 100, feasible: true, earliestFinish: "2026-06-01", evenDailyCount: 5, sessionsNeeded: 20 });
  });

  it("a goal already reached: feasible, nothing remains, no finish to give", async () => {
    const { json } = await feasibilityOf(doneGoalId, "asOf=2026-06-30");
    expect(json).toMatchObject({ remaining: 0, feasible: true, earliestFinish: null, evenDailyCount: 0, sessionsNeeded: 0, reason: null });
  });

  it("asOf defaults to today: this goal's deadline has passed", async () => {
    await setLimits({ maxPerDay: 10, hard: true });
    const { json } = await feasibilityOf(goalId);
    expect(json).toMatchObject({ asOf: today(), remaining: 60, feasible: false, sessionsNeeded: 0, evenDailyCount: null });
    expect(json.reason).toMatch(/^the deadline 20 Jun 2026 has passed: no training days are left; /);
  });

  it("the unchecked reader for go / no-go answers the same, and nothing for a goal of another production", async () => {
    await setLimits({ maxPerDay: 10, hard: true });
    expect(await goalFeasibilityFor(w.productionId, goalId, "2026-06-16")).toMatchObject({ feasible: false, earliestFinish: "2026-06-22" });
    expect(await goalFeasibilityFor(w.otherProductionId, goalId, "2026-06-16")).toBeUndefined();
  });

  it("a bad asOf is a 400 naming it; unknown goals are 404; performers see their own goals only", async () => {
    const bad = await feasibilityOf(goalId, "asOf=2026-02-30");
    expect(bad.status).toBe(400);
    expect(bad.json.fields).toEqual({ asOf: "asOf must be a real date written YYYY-MM-DD" });
    expect((await feasibilityOf("no-such-goal")).status).toBe(404);
    expect((await feasibilityOf(goalId, "", w.outsider)).status).toBe(404);
    expect((await feasibilityOf(goalId, "", w.performer2)).status).toBe(200);
    expect((await feasibilityOf(goalId, "", w.performer1)).status).toBe(403);
  });
});
