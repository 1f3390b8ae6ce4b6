import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, fromEpochDay, toEpochDay } from "@/lib/domain/calendar-day";
import {
  compareByUrgency,
  computeGoalProgress,
  countsFromDailyTotals,
  dailySeries,
  goalThresholds,
  overallReadiness,
  RECENT_WINDOW_DAYS,
  type DailyTotal,
  type GoalCounts,
  type GoalDefinition,
  type GoalProgress,
} from "@/lib/domain/progress";

const START = "2026-03-01";
const DEADLINE = "2026-06-30";

function goal(overrides: Partial<GoalDefinition> = {}): GoalDefinition {
  return { target: 100, startDate: START, deadline: DEADLINE, ...overrides };
}

/** A pending day: counts, not verified. */
function pending(date: string, count: number): DailyTotal {
  return { date, count, verified: 0 };
}

/** A verified day. */
function verified(date: string, count: number): DailyTotal {
  return { date, count, verified: count };
}

function progressOf(g: GoalDefinition, days: DailyTotal[], asOf: string): GoalProgress {
  return computeGoalProgress(g, countsFromDailyTotals(g, days, asOf), asOf);
}

function counts(partial: Partial<GoalCounts>): GoalCounts {
  return { done: 0, verified: 0, recent: 0, reachedOn: new Map(), ...partial };
}

describe("RECENT_WINDOW_DAYS", () => {
  it("is 14", () => {
    expect(RECENT_WINDOW_DAYS).toBe(14);
  });
});

describe("goalThresholds", () => {
  it("lists the target and milestone counts once each, ascending", () => {
    const g = goal({
      target: 100,
      milestones: [
        { name: "b", count: 50 },
        { name: "a", count: 10 },
        { name: "c", count: 100 },
        { name: "d", count: 10 },
      ],
    });
    expect(goalThresholds(g)).toEqual([10, 50, 100]);
  });

  it("is just the target without milestones", () => {
    expect(goalThresholds(goal({ target: 7 }))).toEqual([7]);
  });
});

describe("countsFromDailyTotals: done and verified", () => {
  it("sums pending and verified reps into done, verified reps only into verified", () => {
    const c = countsFromDailyTotals(goal(), [pending("2026-03-02", 3), verified("2026-03-03", 4), { date: "2026-03-04", count: 5, verified: 2 }], "2026-03-10");
    expect(c.done).toBe(12);
    expect(c.verified).toBe(6);
  });

  it("counts a session exactly on the start date", () => {
    expect(countsFromDailyTotals(goal(), [verified(START, 5)], "2026-03-10").done).toBe(5);
  });

  it("excludes the day before the start date", () => {
    const c = countsFromDailyTotals(goal(), [verified("2026-02-28", 5), pending(START, 1)], "2026-03-10");
    expect(c.done).toBe(1);
    expect(c.verified).toBe(0);
  });

  it("counts a session exactly on asOf", () => {
    expect(countsFromDailyTotals(goal(), [verified("2026-03-10", 5)], "2026-03-10").done).toBe(5);
  });

  it("excludes the day after asOf", () => {
    const c = countsFromDailyTotals(goal(), [verified("2026-03-11", 5), pending("2026-03-10", 2)], "2026-03-10");
    expect(c.done).toBe(2);
    expect(c.verified).toBe(0);
  });

  it("counts reps after the deadline up to asOf", () => {
    expect(countsFromDailyTotals(goal(), [pending("2026-07-05", 4)], "2026-07-10").done).toBe(4);
  });

  it("is all zero when asOf is before the start date", () => {
    const c = countsFromDailyTotals(goal(), [pending("2026-02-20", 4), pending("2026-03-05", 4)], "2026-02-25");
    expect(c).toEqual({ done: 0, verified: 0, recent: 0, reachedOn: new Map() });
  });

  it("accepts several totals for the same day and any order", () => {
    const c = countsFromDailyTotals(goal(), [pending("2026-03-05", 1), verified("2026-03-02", 2), pending("2026-03-05", 3)], "2026-03-10");
    expect(c.done).toBe(6);
    expect(c.verified).toBe(2);
  });
});

