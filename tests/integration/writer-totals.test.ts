// The session writer keeps each goal's running total and reach days on every
// write — for a single new entry by an increment when no reach day can move,
// otherwise by a full recompute. Whatever the sequence of writes, what it
// kept must equal a full recompute from the sessions themselves.

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { refreshGoalReachesWithPrisma } from "@/lib/data/goal-reaches";
import { createGoal, setGoalArchived } from "@/lib/data/goals";
import { logTrainingSession, rejectTrainingSession, verifyTrainingSession } from "@/lib/data/sessions";
import { addDays } from "@/lib/domain/calendar-day";
import { getDb, type Db } from "@/lib/server/db";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;
const NOW = new Date("2026-12-30T12:00:00Z");

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

const op = fc.oneof(
  fc.record({ kind: fc.constant("log" as const), offset: fc.integer({ min: -10, max: 60 }), count: fc.integer({ min: 1, max: 12 }), by: fc.constantFrom("coordinator", "performer") }),
  fc.record({ kind: fc.constantFrom("verify" as const, "reject" as const), pick: fc.nat() }),
);

describe("running totals kept by the session writer", () => {
  it("equal a full recompute after any sequence of logs, sign-offs and rejections", async () => {
    const performerId = w.performer2.userId;
    const coordinator = await scopeOf(w.coordinator, w.productionId);
    const performer = await scopeOf(w.performer2, w.productionId);
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), fc.integer({ min: 5, max: 40 }), async (ops, target) => {
        await db.trainingSession.deleteMany({ where: { performerId } });
        await db.goal.deleteMany({ where: { performerId } });
        const first = await createGoal(coordinator, { performerId, disciplineId: w.motorbike, target, startDate: "2026-03-01", deadline: "2026-12-31", milestones: [{ name: "half", count: Math.ceil(target / 2) }, { name: "third", count: Math.ceil(target / 3) }] });
        // Two goals with different starts over the same entries: the first archived (one active per discipline), its totals still kept.
        await setGoalArchived(coordinator, first.goalId, { archived: true });
        await createGoal(coordinator, { performerId, disciplineId: w.motorbike, target: target * 2, startDate: "2026-03-20", deadline: "2026-12-31" });
        const pending: string[] = [];
        for (const o of ops) {
          if (o.kind === "log") {
            const entry = { performerId, disciplineId: w.motorbike, date: addDays("2026-03-01", o.offset), count: o.count };
            const s = await logTrainingSession(o.by === "coordinator" ? coordinator : performer, entry, NOW);
            if (s.status === "pending") pending.push(s.id);
          } else if (pending.length) {
            const [id] = pending.splice(o.pick % pending.length, 1);
            if (o.kind === "verify") await verifyTrainingSession(coordinator, id!, NOW);
            else await rejectTrainingSession(coordinator, id!, { reason: "Not on the manifest" }, NOW);
          }
        }
        const kept = async () => {
          const goals = await db.goal.findMany({ where: { performerId }, select: { id: true } });
          const ids = goals.map((g) => g.id);
          return {
            totals: await db.goalTotal.findMany({ where: { goalId: { in: ids } }, orderBy: { goalId: "asc" } }),
            reaches: await db.goalReach.findMany({ where: { goalId: { in: ids } }, orderBy: [{ goalId: "asc" }, { count: "asc" }] }),
          };
        };
        const before = await kept();
        await refreshGoalReachesWithPrisma(db, { productionId: w.productionId, performerId });
        expect(before).toEqual(await kept());
      }),
      { numRuns: 30 },
    );
  });
});
