// Archiving goals and disciplines (issue 14): one active goal per performer
// and discipline; an archived goal leaves every progress view and keeps its
// count; an archived discipline takes no new entry, goal or plan; each change
// is audited once; refusals write nothing. Runs on SQLite and PostgreSQL.

import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchGoal } from "@/app/api/v1/productions/[productionId]/goals/[goalId]/route";
import { POST as postGoal } from "@/app/api/v1/productions/[productionId]/goals/route";
import { PATCH as patchDiscipline } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/route";
import { createGoal, listArchivedGoals, updateGoal } from "@/lib/data/goals";
import { setPlan } from "@/lib/data/plan";
import { getPerformerProgress, getProductionProgress } from "@/lib/data/progress";
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

async function archiveGoal(w: World, actor: Actor, goalId: string, body: unknown) {
  const response = await callRoute(patchGoal, await apiRequest(`/api/v1/productions/${w.productionId}/goals/${goalId}`, { actor, method: "PATCH", body }), { productionId: w.productionId, goalId });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function postGoalAs(w: World, actor: Actor, body: unknown) {
  const response = await callRoute(postGoal, await apiRequest(`/api/v1/productions/${w.productionId}/goals`, { actor, method: "POST", body }), { productionId: w.productionId });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function archiveDiscipline(w: World, actor: Actor, disciplineId: string, body: unknown) {
  const response = await callRoute(
    patchDiscipline,
    await apiRequest(`/api/v1/productions/${w.productionId}/disciplines/${disciplineId}`, { actor, method: "PATCH", body }),
    { productionId: w.productionId, disciplineId },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const goalEvents = (w: World) => db.auditEvent.findMany({ where: { productionId: w.productionId, subject: "goal" }, orderBy: { id: "asc" }, select: { action: true, sessionId: true, reason: true } });

describe("one active goal per performer and discipline", () => {
  it("refuses a second, naming the discipline field; writes nothing", async () => {
    const w = await createWorld(db);
    const body = { performerId: w.performer1.userId, disciplineId: w.skydive, target: 50, startDate: "2026-06-01", deadline: "2026-09-01" };
    const refused = await postGoalAs(w, w.coordinator, body);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ fields: { disciplineId: "This performer already has an active Skydive goal: edit that one, or archive it first" } });
    expect(await db.goal.count({ where: { productionId: w.productionId } })).toBe(1);
    expect(await goalEvents(w)).toEqual([]);
    // Another performer, or another discipline, is a goal of its own.
    expect((await postGoalAs(w, w.coordinator, { ...body, performerId: w.performer2.userId })).status).toBe(201);
    expect((await postGoalAs(w, w.coordinator, { ...body, disciplineId: w.motorbike })).status).toBe(201);
  });

  it("lets only one of two simultaneous requests set the same goal", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const body = { performerId: w.performer2.userId, disciplineId: w.motorbike, target: 40, startDate: "2026-06-01", deadline: "2026-09-01" };
    const results = await Promise.allSettled([createGoal(c, body, NOW), createGoal(c, { ...body, target: 41 }, NOW), createGoal(c, { ...body, target: 42 }, NOW)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect(String((r as PromiseRejectedResult).reason)).toContain("Some fields need attention");
    expect(await db.goal.count({ where: { productionId: w.productionId, performerId: w.performer2.userId, disciplineId: w.motorbike } })).toBe(1);
  });
});

describe("archiving a goal", () => {
  it("takes it off progress with its count kept; a new goal may then be set; restoring waits until that one is archived", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-01", count: 30 }, NOW);

    const archived = await archiveGoal(w, w.coordinator, w.goalId, { archived: true });
    expect(archived).toEqual({ status: 200, body: { goalId: w.goalId, archived: true, archivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) } });
    expect((await getPerformerProgress(c, w.performer1.userId)).goals).toEqual([]);
    expect((await getProductionProgress(c)).performers.flatMap((p) => p.goals).map((g) => g.goalId)).not.toContain(w.goalId);
    expect(await listArchivedGoals(c, w.performer1.userId)).toEqual([expect.objectContaining({ goalId: w.goalId, discipline: "Skydive", done: 30, target: 500, archivedAt: new Date(String(archived.body.archivedAt)) })]);
    // The performer reads their own archived goals; another performer does not.
    expect(await listArchivedGoals(await scopeOf(w.performer1, w.productionId, NOW), w.performer1.userId)).toHaveLength(1);
    await expect(listArchivedGoals(await scopeOf(w.performer2, w.productionId, NOW), w.performer1.userId)).rejects.toThrow("their own");

    // An archived goal is not edited; the same request again changes nothing.
    await expect(updateGoal(c, w.goalId, { target: 10, startDate: "2026-06-01", deadline: "2026-07-01" }, NOW)).rejects.toThrow("restore it before editing");
    expect((await archiveGoal(w, w.coordinator, w.goalId, { archived: true })).status).toBe(200);
    expect(await goalEvents(w)).toEqual([{ action: "archive", sessionId: w.goalId, reason: null }]);

    const replacement = await postGoalAs(w, w.coordinator, { performerId: w.performer1.userId, disciplineId: w.skydive, target: 100, startDate: "2026-06-01", deadline: "2026-09-01" });
    expect(replacement.status).toBe(201);
    expect((await getPerformerProgress(c, w.performer1.userId)).goals).toEqual([expect.objectContaining({ goalId: replacement.body.goalId, done: 30, target: 100 })]);

    const blocked = await archiveGoal(w, w.coordinator, w.goalId, { archived: false });
    expect(blocked).toMatchObject({ status: 409, body: { error: "This performer already has an active Skydive goal: edit that one, or archive it first" } });
    expect(await archiveGoal(w, w.coordinator, String(replacement.body.goalId), { archived: true })).toMatchObject({ status: 200 });
    expect(await archiveGoal(w, w.coordinator, w.goalId, { archived: false })).toEqual({ status: 200, body: { goalId: w.goalId, archived: false, archivedAt: null } });
    expect((await getPerformerProgress(c, w.performer1.userId)).goals).toEqual([expect.objectContaining({ goalId: w.goalId, done: 30 })]);
    expect((await goalEvents(w)).map((e) => e.action)).toEqual(["archive", "create", "archive", "restore"]);
  });

  it("is for coordinators; a bad body is a field error; another production's goal is not found", async () => {
    const w = await createWorld(db);
    expect((await archiveGoal(w, w.performer1, w.goalId, { archived: true })).status).toBe(403);
    expect((await archiveGoal(w, w.viewer, w.goalId, { archived: true })).status).toBe(403);
    expect((await archiveGoal(w, w.outsider, w.goalId, { archived: true })).status).toBe(404);
    expect(await archiveGoal(w, w.coordinator, w.goalId, { archived: "yes" })).toMatchObject({ status: 400, body: { fields: { archived: "Archived must be true or false" } } });
    expect(await archiveGoal(w, w.coordinator, w.goalId, {})).toMatchObject({ status: 400, body: { fields: { archived: expect.any(String) } } });
    const other = await createWorld(db);
    expect((await archiveGoal(w, w.coordinator, other.goalId, { archived: true })).status).toBe(404);
    expect(await db.goal.findUniqueOrThrow({ where: { id: w.goalId }, select: { archivedAt: true } })).toEqual({ archivedAt: null });
    expect(await goalEvents(w)).toEqual([]);
  });
});

describe("archiving a discipline", () => {
  it("archives its active goals with it, refuses new entries, goals and plans in it, and restores on its own", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-01", count: 12 }, NOW);

    const archived = await archiveDiscipline(w, w.coordinator, w.skydive, { archived: true });
    expect(archived).toMatchObject({ status: 200, body: { id: w.skydive, name: "Skydive", archivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) } });
    expect(await goalEvents(w)).toEqual([{ action: "archive", sessionId: w.goalId, reason: "Skydive archived" }]);
    expect(await db.auditEvent.findMany({ where: { productionId: w.productionId, subject: "discipline" }, select: { action: true } })).toEqual([{ action: "archive" }]);
    expect((await getPerformerProgress(c, w.performer1.userId)).goals).toEqual([]);

    await expect(logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-02", count: 5 }, NOW)).rejects.toMatchObject({
      fields: { disciplineId: "Skydive is archived: nothing new is logged to it (a coordinator can restore it in Settings)" },
    });
    expect(await postGoalAs(w, w.coordinator, { performerId: w.performer2.userId, disciplineId: w.skydive, target: 5, startDate: "2026-06-01", deadline: "2026-09-01" })).toMatchObject({
      status: 400,
      body: { fields: { disciplineId: "Skydive is archived: restore it in Settings before setting a goal in it" } },
    });
    await expect(setPlan(c, w.performer1.userId, { from: "2026-06-15", to: "2026-06-21" }, [{ date: "2026-06-16", disciplineId: w.skydive, count: 3 }])).rejects.toMatchObject({
      fields: { "0.disciplineId": "Skydive is archived: nothing is planned in it" },
    });
    // Its goal waits for the discipline.
    expect(await archiveGoal(w, w.coordinator, w.goalId, { archived: false })).toMatchObject({ status: 409, body: { error: "Skydive is archived: restore the discipline in Settings first" } });
    expect(await db.trainingSession.count({ where: { productionId: w.productionId, disciplineId: w.skydive } })).toBe(1);

    // Archive on its own, not with a rename; coordinators only.
    expect(await archiveDiscipline(w, w.coordinator, w.skydive, { archived: false, name: "Freefall" })).toMatchObject({ status: 400, body: { fields: { archived: "Archive or restore a discipline on its own, without other changes" } } });
    expect((await archiveDiscipline(w, w.performer1, w.skydive, { archived: false })).status).toBe(403);
    expect((await archiveDiscipline(w, w.viewer, w.skydive, { archived: false })).status).toBe(403);

    expect(await archiveDiscipline(w, w.coordinator, w.skydive, { archived: false })).toMatchObject({ status: 200, body: { archivedAt: null } });
    // The same request again writes nothing more.
    expect((await archiveDiscipline(w, w.coordinator, w.skydive, { archived: false })).status).toBe(200);
    expect(await db.auditEvent.findMany({ where: { productionId: w.productionId, subject: "discipline" }, select: { action: true }, orderBy: { id: "asc" } })).toEqual([{ action: "archive" }, { action: "restore" }]);
    await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-02", count: 5 }, NOW);
    // Its goal stays archived until restored itself.
    expect((await getPerformerProgress(c, w.performer1.userId)).goals).toEqual([]);
    expect(await archiveGoal(w, w.coordinator, w.goalId, { archived: false })).toMatchObject({ status: 200 });
    expect((await getPerformerProgress(c, w.performer1.userId)).goals).toEqual([expect.objectContaining({ goalId: w.goalId, done: 17 })]);
  });

  it("never lets an entry land in it halfway: archiving and logging at once end with the entry before, or refused", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const entries = [1, 2, 3, 4].map((day) => logTrainingSession(c, { performerId: day % 2 ? w.performer1.userId : w.performer2.userId, disciplineId: w.motorbike, date: `2026-06-0${day}`, count: 2 }, NOW));
    const [archive, ...logged] = await Promise.allSettled([archiveDiscipline(w, w.coordinator, w.motorbike, { archived: true }), ...entries]);
    expect(archive).toMatchObject({ status: "fulfilled", value: { status: 200 } });
    const kept = await db.trainingSession.findMany({ where: { disciplineId: w.motorbike }, select: { id: true } });
    const refused = logged.filter((r) => r.status === "rejected");
    expect(kept.length + refused.length).toBe(4);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ fields: { disciplineId: expect.stringContaining("is archived") } });
    // The audit chain is in commit order: every kept entry was logged before the discipline was archived.
    const archivedEvent = await db.auditEvent.findFirstOrThrow({ where: { productionId: w.productionId, subject: "discipline", action: "archive" }, select: { id: true } });
    const loggedEvents = await db.auditEvent.findMany({ where: { productionId: w.productionId, action: "create", sessionId: { in: kept.map((k) => k.id) } }, select: { id: true } });
    expect(loggedEvents).toHaveLength(kept.length);
    const seqOf = async (eventId: string) => (await db.auditChain.findUniqueOrThrow({ where: { eventId }, select: { seq: true } })).seq;
    const archivedSeq = await seqOf(archivedEvent.id);
    for (const e of loggedEvents) expect(await seqOf(e.id)).toBeLessThan(archivedSeq);
  });
});