describe("countsFromDailyTotals: recent window", () => {
  const asOf = "2026-04-30";

  it("includes asOf - 13 (the first day of the window)", () => {
    expect(countsFromDailyTotals(goal(), [pending(addDays(asOf, -13), 7)], asOf).recent).toBe(7);
  });

  it("excludes asOf - 14 (the day before the window)", () => {
    const c = countsFromDailyTotals(goal(), [pending(addDays(asOf, -14), 7)], asOf);
    expect(c.recent).toBe(0);
    expect(c.done).toBe(7);
  });

  it("includes asOf itself", () => {
    expect(countsFromDailyTotals(goal(), [pending(asOf, 3)], asOf).recent).toBe(3);
  });

  it("does not include days before the goal's start even inside the window", () => {
    const c = countsFromDailyTotals(goal(), [pending("2026-02-28", 9), pending("2026-03-02", 2)], "2026-03-05");
    expect(c.recent).toBe(2);
  });

  it("uses counting (pending + verified) reps, not only verified ones", () => {
    const c = countsFromDailyTotals(goal(), [pending(asOf, 3), verified(addDays(asOf, -1), 4)], asOf);
    expect(c.recent).toBe(7);
  });
});

describe("countsFromDailyTotals: reach days", () => {
  it("records the first day the running total reached each threshold", () => {
    const g = goal({ target: 10, milestones: [{ name: "half", count: 5 }] });
    const c = countsFromDailyTotals(g, [pending("2026-03-02", 3), pending("2026-03-04", 2), pending("2026-03-06", 4), pending("2026-03-08", 1), pending("2026-03-09", 9)], "2026-03-20");
    expect(c.reachedOn.get(5)).toBe("2026-03-04"); // 3 + 2 = 5 exactly
    expect(c.reachedOn.get(10)).toBe("2026-03-08"); // 9, then 10
  });

  it("does not record thresholds that are not reached", () => {
    const c = countsFromDailyTotals(goal({ target: 10 }), [pending("2026-03-02", 9)], "2026-03-20");
    expect(c.reachedOn.has(10)).toBe(false);
  });

  it("ignores reps after asOf when finding reach days", () => {
    const c = countsFromDailyTotals(goal({ target: 10 }), [pending("2026-03-02", 9), pending("2026-03-21", 5)], "2026-03-20");
    expect(c.reachedOn.has(10)).toBe(false);
  });
});

describe("computeGoalProgress: done, remaining, percent", () => {
  it("computes remaining as target minus done", () => {
    const p = progressOf(goal({ target: 100 }), [pending("2026-03-02", 40)], "2026-03-10");
    expect(p.done).toBe(40);
    expect(p.remaining).toBe(60);
    expect(p.percent).toBe(40);
    expect(p.target).toBe(100);
  });

  it("reports verified separately", () => {
    const p = progressOf(goal(), [pending("2026-03-02", 40), verified("2026-03-03", 10)], "2026-03-10");
    expect(p.done).toBe(50);
    expect(p.verified).toBe(10);
  });

  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 6, 16.7],
    [1, 8, 12.5],
    [1, 7, 14.3],
    [999, 1000, 99.9],
    [9999, 10000, 100], // 99.99 rounds to 100.0
    [1, 1000, 0.1],
    [1, 2001, 0], // 0.0499… rounds to 0.0
  ])("rounds percent to one decimal: %i of %i is %d", (done, target, percent) => {
    const p = computeGoalProgress(goal({ target }), counts({ done, recent: done }), "2026-03-10");
    expect(p.percent).toBe(percent);
  });

  it("caps percent at 100 and remaining at 0 when done exceeds the target", () => {
    const p = computeGoalProgress(goal({ target: 10 }), counts({ done: 25, recent: 25, reachedOn: new Map([[10, "2026-03-05"]]) }), "2026-03-10");
    expect(p.percent).toBe(100);
    expect(p.remaining).toBe(0);
    expect(p.done).toBe(25);
  });

  it("is 0 percent with nothing done", () => {
    const p = progressOf(goal(), [], "2026-03-10");
    expect(p.percent).toBe(0);
    expect(p.remaining).toBe(100);
  });

  it("passes start date and deadline through", () => {
    const p = progressOf(goal(), [], "2026-03-10");
    expect(p.startDate).toBe(START);
    expect(p.deadline).toBe(DEADLINE);
  });
});

