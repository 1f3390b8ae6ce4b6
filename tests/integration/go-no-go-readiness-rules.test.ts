// Go / no-go beyond the logbook (issue 15): a performer kept off training on
// the stunt's day blocks it; a goal that can no longer be reached within the
// hard limits blocks it, saying why; a load spike in the week before warns.

import { beforeAll, describe, expect, it } from "vitest";
import { goalFeasibilityFor } from "@/lib/data/feasibility";
import { createGoal } from "@/lib/data/goals";
import { reportIncident, updateIncident } from "@/lib/data/incidents";
import { setDoseLimits } from "@/lib/data/limits";
import { logTrainingSession } from "@/lib/data/sessions";
import { getStuntReadiness } from "@/lib/data/stunt-readiness";
import { createStunt } from "@/lib/data/stunts";
import { addDays } from "@/lib/domain/calendar-day";
import { getDb, type Db } from "@/lib/server/db";
import { loadDashboardView } from "@/lib/views/dashboard";
import { createWorld, scopeOf } from "../support/world";

let db: Db;
const NOW = new Date();

beforeAll(async () => {
  db = await getDb();
});

const kinds = (reasons: { kind: string; blocking: boolean }[]) => reasons.map((r) => `${r.kind}${r.blocking ? "!" : ""}`);

