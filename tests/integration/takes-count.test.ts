// Takes feed back into goals (issue 15): a discipline that counts takes gets a
// verified rep for each take of a stunt it prepares, in the take's own
// transaction; takes of one stunt are numbered in order even when recorded at
// once; the take and its reps are events of the audit chain.

import { beforeAll, describe, expect, it } from "vitest";
import { verifyProductionChain } from "@/lib/data/audit-verify";
import { createDiscipline } from "@/lib/data/disciplines";
import { createGoal } from "@/lib/data/goals";
import { prismaDialect, runStepsWithPrisma } from "@/lib/data/prisma-steps";
import { getPerformerProgress } from "@/lib/data/progress";
import { createStunt, logTake } from "@/lib/data/stunts";
import { dayInTimeZone } from "@/lib/domain/calendar-day";
import { getDb, type Db } from "@/lib/server/db";
import { createWorld, scopeOf } from "../support/world";

let db: Db;
const NOW = new Date();

beforeAll(async () => {
  db = await getDb();
});

describe("takes that count", () => {
  it("log a verified rep per counting discipline, which the goal counts at once", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const takeAttempt = await createDiscipline(c, { name: "Take attempt", unit: "take", fromTakes: true }, NOW);
    expect(takeAttempt.fromTakes).toBe(true);
    const today = c.today;
    const goal = await createGoal(c, { performerId: w.performer1.userId, disciplineId: takeAttempt.id, target: 6, startDate: "2026-01-01", deadline: "2027-12-31" }, NOW);
    const { id: stuntId } = await createStunt(c, { name: "Cliff jump", performerIds: [w.performer1.userId, w.performer2.userId], disciplineIds: [w.motorbike, takeAttempt.id] }, NOW);

    const take = await logTake(c, stuntId, { performerId: w.performer1.userId, outcome: "no_good", notes: "Short" }, NOW);
    expect(take).toMatchObject({ number: 1, loggedSessionIds: [expect.any(String)] });
    const entry = await db.trainingSession.findUniqueOrThrow({ where: { id: take.loggedSessionIds[0] } });
    expect(entry).toMatchObject({ performerId: w.performer1.userId, disciplineId: takeAttempt.id, count: 1, status: "verified", verifiedById: w.coordinator.userId, date: dayInTimeZone(NOW, c.production.timeZone), notes: "Take 1 of Cliff jump: no good" });
    // The motorbike discipline does not count takes: nothing logged there.
    expect(await db.trainingSession.count({ where: { performerId: w.performer1.userId, disciplineId: w.motorbike } })).toBe(0);

    const progress = await getPerformerProgress(c, w.performer1.userId, today);
    expect(progress.goals.find((g) => g.goalId === goal.goalId)).toMatchObject({ done: 1, verified: 1 });

    const events = await db.auditEvent.findMany({ where: { productionId: w.productionId, createdAt: { gte: NOW } }, orderBy: { id: "asc" } });
    expect(events.filter((e) => e.subject === "take").map((e) => e.action)).toEqual(["create"]);
    expect(events.filter((e) => e.subject === "session" && e.sessionId === entry.id).map((e) => e.action)).toEqual(["create", "verify"]);
    expect(await db.$transaction((tx) => runStepsWithPrisma(tx, prismaDialect(tx), verifyProductionChain(w.productionId)))).toMatchObject({ ok: true });
  });

  it("numbers takes of one stunt in order when several are recorded at once, each with its rep", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const takeAttempt = await createDiscipline(c, { name: "Take attempt", unit: "take", fromTakes: true }, NOW);
    const { id: stuntId } = await createStunt(c, { name: "Wall run", performerIds: [w.performer1.userId, w.performer2.userId], disciplineIds: [takeAttempt.id] }, NOW);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => logTake(c, stuntId, { performerId: i % 2 ? w.performer1.userId : w.performer2.userId, outcome: "usable" }, NOW)),
    );
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    const numbers = (await db.take.findMany({ where: { stuntId }, select: { number: true }, orderBy: { number: "asc" } })).map((t) => t.number);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await db.trainingSession.count({ where: { productionId: w.productionId, disciplineId: takeAttempt.id, status: "verified" } })).toBe(10);
    expect(await db.$transaction((tx) => runStepsWithPrisma(tx, prismaDialect(tx), verifyProductionChain(w.productionId)))).toMatchObject({ ok: true });
  });

  it("refuses a take ahead of time, writing nothing", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const { id: stuntId } = await createStunt(c, { name: "Stair fall", performerIds: [w.performer1.userId] }, NOW);
    const tomorrow = new Date(NOW.getTime() + 86_400_000).toISOString();
    await expect(logTake(c, stuntId, { performerId: w.performer1.userId, outcome: "usable", at: tomorrow }, NOW)).rejects.toMatchObject({ fields: { at: "A take cannot be recorded ahead of time" } });
    expect(await db.take.count({ where: { stuntId } })).toBe(0);
  });
});