describe("computeGoalProgress: daysLeft and requiredPerDay", () => {
  it("counts whole calendar days from asOf to the deadline", () => {
    const p = progressOf(goal({ deadline: "2026-03-31" }), [], "2026-03-01");
    expect(p.daysLeft).toBe(30);
  });

  it("is 1 the day before the deadline", () => {
    expect(progressOf(goal(), [], "2026-06-29").daysLeft).toBe(1);
  });

  it("is 0 on the deadline day, with requiredPerDay null", () => {
    const p = progressOf(goal(), [pending("2026-06-30", 5)], DEADLINE);
    expect(p.daysLeft).toBe(0);
    expect(p.remaining).toBe(95);
    expect(p.requiredPerDay).toBeNull();
  });

  it("is 0 (never negative) after the deadline, with requiredPerDay null", () => {
    const p = progressOf(goal(), [pending("2026-06-01", 5)], "2026-07-15");
    expect(p.daysLeft).toBe(0);
    expect(p.requiredPerDay).toBeNull();
  });

  it("counts from asOf when asOf is before the start date", () => {
    const p = progressOf(goal({ deadline: "2026-03-31" }), [], "2026-02-25");
    expect(p.daysLeft).toBe(34);
    expect(p.requiredPerDay).toBeCloseTo(100 / 34, 12);
  });

  it("is remaining / daysLeft", () => {
    // asOf 2026-05-31: 30 days to 2026-06-30; remaining 60.
    const p = progressOf(goal(), [pending("2026-03-02", 40)], "2026-05-31");
    expect(p.daysLeft).toBe(30);
    expect(p.requiredPerDay).toBe(2);
  });

  it("is a fraction when needed", () => {
    const p = progressOf(goal({ target: 10, deadline: "2026-03-04" }), [], "2026-03-01");
    expect(p.requiredPerDay).toBeCloseTo(10 / 3, 12);
  });

  it("is null when nothing remains", () => {
    const p = progressOf(goal({ target: 10 }), [pending("2026-03-02", 10)], "2026-03-10");
    expect(p.remaining).toBe(0);
    expect(p.daysLeft).toBeGreaterThan(0);
    expect(p.requiredPerDay).toBeNull();
  });
});

describe("computeGoalProgress: recentPerDay", () => {
  it("is the recent window's reps divided by 14", () => {
    const asOf = "2026-04-30";
    const p = progressOf(goal(), [pending(asOf, 7), pending(addDays(asOf, -13), 14), pending(addDays(asOf, -14), 100)], asOf);
    expect(p.recentPerDay).toBe(21 / 14);
  });

  it("divides by 14 even when the goal started fewer than 14 days ago", () => {
    const p = progressOf(goal(), [pending(START, 7)], "2026-03-03");
    expect(p.recentPerDay).toBe(0.5);
  });

  it("is 0 with no reps in the window", () => {
    expect(progressOf(goal(), [pending(START, 7)], "2026-04-30").recentPerDay).toBe(0);
  });
});

