import { beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteRoute, PATCH as patchRoute } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/route";
import { GET as historyRoute } from "@/app/api/v1/productions/[productionId]/sessions/[sessionId]/history/route";
import { POST as bulkVerifyRoute } from "@/app/api/v1/productions/[productionId]/sessions/verify/route";
import { POST as postSession } from "@/app/api/v1/productions/[productionId]/sessions/route";
import { PATCH as patchProduction } from "@/app/api/v1/productions/[productionId]/route";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { getSessionHistory } from "@/lib/data/audit";
import { getProductionProgress } from "@/lib/data/progress";
import { verifyTrainingSession } from "@/lib/data/sessions";
import { logTrainingSession } from "@/lib/data/sessions";
import { ForbiddenError } from "@/lib/domain/errors";
import { apiRequest, params } from "../support/api-request";
import { createWorld, type World, scopeOf } from "../support/world";

const NOW = new Date("2026-06-15T12:00:00Z");
let db: Db;
let w: World;

beforeEach(async () => {
  db = await getDb();
  w = await createWorld(db);
});

const entry = (performerId: string, extra: Record<string, unknown> = {}) => ({
  performerId,
  disciplineId: w.skydive,
  date: "2026-06-14",
  count: 6,
  ...extra,
});

async function call(
  handler: (req: never, ctx: never) => Promise<Response>,
  path: string,
  actor: Actor | null,
  method: string,
  p: Record<string, string>,
  body?: unknown,
) {
  const response = await handler((await apiRequest(path, { actor, method, body })) as never, params(p) as never);
  return { status: response.status, body: await response.json() };
}

const sessionPath = (id: string) => `/api/v1/productions/${w.productionId}/sessions/${id}`;
const patch = (actor: Actor | null, id: string, body: unknown) =>
  call(patchRoute as never, sessionPath(id), actor, "PATCH", { productionId: w.productionId, sessionId: id }, body);
const del = (actor: Actor | null, id: string) =>
  call(deleteRoute as never, sessionPath(id), actor, "DELETE", { productionId: w.productionId, sessionId: id });
const history = (actor: Actor | null, id: string) =>
  call(historyRoute as never, `${sessionPath(id)}/history`, actor, "GET", { productionId: w.productionId, sessionId: id });

describe("locks: a verified entry cannot be edited or deleted", () => {
  it("PATCH and DELETE of a verified entry are 409 with a message, and nothing changes", async () => {
    const s = await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.performer1.userId), NOW);
    expect(s.status).toBe("verified");
    const edit = await patch(w.coordinator, s.id, { count: 60 });
    expect(edit.status).toBe(409);
    expect(edit.body.error).toMatch(/locked/);
    expect((await del(w.coordinator, s.id)).status).toBe(409);
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: s.id } })).count).toBe(6);
  });

  it("a pending entry can be edited and deleted by its performer or a coordinator only", async () => {
    const s = await logTrainingSession(await scopeOf(w.performer1, w.productionId), entry(w.performer1.userId), NOW);
    expect((await patch(null, s.id, { count: 7 })).status).toBe(401);
    expect((await patch(w.outsider, s.id, { count: 7 })).status).toBe(404);
    expect((await patch(w.viewer, s.id, { count: 7 })).status).toBe(403);
    expect((await patch(w.performer2, s.id, { count: 7 })).status).toBe(403);
    const bad = await patch(w.performer1, s.id, { count: 0 });
    expect(bad).toEqual({ status: 400, body: { error: "Some fields need attention", fields: { count: "Count must be at least 1" } } });
    const ok = await patch(w.performer1, s.id, { count: 7, notes: "two more loads" });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ count: 7, notes: "two more loads", status: "pending" });
    expect((await del(w.performer2, s.id)).status).toBe(403);
    expect((await del(w.coordinator, s.id)).status).toBe(200);
    expect(await db.trainingSession.count({ where: { id: s.id } })).toBe(0);
  });
});

describe("the audit log", () => {
  it("records create, edit, verify and delete with who, when, before and after; coordinators read it", async () => {
    // Real clock throughout: the route handler stamps its event with the current time.
    const s = await logTrainingSession(await scopeOf(w.performer1, w.productionId), entry(w.performer1.userId));
    await patch(w.performer1, s.id, { count: 8 });
    await verifyTrainingSession(await scopeOf(w.coordinator, w.productionId), s.id);
    const h = await history(w.coordinator, s.id);
    expect(h.status).toBe(200);
    expect(h.body.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
      ["create", "Performer One"],
      ["edit", "Performer One"],
      ["verify", "Coordinator"],
    ]);
    expect(h.body[1].before.count).toBe(6);
    expect(h.body[1].after.count).toBe(8);
    expect((await history(w.performer1, s.id)).status).toBe(403);
    expect((await history(w.viewer, s.id)).status).toBe(403);
    expect((await history(w.outsider, s.id)).status).toBe(404);

    const gone = await logTrainingSession(await scopeOf(w.performer1, w.productionId), entry(w.performer1.userId), NOW);
    await del(w.performer1, gone.id);
    const afterDelete = await getSessionHistory(await scopeOf(w.coordinator, w.productionId), gone.id);
    expect(afterDelete.map((e) => e.action)).toEqual(["create", "delete"]);
    expect(afterDelete[1]!.before?.count).toBe(6);
  });

  it("is append-only in the database itself", async () => {
    await logTrainingSession(await scopeOf(w.performer1, w.productionId), entry(w.performer1.userId), NOW);
    const events = () => db.auditEvent.findMany({ where: { productionId: w.productionId }, orderBy: { id: "asc" } });
    const before = await events();
    // Prisma's error text quotes the calling line, so a message check could match this file's own source;
    // and SQLite's adapter reports a trigger's refusal without its text. The proof: the rows are as they were.
    await expect(db.auditEvent.updateMany({ where: { productionId: w.productionId }, data: { action: "forged" } })).rejects.toThrow();
    await expect(db.auditEvent.deleteMany({ where: { productionId: w.productionId } })).rejects.toThrow();
    expect(await events()).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });
});

