// A performer's training plan (issue 15): a coordinator plans reps per day
// and discipline, by the week or by repeating one; everyone who may see the
// performer sees planned against done, coloured by compliance.

import { beforeAll, describe, expect, it } from "vitest";
import { GET as planGet, PUT as planPut } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/plan/route";
import { getPlan, repeatPlanWeek } from "@/lib/data/plan";
import { logTrainingSession } from "@/lib/data/sessions";
import type { Actor } from "@/lib/domain/actor";
import { addDays, startOfWeek } from "@/lib/domain/calendar-day";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
const NOW = new Date();

beforeAll(async () => {
  db = await getDb();
});

async function get(w: World, actor: Actor, query = "", performerId = w.performer1.userId) {
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/performers/${performerId}/plan${query}`, { actor });
  return callRoute(planGet, request, { productionId: w.productionId, performerId });
}

async function put(w: World, actor: Actor, query: string, body: unknown, performerId = w.performer1.userId) {
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/performers/${performerId}/plan${query}`, { actor, method: "PUT", body });
  return callRoute(planPut, request, { productionId: w.productionId, performerId });
}

type Plan = { from: string; to: string; entries: { date: string; disciplineId: string; count: number; done: number; compliance: string | null }[]; days: { date: string; compliance: string | null }[] };