describe("computeGoalProgress: projectedFinish", () => {
  const asOf = "2026-04-30";

  it("is asOf + remaining / recentPerDay when that is whole", () => {
    // 14 reps in the window: 1 per day; 100 - 90 = 10 remaining.
    const p = progressOf(goal(), [pending("2026-03-05", 76), pending(asOf, 14)], asOf);
    expect(p.recentPerDay).toBe(1);
    expect(p.remaining).toBe(10);
    expect(p.projectedFinish).toBe("2026-05-10");
  });

  it("rounds the days up (ceil)", () => {
    // 28 reps in the window: 2 per day; 5 remaining -> 2.5 -> 3 days.
    const p = progressOf(goal(), [pending("2026-03-05", 67), pending(asOf, 28)], asOf);
    expect(p.remaining).toBe(5);
    expect(p.projectedFinish).toBe("2026-05-03");
  });

  it("rounds a small fraction up to a whole day", () => {
    // 15 reps in window: 15/14 per day; 1 remaining -> 0.93 -> 1 day.
    const p = progressOf(goal({ target: 16 }), [pending(asOf, 15)], asOf);
    expect(p.projectedFinish).toBe("2026-05-01");
  });

  // Spec: asOf + ceil(remaining / recentPerDay). With 17 reps in the window
  // and 17 remaining the exact value is 17 / (17/14) = 14 days; in doubles
  // 17 / 1.2142857142857142 is 14.000000000000002, and a float ceil gives 15.
  it("projects exactly 14 days for 17 remaining at 17 reps per 14 days (no float error in ceil)", () => {
    const g = goal({ target: 34, startDate: "2026-03-01", deadline: "2026-03-28" });
    const p = progressOf(g, [pending("2026-03-14", 17)], "2026-03-14");
    expect(p.remaining).toBe(17);
    expect(p.projectedFinish).toBe("2026-03-28");
    expect(p.status).toBe("on_track");
  });

  it("is null when recentPerDay is 0", () => {
    const p = progressOf(goal(), [pending("2026-03-05", 50)], asOf);
    expect(p.recentPerDay).toBe(0);
    expect(p.projectedFinish).toBeNull();
  });

  it("is the day the target was reached, when it has been", () => {
    const g = goal({ target: 10 });
    const p = progressOf(g, [pending("2026-03-02", 6), pending("2026-03-04", 4)], "2026-03-10");
    expect(p.projectedFinish).toBe("2026-03-04");
  });

  it("stays on the reach day when more reps come later", () => {
    const g = goal({ target: 10 });
    const p = progressOf(g, [pending("2026-03-02", 6), pending("2026-03-04", 5), pending("2026-03-08", 20), pending("2026-04-25", 3)], asOf);
    expect(p.done).toBe(34);
    expect(p.projectedFinish).toBe("2026-03-04");
  });

  it("is the reach day even when the goal was finished long before the recent window", () => {
    const p = progressOf(goal({ target: 10 }), [pending("2026-03-02", 10)], asOf);
    expect(p.recentPerDay).toBe(0);
    expect(p.projectedFinish).toBe("2026-03-02");
  });

  it("can fall after the deadline", () => {
    // 1 per day, 100 remaining from 2026-06-25 -> 2026-10-03.
    const p = computeGoalProgress(goal({ target: 200 }), counts({ done: 100, recent: 14 }), "2026-06-25");
    expect(p.projectedFinish).toBe("2026-10-03");
    expect(p.status).toBe("behind");
  });
});

describe("computeGoalProgress: status", () => {
  it("is done when nothing remains, even after the deadline", () => {
    const g = goal({ target: 10 });
    expect(progressOf(g, [pending("2026-03-02", 10)], "2026-03-10").status).toBe("done");
    expect(progressOf(g, [pending("2026-06-25", 12)], "2026-08-01").status).toBe("done");
  });

  it("is no_data with no counting session yet", () => {
    expect(progressOf(goal(), [], "2026-03-10").status).toBe("no_data");
  });

  it("is no_data when the only sessions are before the start or after asOf", () => {
    expect(progressOf(goal(), [pending("2026-02-20", 5), pending("2026-03-20", 5)], "2026-03-10").status).toBe("no_data");
  });

  it("is no_data before the goal starts", () => {
    expect(progressOf(goal(), [], "2026-02-01").status).toBe("no_data");
  });

  it("is on_track when the projection lands exactly on the deadline", () => {
    // asOf 2026-06-20, 1 per day, 10 remaining -> 2026-06-30.
    const p = computeGoalProgress(goal(), counts({ done: 90, recent: 14 }), "2026-06-20");
    expect(p.projectedFinish).toBe(DEADLINE);
    expect(p.status).toBe("on_track");
  });

  it("is behind when the projection lands the day after the deadline", () => {
    const p = computeGoalProgress(goal(), counts({ done: 89, recent: 14 }), "2026-06-20");
    expect(p.projectedFinish).toBe("2026-07-01");
    expect(p.status).toBe("behind");
  });

  it("is behind when there are reps but none recently (no projection)", () => {
    const p = progressOf(goal(), [pending("2026-03-02", 5)], "2026-05-01");
    expect(p.projectedFinish).toBeNull();
    expect(p.status).toBe("behind");
  });

  it("is behind after the deadline with reps remaining", () => {
    const p = progressOf(goal(), [pending("2026-06-30", 14)], "2026-07-01");
    expect(p.status).toBe("behind");
  });
});

