// Currency (issue 12): a coordinator gives a discipline a rule, the API and
// the dashboard's alerts say who is current, lapsing or lapsed, from the
// counting sessions only.

import { beforeAll, describe, expect, it } from "vitest";
import { PUT as putCurrency } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/currency/route";
import { GET as getCurrency } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/currency/route";
import { GET as getSettingChanges } from "@/app/api/v1/productions/[productionId]/settings/changes/route";
import { getCurrencyAlerts } from "@/lib/data/currency";
import { logTrainingSession, rejectTrainingSession, verifyTrainingSession } from "@/lib/data/sessions";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;
const NOW = new Date("2026-06-30T12:00:00Z");

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

async function setRule(body: unknown, actor: Actor = w.coordinator, disciplineId = w.skydive) {
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/disciplines/${disciplineId}/currency`, { actor, method: "PUT", body });
  const response = await callRoute(putCurrency, request, { productionId: w.productionId, disciplineId });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & { fields?: Record<string, string> } };
}

async function currencyOf(performerId: string, asOf: string) {
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/performers/${performerId}/currency?asOf=${asOf}`, { actor: w.viewer });
  const response = await callRoute(getCurrency, request, { productionId: w.productionId, performerId });
  expect(response.status).toBe(200);
  return (await response.json()) as { disciplineId: string; current: boolean; currentUntil: string | null; lastSession: string | null; status: string }[];
}

