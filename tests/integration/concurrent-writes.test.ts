import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/server/db";
import { refreshGoalReachesWithPrisma } from "@/lib/data/goal-reaches";
import { createGoal } from "@/lib/data/goals";
import { getPerformerProgress } from "@/lib/data/progress";
import { editTrainingSession, logTrainingSession } from "@/lib/data/sessions";
import { LimitExceededError } from "@/lib/domain/errors";
import { createWorld, type World, scopeOf } from "../support/world";

let db: Db;
let w: World;

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

// Several app nodes (or one node's connection pool, on PostgreSQL) write to
// one production at once. The kept-on-write progress tables must end up as if
// the writes had taken turns: no write refused, no rep lost or counted twice.
describe("simultaneous writes to one goal", () => {
  it("keep the running total and reach days exact", async () => {
    const performerId = w.performer1.userId;
    const counts = Array.from({ length: 16 }, (_, i) => i + 1); // 136 reps in all
    const scope = await scopeOf(w.coordinator, w.productionId);
    const results = await Promise.allSettled(
      counts.map((count, i) =>
        logTrainingSession(scope, {
          performerId,
          disciplineId: w.skydive,
          date: `2026-02-${String(1 + i).padStart(2, "0")}`,
          count,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const total = await db.goalTotal.findUniqueOrThrow({ where: { goalId: w.goalId } });
    expect(total).toMatchObject({ done: 136, verified: 136 });
    const reaches = await db.goalReach.findMany({ where: { goalId: w.goalId }, orderBy: { count: "asc" } });
    // 1+2+…+6 = 21 < 25 ≤ 28 on the 7th; 1+…+9 = 45 < 50 ≤ 55 on the 10th.
    expect(reaches.map((r) => [r.count, r.reachedOn])).toEqual([
      [25, "2026-02-07"],
      [50, "2026-02-10"],
    ]);
    const progress = await getPerformerProgress(await scopeOf(w.coordinator, w.productionId), performerId, "2026-03-01");
    expect(progress.goals[0]).toMatchObject({ done: 136, verified: 136 });
  });
});

// A hard dose limit is a safety rule: it must hold when many entries arrive
// at the same moment (several phones syncing, two coordinators), not only one
// at a time. The writer judges each entry under the production's lock.
describe("hard dose limits under simultaneous requests", () => {
  const NOW = new Date("2026-06-15T12:00:00Z");
  const dayTotal = async (day: string) =>
    (await db.trainingSession.aggregate({ where: { productionId: w.productionId, disciplineId: w.skydive, date: day, status: { in: ["pending", "verified"] } }, _sum: { count: true } }))._sum.count ?? 0;

  beforeEach(async () => {
    await db.discipline.update({ where: { id: w.skydive }, data: { maxPerDay: 10, limitsAreHard: true } });
  });

  it("accept exactly as many new entries as fit, and refuse the rest with 422", async () => {
    const day = "2026-06-10";
    const scope = await scopeOf(w.coordinator, w.productionId);
    const entry = { performerId: w.performer1.userId, disciplineId: w.skydive, date: day, count: 3 };
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => logTrainingSession(scope, entry, NOW)));
    const refused = results.filter((r) => r.status === "rejected");
    expect(results.length - refused.length).toBe(3); // 3 × 3 = 9 ≤ 10; a fourth would make 12
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(LimitExceededError);
    expect(await dayTotal(day)).toBe(9);
  });

  it("accept exactly as many edits as fit", async () => {
    const day = "2026-06-12";
    const scope = await scopeOf(w.performer1, w.productionId);
    const entries = [];
    for (let i = 0; i < 4; i++) {
      entries.push(await logTrainingSession(scope, { performerId: w.performer1.userId, disciplineId: w.skydive, date: day, count: 1 }, NOW));
    }
    // Alone, each edit to 4 fits (4 + 3 = 7); together they would make 16.
    const results = await Promise.allSettled(entries.map((e) => editTrainingSession(scope, e.id, { count: 4 }, NOW)));
    const refused = results.filter((r) => r.status === "rejected");
    expect(results.length - refused.length).toBe(2); // 4 + 4 + 1 + 1 = 10
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(LimitExceededError);
    expect(await dayTotal(day)).toBe(10);
  });
});

// Writers for different performers do not wait for each other on PostgreSQL
// (per-performer locks), and a new goal takes the same lock as the sessions it
// counts: whatever the interleaving, the kept totals equal a full recompute.
describe("simultaneous writes for several performers and a new goal", () => {
  it("leave every running total and reach day as a full recompute would", async () => {
    const NOW = new Date("2026-06-15T12:00:00Z");
    const coordinator = await scopeOf(w.coordinator, w.productionId);
    const log = (performerId: string, disciplineId: string, date: string, count: number) =>
      logTrainingSession(coordinator, { performerId, disciplineId, date, count }, NOW);
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 6; i++) {
      writes.push(log(w.performer1.userId, w.motorbike, `2026-05-${String(10 + i).padStart(2, "0")}`, 5 + i));
      writes.push(log(w.performer2.userId, w.skydive, `2026-05-${String(10 + i).padStart(2, "0")}`, 2 + i));
      writes.push(log(w.performer2.userId, w.motorbike, `2026-05-${String(10 + i).padStart(2, "0")}`, 1 + i));
    }
    writes.push(createGoal(coordinator, { performerId: w.performer2.userId, disciplineId: w.skydive, target: 30, startDate: "2026-05-01", deadline: "2026-12-31", milestones: [{ name: "Ten", count: 10 }] }));
    writes.push(createGoal(coordinator, { performerId: w.performer1.userId, disciplineId: w.motorbike, target: 40, startDate: "2026-05-12", deadline: "2026-12-31" }));
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const kept = async () => ({
      totals: await db.goalTotal.findMany({ orderBy: { goalId: "asc" } }),
      reaches: await db.goalReach.findMany({ orderBy: [{ goalId: "asc" }, { count: "asc" }] }),
    });
    const before = await kept();
    await refreshGoalReachesWithPrisma(db, { productionId: w.productionId });
    expect(before).toEqual(await kept());
    expect(before.totals.length).toBeGreaterThanOrEqual(3);
  });
});
