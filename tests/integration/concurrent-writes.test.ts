import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/server/db";
import { getPerformerProgress } from "@/lib/data/progress";
import { logTrainingSession } from "@/lib/data/training-sessions";
import { createWorld, type World } from "../support/world";

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
    const results = await Promise.allSettled(
      counts.map((count, i) =>
        logTrainingSession(w.coordinator, w.productionId, {
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
    const progress = await getPerformerProgress(w.coordinator, w.productionId, performerId, "2026-03-01");
    expect(progress.goals[0]).toMatchObject({ done: 136, verified: 136 });
  });
});