describe("the training plan", () => {
  it("replaces a range's plan and shows it against what was done, coloured by compliance", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const monday = addDays(startOfWeek(c.today), -7); // last week: every day of it is past
    const day = (n: number) => addDays(monday, n);
    await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.motorbike, date: day(0), count: 38 }, NOW);
    await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.skydive, date: day(1), count: 2 }, NOW);
    await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.motorbike, date: day(2), count: 60 }, NOW);
    const range = `?from=${day(0)}&to=${day(6)}`;
    const body = [
      { date: day(0), disciplineId: w.motorbike, count: 40 }, // 38 of 40: 95 %, green
      { date: day(1), disciplineId: w.skydive, count: 3 }, // 2 of 3: 67 %, yellow
      { date: day(2), disciplineId: w.motorbike, count: 40 }, // 60 of 40: 150 %, yellow
      { date: day(3), disciplineId: w.motorbike, count: 40 }, // nothing done, past: red
      { date: day(4), disciplineId: w.motorbike, count: 0 }, // plans nothing
    ];
    const response = await put(w, w.coordinator, range, body);
    expect(response.status).toBe(200);
    const plan = (await response.json()) as Plan;
    expect(plan.entries).toEqual([
      { date: day(0), disciplineId: w.motorbike, count: 40, done: 38, compliance: "green" },
      { date: day(1), disciplineId: w.skydive, count: 3, done: 2, compliance: "yellow" },
      { date: day(2), disciplineId: w.motorbike, count: 40, done: 60, compliance: "yellow" },
      { date: day(3), disciplineId: w.motorbike, count: 40, done: 0, compliance: "red" },
    ]);
    expect(plan.days.map((d) => d.compliance)).toEqual(["green", "yellow", "yellow", "red", null, null, null]);
    expect(await db.plannedSession.count({ where: { performerId: w.performer1.userId } })).toBe(4);

    // A second PUT of the range replaces it whole.
    await put(w, w.coordinator, range, [{ date: day(5), disciplineId: w.skydive, count: 1 }]);
    expect(((await (await get(w, w.performer1, range)).json()) as Plan).entries).toEqual([{ date: day(5), disciplineId: w.skydive, count: 1, done: 0, compliance: "red" }]);
  });

  it("shows this week by default; a week repeats onto the weeks after it", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const monday = startOfWeek(c.today);
    await put(w, w.coordinator, `?from=${monday}&to=${addDays(monday, 6)}`, [
      { date: monday, disciplineId: w.motorbike, count: 40 },
      { date: addDays(monday, 2), disciplineId: w.skydive, count: 4 },
    ]);
    const thisWeek = (await (await get(w, w.coordinator)).json()) as Plan;
    expect([thisWeek.from, thisWeek.to]).toEqual([monday, addDays(monday, 6)]);
    expect(thisWeek.entries).toHaveLength(2);
    expect(await repeatPlanWeek(c, w.performer1.userId, { week: monday, weeks: 3 })).toEqual({ copied: 6, until: addDays(monday, 27) });
    const month = await getPlan(c, w.performer1.userId, { from: monday, to: addDays(monday, 27) });
    expect(month.entries.map((e) => [e.date, e.count])).toEqual([0, 1, 2, 3].flatMap((k) => [[addDays(monday, 7 * k), 40], [addDays(monday, 7 * k + 2), 4]]));
    await expect(repeatPlanWeek(c, w.performer1.userId, { week: addDays(monday, 1), weeks: 1 })).rejects.toMatchObject({ fields: { week: "The week starts on a Monday" } });
    await expect(repeatPlanWeek(c, w.performer2.userId, { week: monday, weeks: 1 })).rejects.toMatchObject({ fields: { week: expect.stringContaining("Nothing is planned") } });
  });

  it("says which field is wrong, and changes nothing", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const monday = startOfWeek(c.today);
    const range = `?from=${monday}&to=${addDays(monday, 6)}`;
    const refused = async (query: string, body: unknown) => {
      const response = await put(w, w.coordinator, query, body);
      expect(response.status).toBe(400);
      return ((await response.json()) as { fields: Record<string, string> }).fields;
    };
    expect(await refused(range, [{ date: monday, disciplineId: w.motorbike, count: 5 }, { date: monday, disciplineId: w.motorbike, count: 6 }])).toEqual({ "1.date": expect.stringContaining("planned twice") });
    expect(await refused(range, [{ date: addDays(monday, 7), disciplineId: w.motorbike, count: 5 }])).toEqual({ "0.date": expect.stringContaining("outside") });
    expect(await refused(range, [{ date: monday, disciplineId: w.otherDiscipline, count: 5 }])).toEqual({ "0.disciplineId": "No such discipline in this production" });
    expect(await refused(range, [{ date: monday, disciplineId: w.motorbike, count: -1 }])).toEqual({ "0.count": "Count must be at least 0" });
    expect(await refused(range, [{ date: monday, disciplineId: w.motorbike, count: "many" }])).toEqual({ "0.count": "Count must be a number" });
    expect(await refused(range, [{ date: monday, disciplineId: w.motorbike, count: 1, extra: true }])).toEqual({ "0.extra": "Unknown field \"extra\"" });
    expect(Object.values(await refused(range, { date: monday }))).toEqual([expect.stringContaining("Send an array")]);
    expect(await refused(`?from=${addDays(monday, 1)}&to=${monday}`, [])).toEqual({ from: expect.stringContaining("on or before") });
    expect(await refused(`?from=2025-01-01&to=2026-12-31`, [])).toEqual({ from: expect.stringContaining("at most 366 days") });
    expect((await get(w, w.coordinator, "?from=2026-02-30")).status).toBe(400);
    expect(await db.plannedSession.count({ where: { productionId: w.productionId } })).toBe(0);
  });

  it("is planned by coordinators, read by the performer and viewers, hidden from other performers and outsiders", async () => {
    const w = await createWorld(db);
    const body: unknown[] = [];
    expect((await put(w, w.coordinator, "", body)).status).toBe(200);
    expect((await put(w, w.performer1, "", body)).status).toBe(403);
    expect((await put(w, w.viewer, "", body)).status).toBe(403);
    expect((await put(w, w.outsider, "", body)).status).toBe(404);
    expect((await get(w, w.performer1)).status).toBe(200);
    expect((await get(w, w.viewer)).status).toBe(200);
    expect((await get(w, w.performer2)).status).toBe(403);
    expect((await get(w, w.outsider)).status).toBe(404);
    expect((await get(w, w.coordinator, "", w.viewer.userId)).status).toBe(404); // not a performer
  });
});

describe("a year's plan in one request", () => {
  it("takes three disciplines a day for a whole year, and refuses more entries than that with a 400", async () => {
    const w = await createWorld(db);
    const from = "2027-01-04"; // a Monday
    const to = addDays(from, 365);
    const year = Array.from({ length: 366 }, (_, i) => [w.motorbike, w.skydive, w.otherDiscipline].map((disciplineId) => ({ date: addDays(from, i), disciplineId, count: 10 })))
      .flat()
      .filter((e) => e.disciplineId !== w.otherDiscipline); // another production's discipline would be refused
    const response = await put(w, w.coordinator, `?from=${from}&to=${to}`, year);
    expect(response.status).toBe(200);
    expect(await db.plannedSession.count({ where: { performerId: w.performer1.userId } })).toBe(732);
    const tooMany = Array.from({ length: 1101 }, (_, i) => ({ date: addDays(from, i % 366), disciplineId: i < 366 ? w.motorbike : i < 732 ? w.skydive : `d${i}`, count: 1 }));
    const refused = await put(w, w.coordinator, `?from=${from}&to=${to}`, tooMany);
    expect(refused.status).toBe(400);
    expect(await db.plannedSession.count({ where: { performerId: w.performer1.userId } })).toBe(732);
  });
});
