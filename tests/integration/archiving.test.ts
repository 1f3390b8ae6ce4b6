// Archiving goals and disciplines (issue 14): one active goal per performer
// and discipline; an archived goal leaves every progress view and keeps its
// count; an archived discipline takes no new entry, goal or plan; each change
// is audited once; refusals write nothing. Runs on SQLite and PostgreSQL.

import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchGoal } from "@/app/api/v1/productions/[productionId]/goals/[goalId]/route";
import { POST as postGoal } from "@/app/api/v1/productions/[productionId]/goals/route";
import { PATCH as patchDiscipline } from "@/app/api/v1/productions/[productionId]/disciplines/[disciplineId]/route";
import { updateDiscipline } from "@/lib/data/disciplines";
import { createGoal, listArchivedGoals, setGoalArchived, updateGoal } from "@/lib/data/goals";
import { getGoalFeasibility } from "@/lib/data/feasibility";
import { getPlan, repeatPlanWeek, setPlan } from "@/lib/data/plan";
import { getStuntReadiness } from "@/lib/data/stunt-readiness";
import { createStunt } from "@/lib/data/stunts";
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
      fields: { "0.disciplineId": "Skydive is archived: nothing new is planned in it" },
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

describe("what an archived discipline keeps and refuses around it", () => {
  it("lets a correction fix an entry within it, never move one into it", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const motorbike = await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.motorbike, date: "2026-06-01", count: 3 }, NOW);
    const skydive = await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-01", count: 3 }, NOW);
    await archiveDiscipline(w, w.coordinator, w.skydive, { archived: true });
    await expect(
      logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-01", count: 4, correctsId: motorbike.id, reason: "Was a skydive" }, NOW),
    ).rejects.toMatchObject({ fields: { disciplineId: expect.stringContaining("Skydive is archived") } });
    const fixed = await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-01", count: 2, correctsId: skydive.id, reason: "Miscounted" }, NOW);
    expect(fixed.status).toBe("pending");
    expect(await db.trainingSession.count({ where: { disciplineId: w.skydive } })).toBe(2);
  });

  it("keeps past plan days as history, drops future ones, and repeats only disciplines trained now", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    // NOW is 15 Jun; the week of 8 Jun is past, 22 Jun ahead.
    const week = [
      { date: "2026-06-09", disciplineId: w.skydive, count: 3 },
      { date: "2026-06-09", disciplineId: w.motorbike, count: 5 },
    ];
    await setPlan(c, w.performer1.userId, { from: "2026-06-08", to: "2026-06-14" }, week);
    await setPlan(c, w.performer1.userId, { from: "2026-06-22", to: "2026-06-28" }, [{ date: "2026-06-23", disciplineId: w.skydive, count: 3 }]);
    // Through the writer, with this scope's today (the route's would be the real one).
    await updateDiscipline(c, w.skydive, { archived: true }, NOW);
    const entries = async (from: string, to: string) => (await getPlan(c, w.performer1.userId, { from, to })).entries.map((e) => `${e.date} ${e.disciplineId === w.skydive ? "skydive" : "motorbike"} ${e.count}`).sort();
    expect(await entries("2026-06-22", "2026-06-28")).toEqual([]);
    expect(await entries("2026-06-08", "2026-06-14")).toEqual(["2026-06-09 motorbike 5", "2026-06-09 skydive 3"]);

    // What GET answered may be PUT again; a save of the motorbike days keeps the archived discipline's day.
    await setPlan(c, w.performer1.userId, { from: "2026-06-08", to: "2026-06-14" }, week);
    await setPlan(c, w.performer1.userId, { from: "2026-06-08", to: "2026-06-14" }, [{ date: "2026-06-10", disciplineId: w.motorbike, count: 6 }]);
    expect(await entries("2026-06-08", "2026-06-14")).toEqual(["2026-06-09 skydive 3", "2026-06-10 motorbike 6"]);
    // A changed day in it is new planning: refused.
    await expect(setPlan(c, w.performer1.userId, { from: "2026-06-08", to: "2026-06-14" }, [{ date: "2026-06-09", disciplineId: w.skydive, count: 4 }])).rejects.toMatchObject({
      fields: { "0.disciplineId": "Skydive is archived: nothing new is planned in it" },
    });

    expect(await repeatPlanWeek(c, w.performer1.userId, { week: "2026-06-08", weeks: 2 })).toMatchObject({ copied: 2 });
    expect(await entries("2026-06-15", "2026-06-28")).toEqual(["2026-06-17 motorbike 6", "2026-06-24 motorbike 6"]);
  });

  it("is refused for a new stunt, and makes an existing stunt not ready with one reason saying what to do", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const stunt = await createStunt(c, { name: "Exit from the heli", performerIds: [w.performer1.userId], disciplineIds: [w.skydive] }, NOW);
    await archiveDiscipline(w, w.coordinator, w.skydive, { archived: true });
    await expect(createStunt(c, { name: "Second exit", performerIds: [w.performer1.userId], disciplineIds: [w.skydive] }, NOW)).rejects.toMatchObject({
      fields: { disciplineIds: "Skydive is archived: a stunt is prepared by disciplines trained now" },
    });
    const judged = await getStuntReadiness(c, stunt.id);
    expect(judged.verdict).toBe("not_ready");
    const kinds = judged.reasons.map((r) => r.kind);
    expect(kinds).toContain("discipline_archived");
    expect(kinds).not.toContain("no_goal");
    expect(judged.reasons.find((r) => r.kind === "discipline_archived")).toMatchObject({ performerId: null, message: "Skydive is archived: take it off the stunt, or restore it in Settings" });
  });
});

describe("an archived goal, around the edges", () => {
  it("has no forecast: asked for alone it is a 409", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    await setGoalArchived(c, w.goalId, { archived: true }, NOW);
    await expect(getGoalFeasibility(c, w.goalId)).rejects.toMatchObject({ status: 409, message: "This goal is archived: restore it to forecast it" });
  });

  it("is never edited by a request that raced its archiving", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    for (let round = 0; round < 4; round++) {
      await setGoalArchived(c, w.goalId, { archived: false }, NOW);
      const before = await db.auditEvent.count({ where: { productionId: w.productionId, subject: "goal", action: "edit" } });
      const [edit] = await Promise.allSettled([
        updateGoal(c, w.goalId, { target: 600 + round, startDate: "2026-01-01", deadline: "2026-12-31" }, NOW),
        setGoalArchived(c, w.goalId, { archived: true }, NOW),
      ]);
      const events = await db.auditEvent.findMany({ where: { productionId: w.productionId, subject: "goal", sessionId: w.goalId }, select: { id: true, action: true } });
      const seq = new Map(await Promise.all(events.map(async (e) => [e.action + e.id, (await db.auditChain.findUniqueOrThrow({ where: { eventId: e.id } })).seq] as const)));
      const lastArchive = Math.max(...[...seq].filter(([k]) => k.startsWith("archive")).map(([, v]) => v));
      // An edit that went through was chained before the archive; one that came after was refused.
      const edits = [...seq].filter(([k]) => k.startsWith("edit")).map(([, v]) => v);
      expect(edits.every((v) => v < lastArchive)).toBe(true);
      expect(edits.length - before).toBe(edit.status === "fulfilled" ? 1 : 0);
    }
  });
});