describe("corrections", () => {
  async function skydivesDone() {
    const progress = await getProductionProgress(await scopeOf(w.viewer, w.productionId), "2026-06-15");
    return progress.performers.find((p) => p.performerId === w.performer1.userId)!.goals[0]!.done;
  }

  it("replace a verified entry only once they are verified themselves, never counting twice", async () => {
    const original = await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.performer1.userId, { count: 42 }), NOW);
    expect(await skydivesDone()).toBe(42);
    const post = await call(postSession as never, `/api/v1/productions/${w.productionId}/sessions`, w.performer1, "POST", { productionId: w.productionId }, {
      ...entry(w.performer1.userId, { count: 40 }),
      correctsId: original.id,
      reason: "Two loads were cancelled for wind",
    });
    expect(post.status).toBe(201);
    expect(post.body).toMatchObject({ status: "pending", correctsId: original.id, correctionReason: "Two loads were cancelled for wind" });
    expect(await skydivesDone()).toBe(42); // the pending correction does not count yet

    await verifyTrainingSession(await scopeOf(w.coordinator, w.productionId), post.body.id, NOW);
    expect(await skydivesDone()).toBe(40);
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: original.id } })).status).toBe("superseded");
    const h = await getSessionHistory(await scopeOf(w.coordinator, w.productionId), original.id);
    expect(h.map((e) => e.action)).toEqual(["create", "verify", "supersede"]);
  });

  it("need a reason, a verified original of the same performer, and the right to log for them", async () => {
    const original = await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.performer1.userId), NOW);
    const pending = await logTrainingSession(await scopeOf(w.performer1, w.productionId), entry(w.performer1.userId), NOW);
    const correct = (actor: Actor, body: Record<string, unknown>) =>
      call(postSession as never, `/api/v1/productions/${w.productionId}/sessions`, actor, "POST", { productionId: w.productionId }, body);
    expect((await correct(w.performer1, { ...entry(w.performer1.userId), correctsId: original.id })).body.fields).toEqual({
      reason: "Say why the entry is corrected",
    });
    expect((await correct(w.performer1, { ...entry(w.performer1.userId), correctsId: pending.id, reason: "x" })).status).toBe(409);
    expect((await correct(w.performer2, { ...entry(w.performer2.userId), correctsId: original.id, reason: "x" })).status).toBe(400);
    expect((await correct(w.performer1, { ...entry(w.performer1.userId), correctsId: "nope", reason: "x" })).status).toBe(404);
  });
});

describe("nobody verifies their own entry", () => {
  it("not even a coordinator who also performs", async () => {
    await db.membership.update({
      where: { productionId_userId: { productionId: w.productionId, userId: w.coordinator.userId } },
      data: { performs: true },
    });
    const own = await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.coordinator.userId), NOW);
    expect(own.status).toBe("pending");
    const error = await verifyTrainingSession(await scopeOf(w.coordinator, w.productionId), own.id, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toMatch(/own entry/);
  });
});

describe("bulk sign-off", () => {
  it("verifies what it may and says why it skipped the rest", async () => {
    const a = await logTrainingSession(await scopeOf(w.performer1, w.productionId), entry(w.performer1.userId), NOW);
    const b = await logTrainingSession(await scopeOf(w.performer2, w.productionId), entry(w.performer2.userId), NOW);
    const signed = await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.performer1.userId), NOW);
    const path = `/api/v1/productions/${w.productionId}/sessions/verify`;
    const result = await call(bulkVerifyRoute as never, path, w.coordinator, "POST", { productionId: w.productionId }, {
      sessionIds: [a.id, b.id, signed.id, "nope"],
    });
    expect(result.status).toBe(200);
    expect(result.body.verified).toEqual([a.id, b.id]);
    expect(result.body.skipped).toEqual([
      { id: signed.id, reason: "This session is already verified" },
      { id: "nope", reason: "No such session in this production" },
    ]);
    expect((await call(bulkVerifyRoute as never, path, w.viewer, "POST", { productionId: w.productionId }, { sessionIds: [a.id] })).status).toBe(403);
    expect((await call(bulkVerifyRoute as never, path, w.coordinator, "POST", { productionId: w.productionId }, { sessionIds: [] })).status).toBe(400);
  });
});

describe("the production's sign-off policy", () => {
  it("only coordinators change it, and it decides whether a coordinator's entry is verified", async () => {
    const path = `/api/v1/productions/${w.productionId}`;
    const set = (actor: Actor, value: unknown) =>
      call(patchProduction as never, path, actor, "PATCH", { productionId: w.productionId }, { coordinatorLogsAreVerified: value });
    expect((await set(w.viewer, false)).status).toBe(403);
    expect((await set(w.coordinator, "maybe")).status).toBe(400);
    expect((await set(w.coordinator, false)).body).toMatchObject({ coordinatorLogsAreVerified: false });
    const s = await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.performer1.userId), NOW);
    expect(s.status).toBe("pending");
  });
});