describe("computeGoalProgress: milestones", () => {
  const g = goal({
    target: 100,
    milestones: [
      { name: "Fifty", count: 50 },
      { name: "Ten", count: 10 },
      { name: "Ninety", count: 90 },
    ],
  });

  it("is an empty list without milestones", () => {
    expect(progressOf(goal(), [pending(START, 1)], "2026-03-10").milestones).toEqual([]);
  });

  it("gives reached milestones their reach day and no projection, unreached ones a projection", () => {
    const asOf = "2026-04-30";
    // 6 on 03-02 and 6 on 03-04 (12, reaches 10 on 03-04), then 28 in the window (2/day).
    const p = progressOf(g, [pending("2026-03-02", 6), pending("2026-03-04", 6), pending(asOf, 28)], asOf);
    expect(p.done).toBe(40);
    const byName = Object.fromEntries(p.milestones.map((m) => [m.name, m]));
    expect(byName.Ten).toEqual({ name: "Ten", count: 10, freefallMinutes: null, reachedOn: "2026-03-04", projectedOn: null });
    // 10 more at 2/day -> 5 days.
    expect(byName.Fifty).toEqual({ name: "Fifty", count: 50, freefallMinutes: null, reachedOn: null, projectedOn: "2026-05-05" });
    // 50 more at 2/day -> 25 days.
    expect(byName.Ninety).toEqual({ name: "Ninety", count: 90, freefallMinutes: null, reachedOn: null, projectedOn: "2026-05-25" });
  });

  it("rounds milestone projections up", () => {
    // done 45, 28 reps in the window (2/day): 5 to go to 50 -> 2.5 -> 3 days.
    const p = computeGoalProgress(g, counts({ done: 45, recent: 28, reachedOn: new Map([[10, "2026-03-05"]]) }), "2026-04-30");
    expect(p.milestones.find((m) => m.name === "Fifty")?.projectedOn).toBe("2026-05-03");
  });

  it("has null projections when recentPerDay is 0", () => {
    const p = progressOf(g, [pending("2026-03-02", 20)], "2026-04-30");
    const byName = Object.fromEntries(p.milestones.map((m) => [m.name, m]));
    expect(byName.Ten).toEqual({ name: "Ten", count: 10, freefallMinutes: null, reachedOn: "2026-03-02", projectedOn: null });
    expect(byName.Fifty).toEqual({ name: "Fifty", count: 50, freefallMinutes: null, reachedOn: null, projectedOn: null });
    expect(byName.Ninety).toEqual({ name: "Ninety", count: 90, freefallMinutes: null, reachedOn: null, projectedOn: null });
  });

  it("has null reach days and projections with no data", () => {
    const p = progressOf(g, [], "2026-03-10");
    for (const m of p.milestones) {
      expect(m.reachedOn).toBeNull();
      expect(m.projectedOn).toBeNull();
    }
  });

  it("marks several milestones reached on the same day by one big session", () => {
    const p = progressOf(g, [pending("2026-03-03", 95)], "2026-03-10");
    for (const name of ["Ten", "Fifty", "Ninety"]) {
      const m = p.milestones.find((x) => x.name === name);
      expect(m?.reachedOn).toBe("2026-03-03");
      expect(m?.projectedOn).toBeNull();
    }
  });

  it("lists milestones in ascending count order", () => {
    const p = progressOf(g, [], "2026-03-10");
    expect(p.milestones.map((m) => m.count)).toEqual([10, 50, 90]);
  });

  it("does not count reps after asOf towards milestones", () => {
    const p = progressOf(g, [pending("2026-03-02", 5), pending("2026-03-20", 50)], "2026-03-10");
    expect(p.milestones.find((m) => m.name === "Ten")?.reachedOn).toBeNull();
  });
});

