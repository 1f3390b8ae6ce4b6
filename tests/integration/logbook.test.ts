// The whole logbook: every entry a performer ever logged is reachable, page
// by page, with filters and a total — through the real route handler.

import { beforeAll, describe, expect, it } from "vitest";
import { GET as getSessions } from "@/app/api/v1/productions/[productionId]/sessions/route";
import { logTrainingSession, rejectTrainingSession } from "@/lib/data/sessions";
import type { Actor } from "@/lib/domain/actor";
import { getDb } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let w: World;
const NOW = new Date("2026-06-30T12:00:00Z");
const ids = { verified: [] as string[], pending: [] as string[], rejected: [] as string[] };

beforeAll(async () => {
  w = await createWorld(await getDb());
  const coordinator = await scopeOf(w.coordinator, w.productionId);
  const performer = await scopeOf(w.performer1, w.productionId);
  // 60 entries of performer 1 over 30 days, two a day (same date, so the time and id break ties), plus others'.
  for (let i = 0; i < 30; i++) {
    const date = `2026-06-${String(1 + i).padStart(2, "0")}`;
    ids.verified.push((await logTrainingSession(coordinator, { performerId: w.performer1.userId, disciplineId: i % 3 ? w.skydive : w.motorbike, date, count: 1 + (i % 5) }, NOW)).id);
    ids.pending.push((await logTrainingSession(performer, { performerId: w.performer1.userId, disciplineId: w.skydive, date, count: 2 }, NOW)).id);
    await logTrainingSession(coordinator, { performerId: w.performer2.userId, disciplineId: w.skydive, date, count: 3 }, NOW);
  }
  for (const id of ids.pending.slice(0, 4)) {
    await rejectTrainingSession(coordinator, id, { reason: "Not on the manifest" }, NOW);
    ids.rejected.push(id);
  }
});

type Page = { entries: { id: string; date: string; performerId: string; status: string; discipline: string }[]; total: number; nextCursor: string | null };

async function list(actor: Actor, query: Record<string, string>) {
  const search = new URLSearchParams(query).toString();
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/sessions?${search}`, { actor });
  return callRoute(getSessions, request, { productionId: w.productionId });
}

async function everyPage(actor: Actor, query: Record<string, string>): Promise<{ pages: Page[]; entries: Page["entries"] }> {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const response = await list(actor, { ...query, ...(cursor ? { cursor } : {}) });
    expect(response.status).toBe(200);
    const page = (await response.json()) as Page;
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return { pages, entries: pages.flatMap((p) => p.entries) };
}

describe("the whole logbook", () => {
  it("reaches every entry exactly once, newest first, page by page, with the total on every page", async () => {
    const { pages, entries } = await everyPage(w.coordinator, { performerId: w.performer1.userId, limit: "25" });
    expect(pages.map((p) => p.entries.length)).toEqual([25, 25, 10]);
    expect(pages.every((p) => p.total === 60)).toBe(true);
    expect(pages.at(-1)!.nextCursor).toBeNull();
    expect(new Set(entries.map((e) => e.id)).size).toBe(60);
    expect(entries.map((e) => e.id).sort()).toEqual([...ids.verified, ...ids.pending].sort());
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("filters by discipline, status and date range, and counts what they select", async () => {
    const motorbike = await everyPage(w.coordinator, { performerId: w.performer1.userId, disciplineId: w.motorbike });
    expect(motorbike.entries).toHaveLength(10);
    expect(motorbike.entries.every((e) => e.discipline === "Motorbike jump")).toBe(true);
    const rejected = await everyPage(w.coordinator, { performerId: w.performer1.userId, status: "rejected" });
    expect(rejected.entries.map((e) => e.id).sort()).toEqual([...ids.rejected].sort());
    const week = await everyPage(w.coordinator, { performerId: w.performer1.userId, from: "2026-06-10", to: "2026-06-16" });
    expect(week.pages[0]!.total).toBe(14);
    expect(week.entries.every((e) => e.date >= "2026-06-10" && e.date <= "2026-06-16")).toBe(true);
  });

  it("a performer sees their own logbook by default and nobody else's", async () => {
    const own = await everyPage(w.performer1, {});
    expect(own.pages[0]!.total).toBe(60);
    expect(own.entries.every((e) => e.performerId === w.performer1.userId)).toBe(true);
    expect((await list(w.performer1, { performerId: w.performer2.userId })).status).toBe(403);
  });

  it("coordinators and viewers may list the whole production", async () => {
    const all = await list(w.viewer, { limit: "1" });
    expect(((await all.json()) as Page).total).toBe(90);
  });

  it("refuses outsiders, unknown ids, a foreign cursor and an inverted range", async () => {
    expect((await list(w.outsider, {})).status).toBe(404);
    expect((await list(w.coordinator, { performerId: "nobody" })).status).toBe(404);
    expect((await list(w.coordinator, { disciplineId: w.otherDiscipline })).status).toBe(404);
    const forged = await list(w.coordinator, { cursor: "not-a-cursor" });
    expect(forged.status).toBe(400);
    expect((await forged.json()).fields).toHaveProperty("cursor");
    const inverted = await list(w.coordinator, { from: "2026-06-20", to: "2026-06-10" });
    expect(inverted.status).toBe(400);
    expect((await inverted.json()).fields).toHaveProperty("to");
    expect((await list(w.coordinator, { limit: "500" })).status).toBe(400);
  });
});