describe("a discipline's currency rule", () => {
  it("is set with { count, days } and cleared with {}; each change is recorded as a safety setting", async () => {
    expect(await setRule({ count: 3, days: 14 })).toMatchObject({ status: 200, json: { disciplineId: w.skydive, currency: { count: 3, days: 14 } } });
    expect(await setRule({})).toMatchObject({ status: 200, json: { currency: null } });
    const request = await apiRequest(`/api/v1/productions/${w.productionId}/settings/changes`, { actor: w.coordinator });
    const changes = (await (await callRoute(getSettingChanges, request, { productionId: w.productionId })).json()) as { subject: string; before: unknown; after: unknown }[];
    expect(changes.filter((c) => c.subject === "discipline-currency").map((c) => [c.before, c.after])).toEqual([
      [{ count: 3, days: 14 }, {}],
      [{}, { count: 3, days: 14 }],
    ]);
  });

  it("refuses half a rule, a wrong type or an unknown key with a 400 naming the field, and changes nothing", async () => {
    await setRule({ count: 2, days: 30 });
    for (const [body, field] of [
      [{ count: 2 }, "days"],
      [{ days: 30 }, "count"],
      [{ count: "2", days: 30 }, "count"],
      [{ count: 0, days: 30 }, "count"],
      [{ count: 2, days: 1.5 }, "days"],
      [{ count: 2, days: 30, hard: true }, "hard"],
      [{ count: 2, days: 100_000 }, "days"],
    ] as const) {
      const answer = await setRule(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.json.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect(await db.discipline.findUniqueOrThrow({ where: { id: w.skydive }, select: { currencyCount: true, currencyDays: true } })).toEqual({ currencyCount: 2, currencyDays: 30 });
  });

  it("is a coordinator's to set", async () => {
    expect((await setRule({ count: 1, days: 1 }, w.performer1)).status).toBe(403);
    expect((await setRule({ count: 1, days: 1 }, w.viewer)).status).toBe(403);
  });
});

describe("a performer's currency", () => {
  it("counts counting sessions only: a rejected entry and a pending correction do not keep anyone current", async () => {
    const v = await createWorld(db);
    const coordinator = await scopeOf(v.coordinator, v.productionId, NOW);
    await db.discipline.update({ where: { id: v.skydive }, data: { currencyCount: 2, currencyDays: 30 } });
    const entry = (date: string, count: number, extra: Record<string, unknown> = {}) => ({ performerId: v.performer1.userId, disciplineId: v.skydive, date, count, ...extra });
    const read = async (asOf: string) => {
      const request = await apiRequest(`/api/v1/productions/${v.productionId}/performers/${v.performer1.userId}/currency?asOf=${asOf}`, { actor: v.performer1 });
      return ((await (await callRoute(getCurrency, request, { productionId: v.productionId, performerId: v.performer1.userId })).json()) as unknown[])[0];
    };

    expect(await read("2026-06-30")).toMatchObject({ discipline: "Skydive", count: 2, days: 30, current: false, currentUntil: null, lastSession: null, status: "lapsed" });
    const performer = await scopeOf(v.performer1, v.productionId, NOW);
    const early = await logTrainingSession(coordinator, entry("2026-06-01", 1), NOW);
    expect(early.status).toBe("verified");
    // A pending entry counts, as it does for progress: 5 on the 20th reaches the rule's 2 that day.
    const pending = await logTrainingSession(performer, entry("2026-06-20", 5), NOW);
    expect(await read("2026-06-30")).toMatchObject({ current: true, currentUntil: "2026-07-19", lastSession: "2026-06-20", status: "current" });
    // Rejected, it never happened as logged: 1 rep in the logbook is not 2.
    await rejectTrainingSession(coordinator, pending.id, { reason: "Wrong performer" }, NOW);
    expect(await read("2026-06-30")).toMatchObject({ current: false, currentUntil: null, lastSession: "2026-06-01", status: "lapsed" });

    // Start again with a pending correction: the entry it corrects counts until it is verified.
    const other = await createWorld(db);
    await db.discipline.update({ where: { id: other.skydive }, data: { currencyCount: 2, currencyDays: 30 } });
    const o = await scopeOf(other.coordinator, other.productionId, NOW);
    const p = await scopeOf(other.performer1, other.productionId, NOW);
    const original = await logTrainingSession(o, { performerId: other.performer1.userId, disciplineId: other.skydive, date: "2026-06-25", count: 2 }, NOW);
    const correction = await logTrainingSession(p, { performerId: other.performer1.userId, disciplineId: other.skydive, date: "2026-06-26", count: 1, correctsId: original.id, reason: "Only one jump" }, NOW);
    const readOther = async () => {
      const request = await apiRequest(`/api/v1/productions/${other.productionId}/performers/${other.performer1.userId}/currency?asOf=2026-06-30`, { actor: other.coordinator });
      return ((await (await callRoute(getCurrency, request, { productionId: other.productionId, performerId: other.performer1.userId })).json()) as unknown[])[0];
    };
    expect(await readOther()).toMatchObject({ current: true, currentUntil: "2026-07-24", lastSession: "2026-06-25" });
    await verifyTrainingSession(o, correction.id, NOW);
    expect(await readOther()).toMatchObject({ current: false, currentUntil: null, lastSession: "2026-06-26" });
  });

  it("answers for every discipline with a rule, as of any day; the window boundary holds", async () => {
    await setRule({ count: 1, days: 30 });
    const coordinator = await scopeOf(w.coordinator, w.productionId, NOW);
    await logTrainingSession(coordinator, { performerId: w.performer2.userId, disciplineId: w.skydive, date: "2026-05-01", count: 1 }, NOW);
    const skydive = (list: Awaited<ReturnType<typeof currencyOf>>) => list.find((c) => c.disciplineId === w.skydive)!;
    // 1 May + 29 days = 30 May: current through it, lapsed on the 31st.
    expect(skydive(await currencyOf(w.performer2.userId, "2026-05-30"))).toMatchObject({ current: true, currentUntil: "2026-05-30", status: "lapsing" });
    expect(skydive(await currencyOf(w.performer2.userId, "2026-05-31"))).toMatchObject({ current: false, currentUntil: "2026-05-30", status: "lapsed" });
    expect(skydive(await currencyOf(w.performer2.userId, "2026-05-10"))).toMatchObject({ current: true, status: "current" });
    // Before the session: never current.
    expect(skydive(await currencyOf(w.performer2.userId, "2026-04-30"))).toMatchObject({ current: false, currentUntil: null, lastSession: null });
  });

  it("is refused to another performer (403) and to an outsider (404); a bad asOf is a 400", async () => {
    const as = async (actor: Actor, query = "") => {
      const request = await apiRequest(`/api/v1/productions/${w.productionId}/performers/${w.performer1.userId}/currency${query}`, { actor });
      return (await callRoute(getCurrency, request, { productionId: w.productionId, performerId: w.performer1.userId })).status;
    };
    expect(await as(w.performer2)).toBe(403);
    expect(await as(w.outsider)).toBe(404);
    expect(await as(w.coordinator, "?asOf=2026-02-30")).toBe(400);
  });
});

describe("currency alerts for the dashboard", () => {
  it("name lapsed and lapsing performer x discipline pairs that have a goal, nobody else", async () => {
    const v = await createWorld(db);
    await db.discipline.update({ where: { id: v.skydive }, data: { currencyCount: 1, currencyDays: 30 } });
    // performer1 has the world's skydive goal; performer2 has none and is never named.
    const coordinator = await scopeOf(v.coordinator, v.productionId, NOW);
    expect(await getCurrencyAlerts(coordinator, "2026-06-30")).toEqual([
      { performerId: v.performer1.userId, disciplineId: v.skydive, discipline: "Skydive", status: "lapsed", currentUntil: null },
    ]);
    await logTrainingSession(coordinator, { performerId: v.performer1.userId, disciplineId: v.skydive, date: "2026-06-05", count: 1 }, NOW);
    expect(await getCurrencyAlerts(coordinator, "2026-06-30")).toEqual([
      { performerId: v.performer1.userId, disciplineId: v.skydive, discipline: "Skydive", status: "lapsing", currentUntil: "2026-07-04" },
    ]);
    expect(await getCurrencyAlerts(coordinator, "2026-06-20")).toEqual([]);
  });
});
