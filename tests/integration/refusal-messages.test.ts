// A refused write says what the caller's role can do (issue 14): a viewer is
// told viewers follow read-only and who makes changes, not a message written
// for a performer.

import { beforeAll, describe, expect, it } from "vitest";
import { createGoal } from "@/lib/data/goals";
import { VIEWER_READ_ONLY } from "@/lib/data/access";
import { logTrainingSession, verifyTrainingSession } from "@/lib/data/sessions";
import { createStunt } from "@/lib/data/stunts";
import { reportIncident } from "@/lib/data/incidents";
import { getDb, type Db } from "@/lib/server/db";
import { createWorld, scopeOf } from "../support/world";

let db: Db;

beforeAll(async () => {
  db = await getDb();
});

describe("refusals by role", () => {
  it("tell a viewer what viewers do, whatever they tried to change", async () => {
    const w = await createWorld(db);
    const viewer = await scopeOf(w.viewer, w.productionId);
    const pending = await logTrainingSession(await scopeOf(w.performer1, w.productionId), { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-01", count: 1 });
    const attempts = [
      () => logTrainingSession(viewer, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-01", count: 1 }),
      () => verifyTrainingSession(viewer, pending.id),
      () => createGoal(viewer, { performerId: w.performer1.userId, disciplineId: w.motorbike, target: 10, startDate: "2026-01-01", deadline: "2026-12-31" }),
      () => createStunt(viewer, { name: "Fall", performerIds: [w.performer1.userId] }),
      () => reportIncident(viewer, { occurredOn: "2026-06-01", severity: "near_miss", description: "x" }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ status: 403, message: VIEWER_READ_ONLY });
    // Other roles keep messages about their own reach.
    await expect(logTrainingSession(await scopeOf(w.performer2, w.productionId), { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-01", count: 1 })).rejects.toMatchObject({
      message: "Performers log sessions for themselves only",
    });
  });
});