describe("dailySeries", () => {
  it("has one point per day from the start to asOf inclusive, with running totals", () => {
    const g = goal({ startDate: "2026-03-01" });
    const series = dailySeries(g, [pending("2026-03-02", 3), verified("2026-03-04", 2)], "2026-03-04");
    expect(series).toEqual([
      { date: "2026-03-01", count: 0, cumulative: 0 },
      { date: "2026-03-02", count: 3, cumulative: 3 },
      { date: "2026-03-03", count: 0, cumulative: 3 },
      { date: "2026-03-04", count: 2, cumulative: 5 },
    ]);
  });

  it("ignores days before the start and after asOf", () => {
    const series = dailySeries(goal(), [pending("2026-02-28", 9), pending(START, 1), pending("2026-03-03", 9)], "2026-03-02");
    expect(series).toEqual([
      { date: "2026-03-01", count: 1, cumulative: 1 },
      { date: "2026-03-02", count: 0, cumulative: 1 },
    ]);
  });

  it("adds up several totals for the same day", () => {
    const series = dailySeries(goal(), [pending(START, 1), verified(START, 2)], START);
    expect(series).toEqual([{ date: START, count: 3, cumulative: 3 }]);
  });

  it("is one point when asOf is the start date and empty when asOf is before it", () => {
    expect(dailySeries(goal(), [], START)).toHaveLength(1);
    expect(dailySeries(goal(), [pending(START, 1)], "2026-02-28")).toEqual([]);
  });

  it("crosses month ends", () => {
    const series = dailySeries(goal({ startDate: "2026-02-27" }), [], "2026-03-02");
    expect(series.map((p) => p.date)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });

  it("ends on the same total as countsFromDailyTotals", () => {
    const g = goal();
    const days = [pending("2026-02-27", 3), pending("2026-03-05", 4), verified("2026-03-08", 5), pending("2026-03-12", 6)];
    const series = dailySeries(g, days, "2026-03-10");
    expect(series.at(-1)?.cumulative).toBe(countsFromDailyTotals(g, days, "2026-03-10").done);
    expect(series.at(-1)?.cumulative).toBe(9);
  });
});

function fakeProgress(status: GoalProgress["status"], percent: number): GoalProgress {
  return {
    target: 100,
    done: percent,
    verified: 0,
    remaining: 100 - percent,
    percent,
    startDate: START,
    deadline: DEADLINE,
    daysLeft: 10,
    recentPerDay: 0,
    requiredPerDay: null,
    projectedFinish: null,
    status,
    milestones: [],
  };
}

describe("compareByUrgency", () => {
  it("sorts behind first, then no_data, on_track, done", () => {
    const list = [fakeProgress("done", 100), fakeProgress("on_track", 10), fakeProgress("no_data", 0), fakeProgress("behind", 90)];
    expect([...list].sort(compareByUrgency).map((p) => p.status)).toEqual(["behind", "no_data", "on_track", "done"]);
  });

  it("puts the least complete first within a status", () => {
    const list = [fakeProgress("behind", 60), fakeProgress("behind", 5.5), fakeProgress("behind", 30)];
    expect([...list].sort(compareByUrgency).map((p) => p.percent)).toEqual([5.5, 30, 60]);
  });

  it("puts a nearly complete behind goal before a barely started on_track one", () => {
    expect(compareByUrgency(fakeProgress("behind", 99), fakeProgress("on_track", 1))).toBeLessThan(0);
    expect(compareByUrgency(fakeProgress("on_track", 1), fakeProgress("behind", 99))).toBeGreaterThan(0);
  });

  it("is 0 for equal status and percent", () => {
    expect(compareByUrgency(fakeProgress("on_track", 40), fakeProgress("on_track", 40))).toBe(0);
  });
});

describe("overallReadiness", () => {
  it("is 0 with no goals", () => {
    expect(overallReadiness([])).toBe(0);
  });

  it("is the mean of the percentages, rounded to one decimal", () => {
    expect(overallReadiness([{ percent: 100 }, { percent: 50 }])).toBe(75);
    expect(overallReadiness([{ percent: 100 }, { percent: 0 }, { percent: 0 }])).toBe(33.3);
    expect(overallReadiness([{ percent: 33.3 }])).toBe(33.3);
  });

  it("weights goals equally, not by reps", () => {
    const big = computeGoalProgress(goal({ target: 13000 }), counts({ done: 13000, reachedOn: new Map([[13000, START]]) }), "2026-03-10");
    const small = computeGoalProgress(goal({ target: 100 }), counts({ done: 0 }), "2026-03-10");
    expect(overallReadiness([big, small])).toBe(50);
  });
});

describe("properties", () => {
  const dayArb = fc.integer({ min: toEpochDay("2026-01-01"), max: toEpochDay("2026-12-31") }).map(fromEpochDay);
  const totalsArb = fc.array(
    fc.record({ date: dayArb, count: fc.integer({ min: 0, max: 60 }) }).chain(({ date, count }) =>
      fc.integer({ min: 0, max: count }).map((v) => ({ date, count, verified: v })),
    ),
    { maxLength: 40 },
  );
  const goalArb = fc
    .record({
      start: dayArb,
      length: fc.integer({ min: 0, max: 200 }),
      target: fc.integer({ min: 1, max: 500 }),
      milestoneCounts: fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 4 }),
    })
    .map(({ start, length, target, milestoneCounts }) => ({
      target,
      startDate: start,
      deadline: addDays(start, length),
      milestones: milestoneCounts.filter((c) => c <= target).map((count, i) => ({ name: `m${i}`, count })),
    }));

  it("done, verified and recent equal the sums of the in-range counts", () => {
    fc.assert(
      fc.property(goalArb, totalsArb, dayArb, (g, days, asOf) => {
        const c = countsFromDailyTotals(g, days, asOf);
        const inRange = days.filter((d) => daysBetween(g.startDate, d.date) >= 0 && daysBetween(d.date, asOf) >= 0);
        const recent = inRange.filter((d) => daysBetween(d.date, asOf) < 14);
        expect(c.done).toBe(inRange.reduce((s, d) => s + d.count, 0));
        expect(c.verified).toBe(inRange.reduce((s, d) => s + d.verified, 0));
        expect(c.recent).toBe(recent.reduce((s, d) => s + d.count, 0));
      }),
    );
  });

  it("percent is within [0, 100], remaining within [0, target], daysLeft never negative", () => {
    fc.assert(
      fc.property(goalArb, totalsArb, dayArb, (g, days, asOf) => {
        const p = progressOf(g, days, asOf);
        expect(p.percent).toBeGreaterThanOrEqual(0);
        expect(p.percent).toBeLessThanOrEqual(100);
        expect(p.remaining).toBeGreaterThanOrEqual(0);
        expect(p.remaining).toBeLessThanOrEqual(g.target);
        expect(p.daysLeft).toBeGreaterThanOrEqual(0);
        expect(p.status === "done").toBe(p.remaining === 0);
        // Targets here are at most 500, so 99.95% or more can only mean finished.
        expect(p.percent === 100).toBe(p.remaining === 0);
      }),
    );
  });

  it("reach days are the first day the daily series' running total reaches each threshold", () => {
    fc.assert(
      fc.property(goalArb, totalsArb, dayArb, (g, days, asOf) => {
        const c = countsFromDailyTotals(g, days, asOf);
        const series = dailySeries(g, days, asOf);
        for (const threshold of goalThresholds(g)) {
          const first = series.find((pt) => pt.cumulative >= threshold);
          expect(c.reachedOn.get(threshold)).toBe(first?.date);
        }
      }),
    );
  });

  it("projectedFinish is asOf + ceil(14 * remaining / recent) in exact integer arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), (recent, remaining) => {
        const done = recent;
        const p = computeGoalProgress(goal({ target: done + remaining, deadline: "2030-01-01" }), counts({ done, recent }), START);
        const n = 14 * remaining;
        const days = Math.floor(n / recent) + (n % recent === 0 ? 0 : 1);
        expect(p.projectedFinish).toBe(addDays(START, days));
      }),
      { numRuns: 500, examples: [[17, 17], [34, 17], [41, 41], [15, 15]] },
    );
  });

  it("milestones are either reached (with no projection) or not reached", () => {
    fc.assert(
      fc.property(goalArb, totalsArb, dayArb, (g, days, asOf) => {
        const p = progressOf(g, days, asOf);
        for (const m of p.milestones) {
          if (p.done >= m.count) {
            expect(m.reachedOn).not.toBeNull();
            expect(m.projectedOn).toBeNull();
          } else {
            expect(m.reachedOn).toBeNull();
            if (p.recentPerDay === 0) expect(m.projectedOn).toBeNull();
            else expect(daysBetween(asOf, m.projectedOn!)).toBeGreaterThan(0);
          }
        }
      }),
    );
  });
});
