// A review check that passed on main at 8c5741a (kept as a guard): a
// Promise.all mix of log, edit, verify, bulk verify, reject, correct, delete
// and a new goal, on SQLite and PostgreSQL; the safety rules hold and the
// running totals equal a full recompute afterwards.

import { beforeEach, describe, expect, it } from "vitest";
import { createGoal } from "@/lib/data/goals";
import { deleteTrainingSession, editTrainingSession, logTrainingSession, rejectTrainingSession, verifyTrainingSession, verifyTrainingSessions } from "@/lib/data/sessions";
import { getDb, type Db } from "@/lib/server/db";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;

beforeEach(async () => {
  db = await getDb();
  w = await createWorld(db);
});

describe("a mix of simultaneous session writes and a new goal", () => {
  const NOW = new Date("2026-06-15T12:00:00Z");

  it("keeps the safety rules, and the running totals equal a full recompute", async () => {
    const coordinator = await scopeOf(w.coordinator, w.productionId);
    const performer = await scopeOf(w.performer1, w.productionId);
    const p1 = w.performer1.userId;
    const log = (scope: typeof coordinator, date: string, count: number, extra: Record<string, unknown> = {}) =>
      logTrainingSession(scope, { performerId: p1, disciplineId: w.skydive, date, count, ...extra }, NOW);
    const verified = await Promise.all([1, 2, 3, 4].map((d) => log(coordinator, `2026-05-0${d}`, 10)));
    const pending = await Promise.all([5, 6, 7, 8].map((d) => log(performer, `2026-05-0${d}`, 5)));
    await Promise.allSettled([
      log(performer, "2026-05-09", 7),
      log(performer, "2026-05-01", 4, { correctsId: verified[0]!.id, reason: "one" }),
      log(performer, "2026-05-01", 6, { correctsId: verified[0]!.id, reason: "two" }),
      log(coordinator, "2026-05-02", 9, { correctsId: verified[1]!.id, reason: "three" }),
      editTrainingSession(performer, pending[0]!.id, { count: 9 }, NOW),
      verifyTrainingSession(coordinator, pending[0]!.id, NOW),
      rejectTrainingSession(coordinator, pending[1]!.id, { reason: "no witness" }, NOW),
      deleteTrainingSession(performer, pending[1]!.id, NOW),
      verifyTrainingSessions(coordinator, { sessionIds: pending.map((p) => p.id) }, NOW),
      editTrainingSession(performer, pending[2]!.id, { date: "2026-05-20" }, NOW),
      deleteTrainingSession(performer, pending[3]!.id, NOW),
      createGoal(coordinator, { performerId: p1, disciplineId: w.motorbike, target: 100, startDate: "2026-01-01", deadline: "2026-12-31" }),
      log(coordinator, "2026-05-03", 2, { disciplineId: w.motorbike }),
      log(performer, "2026-05-04", 3, { disciplineId: w.motorbike }),
    ]);
    // Then verify whichever corrections are pending, all at once.
    const corrections = await db.trainingSession.findMany({ where: { productionId: w.productionId, correctsId: { not: null }, status: "pending" } });
    await Promise.allSettled(corrections.map((c) => verifyTrainingSession(coordinator, c.id, NOW)));

    const sessions = await db.trainingSession.findMany({ where: { productionId: w.productionId } });
    // At most one counting correction per original; a superseded original has exactly one verified correction.
    for (const original of sessions.filter((s) => s.status === "superseded")) {
      expect(sessions.filter((s) => s.correctsId === original.id && s.status === "verified")).toHaveLength(1);
    }
    for (const s of sessions.filter((s) => s.correctsId)) {
      const original = sessions.find((o) => o.id === s.correctsId)!;
      if (s.status === "verified") expect(original.status).toBe("superseded");
    }
    // Nobody signed their own entry.
    for (const s of sessions.filter((s) => s.verifiedById)) expect(s.verifiedById).not.toBe(s.performerId);

    const goals = await db.goal.findMany({ where: { productionId: w.productionId } });
    for (const goal of goals) {
      const counting = sessions.filter(
        (s) =>
          s.performerId === goal.performerId &&
          s.disciplineId === goal.disciplineId &&
          s.date >= goal.startDate &&
          (s.status === "verified" || (s.status === "pending" && !s.correctsId)),
      );
      const total = await db.goalTotal.findUnique({ where: { goalId: goal.id } });
      expect({ goal: goal.id, done: total?.done, verified: total?.verified }).toEqual({
        goal: goal.id,
        done: counting.reduce((a, s) => a + s.count, 0),
        verified: counting.filter((s) => s.status === "verified").reduce((a, s) => a + s.count, 0),
      });
    }
  });
});