describe("go / no-go and the road to the shoot", () => {
  it("blocks a stunt planned while a performer is kept off training, until the day is cleared", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const { id: stuntId } = await createStunt(c, { name: "Stair fall", plannedDate: addDays(c.today, 5), performerIds: [w.performer1.userId] }, NOW);
    const incident = await reportIncident(c, { occurredOn: c.today, severity: "lost_time", performerId: w.performer1.userId, description: "Sprained ankle", unavailableUntil: addDays(c.today, 10) }, NOW);
    const off = await getStuntReadiness(c, stuntId);
    expect(off.verdict).toBe("not_ready");
    expect(off.reasons.find((r) => r.kind === "unavailable")).toMatchObject({ blocking: true, message: expect.stringContaining("off training until") });
    // Back early: the coordinator moves the day before the stunt (and closes the incident).
    await updateIncident(c, incident.id, { status: "closed", followUp: "Cleared by the physio", unavailableUntil: addDays(c.today, 2) }, NOW);
    expect(kinds((await getStuntReadiness(c, stuntId)).reasons)).not.toContain("unavailable!");
    await expect(updateIncident(c, incident.id, { status: "closed", unavailableUntil: addDays(c.today, -1) }, NOW)).rejects.toMatchObject({ fields: { unavailableUntil: expect.stringContaining("on or after") } });
    await expect(reportIncident(c, { occurredOn: c.today, severity: "serious", description: "Nobody named", unavailableUntil: c.today }, NOW)).rejects.toMatchObject({ fields: { unavailableUntil: "Choose the performer who is unavailable" } });
    await expect(reportIncident(c, { occurredOn: c.today, severity: "minor", performerId: w.performer1.userId, description: "Bruise", unavailableUntil: c.today }, NOW)).rejects.toMatchObject({
      fields: { unavailableUntil: expect.stringContaining("Only a lost-time or serious incident") },
    });
  });

  it("blocks on a goal the hard limits no longer let anyone reach by its deadline, and counts days off training", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    // 300 motorbike jumps in the 20 days after today, at most 20 a day, hard: possible (400 at most), until 10 of the days are lost.
    const { goalId } = await createGoal(c, { performerId: w.performer1.userId, disciplineId: w.motorbike, target: 300, startDate: addDays(c.today, -30), deadline: addDays(c.today, 20) }, NOW);
    await setDoseLimits(c, w.motorbike, { maxPerDay: 20, maxPer7Days: null, minRestDays: null, hard: true }, NOW);
    const { id: stuntId } = await createStunt(c, { name: "Ramp jump", performerIds: [w.performer1.userId], disciplineIds: [w.motorbike] }, NOW);
    expect(await goalFeasibilityFor(w.productionId, goalId, c.today)).toMatchObject({ feasible: true, remaining: 300 });
    expect(kinds((await getStuntReadiness(c, stuntId)).reasons)).not.toContain("goal_unreachable!");

    await reportIncident(c, { occurredOn: c.today, severity: "lost_time", performerId: w.performer1.userId, description: "Wrist", unavailableUntil: addDays(c.today, 10) }, NOW);
    expect(await goalFeasibilityFor(w.productionId, goalId, c.today)).toMatchObject({ feasible: false, reason: expect.stringContaining("needs 30 a day; the hard limit allows 20") }); // 300 over the 10 days left
    const reason = (await getStuntReadiness(c, stuntId)).reasons.find((r) => r.kind === "goal_unreachable");
    expect(reason).toMatchObject({ blocking: true, message: expect.stringMatching(/^Performer One: Motorbike jump goal can no longer be reached in time: /) });

    // A soft limit never stops a session: then only the days away count, and 10 days without a cap are enough.
    await setDoseLimits(c, w.motorbike, { maxPerDay: 20, maxPer7Days: null, minRestDays: null, hard: false }, NOW);
    expect(kinds((await getStuntReadiness(c, stuntId)).reasons)).not.toContain("goal_unreachable!");
  });

  it("warns, without blocking, on an acute:chronic spike over 1.5 in the week before the planned date", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    // Five weeks of an easy hour (RPE 3, 180 a day), then three hard days (RPE 9, two hours: 1,080 a day) just before the shot.
    for (let back = 37; back >= 3; back--) await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.motorbike, date: addDays(c.today, -back), count: 1, rpe: 3, durationMinutes: 60 }, NOW);
    for (let back = 2; back >= 0; back--) await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.motorbike, date: addDays(c.today, -back), count: 1, rpe: 9, durationMinutes: 120 }, NOW);
    const { id: stuntId } = await createStunt(c, { name: "Wheelie", plannedDate: addDays(c.today, 1), performerIds: [w.performer1.userId] }, NOW);
    const readiness = await getStuntReadiness(c, stuntId);
    const spike = readiness.reasons.find((r) => r.kind === "high_load");
    expect(spike).toMatchObject({ blocking: false, message: expect.stringContaining("training load spiked before the shot: acute:chronic") });
    // Planned far ahead, the week before it has not begun: nothing to judge yet.
    const { id: later } = await createStunt(c, { name: "Wheelie, later", plannedDate: addDays(c.today, 30), performerIds: [w.performer1.userId] }, NOW);
    expect(kinds((await getStuntReadiness(c, later)).reasons)).not.toContain("high_load");
  });

  it("shows on the team dashboard who is off training today and each performer's load ratio today", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    await reportIncident(c, { occurredOn: c.today, severity: "lost_time", performerId: w.performer2.userId, description: "Concussion protocol", unavailableUntil: addDays(c.today, 6) }, NOW);
    for (let back = 30; back >= 0; back--) await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.motorbike, date: addDays(c.today, -back), count: 1, rpe: 5, durationMinutes: 60 }, NOW);
    const view = await loadDashboardView(c, {});
    expect(view.unavailable).toEqual([{ performerId: w.performer2.userId, performerName: "Performer Two", until: addDays(c.today, 6), description: "Concussion protocol" }]);
    const loads = Object.fromEntries(view.performers.map((p) => [p.performerId, p.load]));
    // A steady 300 a day for 31 days: the acute average has caught up, the chronic one not yet (ratio a little over 1).
    expect(loads[w.performer1.userId]).toMatchObject({ band: "sweet-spot", ratio: expect.any(Number) });
    expect(loads[w.performer1.userId]!.ratio).toBeGreaterThan(1);
    expect(loads[w.performer2.userId]).toBeNull();
  });
});
