// Editing a goal (issue 14): a coordinator changes its target, dates and
// milestones; progress and milestone days follow at once; the change is
// audited with the goal before and after; refusals change nothing.

import { beforeAll, describe, expect, it } from "vitest";
import { PUT as putGoal } from "@/app/api/v1/productions/[productionId]/goals/[goalId]/route";
import { getPerformerProgress } from "@/lib/data/progress";
import { logTrainingSession } from "@/lib/data/sessions";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
const NOW = new Date("2026-06-15T12:00:00Z");

beforeAll(async () => {
  db = await getDb();
});

async function put(w: World, actor: Actor, goalId: string, body: unknown) {
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/goals/${goalId}`, { actor, method: "PUT", body });
  const response = await callRoute(putGoal, request, { productionId: w.productionId, goalId });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("editing a goal", () => {
  it("changes target, dates and milestones; progress and the milestone days follow; the change is audited", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-01", count: 30 }, NOW);
    const goalOf = async () => (await getPerformerProgress(c, w.performer1.userId, "2026-06-15")).goals.find((g) => g.goalId === w.goalId)!;
    expect(await goalOf()).toMatchObject({ target: 500, done: 30 });

    const edited = await put(w, w.coordinator, w.goalId, { target: 40, startDate: "2026-01-01", deadline: "2026-09-30", milestones: [{ name: "Twenty", count: 20 }] });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ goalId: w.goalId, performerId: w.performer1.userId, target: 40, deadline: "2026-09-30", milestones: [{ name: "Twenty", count: 20, freefallMinutes: null }] });
    const after = await goalOf();
    expect(after).toMatchObject({ target: 40, done: 30, deadline: "2026-09-30" });
    expect(after.milestones).toEqual([expect.objectContaining({ name: "Twenty", count: 20, reachedOn: "2026-06-01" })]);

    // A later start leaves the earlier entry out.
    await put(w, w.coordinator, w.goalId, { target: 40, startDate: "2026-06-02", deadline: "2026-09-30" });
    expect(await goalOf()).toMatchObject({ done: 0 });

    const events = await db.auditEvent.findMany({ where: { productionId: w.productionId, subject: "goal", sessionId: w.goalId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["edit", "edit"]);
    expect(JSON.parse(events[0]!.before!)).toMatchObject({ target: 500, milestones: [{ name: "A licence" }, { name: "B licence" }] });
    expect(JSON.parse(events[0]!.after!)).toMatchObject({ target: 40, milestones: [{ name: "Twenty" }] });
  });

  it("says which field is wrong and changes nothing; only coordinators edit; another production's goal is not found", async () => {
    const w = await createWorld(db);
    const before = await db.goal.findUniqueOrThrow({ where: { id: w.goalId }, include: { milestones: true } });
    const refused = await put(w, w.coordinator, w.goalId, { target: 10, startDate: "2026-06-01", deadline: "2026-05-01", milestones: [{ name: "Too far", count: 11 }] });
    expect(refused).toEqual({ status: 400, body: expect.objectContaining({ fields: { deadline: "Deadline must not be before the start date", "milestones.0.count": "Milestone count must not exceed the target" } }) });
    // The world's skydive records no jump rows: a freefall milestone could never be reached.
    expect((await put(w, w.coordinator, w.goalId, { target: 10, startDate: "2026-06-01", deadline: "2026-07-01", milestones: [{ name: "Freefall", count: 5, freefallMinutes: 30 }] })).body).toMatchObject({
      fields: { "milestones.0.freefallMinutes": expect.stringContaining("does not record jumps") },
    });
    expect((await put(w, w.performer1, w.goalId, { target: 1, startDate: "2026-06-01", deadline: "2026-07-01" })).status).toBe(403);
    expect((await put(w, w.viewer, w.goalId, { target: 1, startDate: "2026-06-01", deadline: "2026-07-01" })).status).toBe(403);
    expect((await put(w, w.outsider, w.goalId, { target: 1, startDate: "2026-06-01", deadline: "2026-07-01" })).status).toBe(404);
    const other = await createWorld(db);
    expect((await put(w, w.coordinator, other.goalId, { target: 1, startDate: "2026-06-01", deadline: "2026-07-01" })).status).toBe(404);
    expect((await put(w, w.coordinator, w.goalId, { target: 1, startDate: "2026-06-01", deadline: "2026-07-01", performerId: w.performer2.userId })).body).toMatchObject({ fields: { performerId: expect.stringContaining("Unknown field") } });
    expect(await db.goal.findUniqueOrThrow({ where: { id: w.goalId }, include: { milestones: true } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { productionId: w.productionId, subject: "goal" } })).toBe(0);
  });
});
