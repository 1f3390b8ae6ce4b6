import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/calendar-day";
import { getDb, type Db } from "@/lib/server/db";
import { getPerformerProgress, getProductionProgress } from "@/lib/data/progress";
import { refreshGoalReachesWithPrisma } from "@/lib/data/goal-reaches";
import { queryGoalCounts } from "@/lib/data/progress-queries";
import { createGoal, setGoalArchived } from "@/lib/data/goals";
import { rejectTrainingSession } from "@/lib/data/sessions";
import { logTrainingSession } from "@/lib/data/sessions";
import { countsFromDailyTotals, type GoalDefinition } from "@/lib/domain/progress";
import { createWorld, type World, scopeOf } from "../support/world";

let db: Db;
let w: World;

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

async function addSession(performerId: string, disciplineId: string, date: string, count: number, status = "verified") {
  await db.trainingSession.create({
    data: { productionId: w.productionId, performerId, disciplineId, date, count, status, loggedById: w.coordinator.userId },
  });
}

describe("production progress from SQL aggregates", () => {
  it("counts pending and verified from the start date to asOf, never rejected, other disciplines or other performers", async () => {
    const p = w.performer1.userId;
    await addSession(p, w.skydive, "2025-12-31", 100); // before the goal's start
    await addSession(p, w.skydive, "2026-01-01", 20); // on the start date
    await addSession(p, w.skydive, "2026-03-01", 10, "pending");
    await addSession(p, w.skydive, "2026-03-02", 7, "rejected");
    await addSession(p, w.motorbike, "2026-03-02", 50); // another discipline
    await addSession(w.performer2.userId, w.skydive, "2026-03-02", 40); // another performer
    await addSession(p, w.skydive, "2026-03-10", 5); // on asOf
    await addSession(p, w.skydive, "2026-03-11", 9); // after asOf
    // Rows written behind the data layer's back: bring the reach days up to date as it would.
    await refreshGoalReachesWithPrisma(db, { productionId: w.productionId });

    const result = await getProductionProgress(await scopeOf(w.viewer, w.productionId), "2026-03-10");
    expect(result.asOf).toBe("2026-03-10");
    expect(result.production).toEqual({ id: w.productionId, name: "Test Production" });
    const one = result.performers.find((x) => x.performerId === p)!;
    expect(one.name).toBe("Performer One");
    expect(one.goals).toHaveLength(1);
    expect(one.goals[0]).toMatchObject({
      goalId: w.goalId,
      discipline: "Skydive",
      unit: "jump",
      target: 500,
      done: 35,
      verified: 25,
      remaining: 465,
      percent: 7,
      startDate: "2026-01-01",
      deadline: "2026-12-31",
      daysLeft: 296,
      recentPerDay: 15 / 14, // 10 on 1 Mar and 5 on 10 Mar are inside 25 Feb … 10 Mar
      milestones: [
        { name: "A licence", count: 25, reachedOn: "2026-03-01", projectedOn: null },
        { name: "B licence", count: 50, reachedOn: null, projectedOn: "2026-03-24" },
      ],
    });
    const two = result.performers.find((x) => x.performerId === w.performer2.userId)!;
    expect(two.goals).toEqual([]);
  });

  it("agrees with the reference computation for random logbooks", async () => {
    const goal: GoalDefinition = { target: 60, startDate: "2026-01-01", deadline: "2026-12-31", milestones: [{ name: "m", count: 15 }] };
    const performerId = w.performer2.userId;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            offset: fc.integer({ min: -5, max: 40 }),
            count: fc.integer({ min: 1, max: 9 }),
            status: fc.constantFrom("pending", "verified", "rejected"),
          }),
          { maxLength: 25 },
        ),
        fc.integer({ min: 0, max: 40 }),
        async (entries, asOfOffset) => {
          await db.trainingSession.deleteMany({ where: { performerId } });
          await db.goal.deleteMany({ where: { performerId } });
          const created = await db.goal.create({
            data: { productionId: w.productionId, performerId, disciplineId: w.motorbike, ...goal, milestones: { create: [...(goal.milestones ?? [])] } },
          });
          for (const e of entries) await addSession(performerId, w.motorbike, addDays("2026-01-01", e.offset), e.count, e.status);
          await refreshGoalReachesWithPrisma(db, { productionId: w.productionId, performerId });
          const asOf = addDays("2026-01-01", asOfOffset);

          const fromSql = (await queryGoalCounts(asOf, w.productionId, performerId)).get(created.id)!;
          const byDay = new Map<string, { date: string; count: number; verified: number }>();
          for (const e of entries.filter((x) => x.status !== "rejected")) {
            const date = addDays("2026-01-01", e.offset);
            const day = byDay.get(date) ?? { date, count: 0, verified: 0 };
            day.count += e.count;
            if (e.status === "verified") day.verified += e.count;
            byDay.set(date, day);
          }
          const reference = countsFromDailyTotals(goal, [...byDay.values()], asOf);
          expect(fromSql.done).toBe(reference.done);
          expect(fromSql.verified).toBe(reference.verified);
          expect(fromSql.recent).toBe(reference.recent);
          expect(Object.fromEntries(fromSql.reachedOn)).toEqual(Object.fromEntries(reference.reachedOn));

          // The performer page (daily series in JS) and the dashboard (SQL) must tell the same story.
          const page = await getPerformerProgress(await scopeOf(w.coordinator, w.productionId), performerId, asOf);
          const team = await getProductionProgress(await scopeOf(w.coordinator, w.productionId), asOf);
          const { series, ...pageGoal } = page.goals[0]!;
          expect(team.performers.find((x) => x.performerId === performerId)!.goals[0]).toEqual(pageGoal);
          expect(series.at(-1)?.cumulative ?? 0).toBe(reference.done);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("reach days follow every write", () => {
  it("a rejection un-reaches a milestone; a goal created later counts the sessions before it", async () => {
    const p = w.performer2.userId;
    const now = new Date("2026-06-15T12:00:00Z");
    const goal = await createGoal(await scopeOf(w.coordinator, w.productionId), {
      performerId: p,
      disciplineId: w.skydive,
      target: 40,
      startDate: "2026-06-01",
      deadline: "2026-12-31",
      milestones: [{ name: "First 10", count: 10 }],
    });
    const entry = (date: string, count: number) => ({ performerId: p, disciplineId: w.skydive, date, count });
    await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry("2026-06-02", 6), now);
    const pending = await logTrainingSession(await scopeOf(w.performer2, w.productionId), entry("2026-06-03", 5), now);
    await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry("2026-06-05", 5), now);
    const milestone = async () =>
      (await getProductionProgress(await scopeOf(w.viewer, w.productionId), "2026-06-15")).performers
        .find((x) => x.performerId === p)!
        .goals.find((g) => g.goalId === goal.goalId)!.milestones[0]!;
    expect(await milestone()).toMatchObject({ reachedOn: "2026-06-03" });
    await rejectTrainingSession(await scopeOf(w.coordinator, w.productionId), pending.id, { reason: "Not on the manifest" });
    expect(await milestone()).toMatchObject({ reachedOn: "2026-06-05" });

    // One active goal per discipline: the later one replaces it.
    await setGoalArchived(await scopeOf(w.coordinator, w.productionId), goal.goalId, { archived: true });
    const later = await createGoal(await scopeOf(w.coordinator, w.productionId), {
      performerId: p,
      disciplineId: w.skydive,
      target: 8,
      startDate: "2026-06-01",
      deadline: "2026-12-31",
    });
    const view = (await getProductionProgress(await scopeOf(w.viewer, w.productionId), "2026-06-15")).performers
      .find((x) => x.performerId === p)!
      .goals.find((g) => g.goalId === later.goalId)!;
    expect(view).toMatchObject({ done: 11, status: "done", projectedFinish: "2026-06-05" });
  });
});

describe("performer progress", () => {
  it("has a per-day series from the goal's start to asOf", async () => {
    const result = await getPerformerProgress(await scopeOf(w.performer1, w.productionId), w.performer1.userId, "2026-01-03");
    expect(result.goals[0]!.series.map((p) => p.date)).toEqual(["2026-01-01", "2026-01-02", "2026-01-03"]);
  });
});
