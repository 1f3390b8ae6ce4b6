import { describe, expect, it } from "vitest";
import { toEpochDay } from "@/lib/domain/calendar-day";
import { cumulativeChartData, weeklyVolume } from "@/lib/domain/chart-data";
import {
  computeGoalProgress,
  countsFromDailyTotals,
  dailySeries,
  type DailyTotal,
  type GoalDefinition,
  type SeriesPoint,
} from "@/lib/domain/progress";

function build(goal: GoalDefinition, days: DailyTotal[], asOf: string) {
  const progress = computeGoalProgress(goal, countsFromDailyTotals(goal, days, asOf), asOf);
  const series = dailySeries(goal, days, asOf);
  return { progress, series, chart: cumulativeChartData(progress, series, asOf) };
}

const e = toEpochDay;

describe("cumulativeChartData", () => {
  const goal: GoalDefinition = { target: 20, startDate: "2026-03-01", deadline: "2026-03-31" };

  it("plots the running total per day and a straight projection to the projected finish", () => {
    // 7 reps on 03-03: 7/14 = 0.5 per day, 13 remaining -> 26 days -> 2026-03-29.
    const { progress, chart } = build(goal, [{ date: "2026-03-03", count: 7, verified: 0 }], "2026-03-03");
    expect(progress.projectedFinish).toBe("2026-03-29");
    expect(chart.points).toEqual([
      { day: e("2026-03-01"), cumulative: 0 },
      { day: e("2026-03-02"), cumulative: 0 },
      { day: e("2026-03-03"), cumulative: 7, projected: 7 },
      { day: e("2026-03-29"), projected: 20 },
    ]);
    expect(chart.deadlineDay).toBe(e("2026-03-31"));
    expect(chart.domain).toEqual([e("2026-03-01"), e("2026-03-31")]);
  });

  it("widens the domain to a projected finish after the deadline", () => {
    // 1 rep: 1/14 per day, 19 remaining -> 266 days.
    const { progress, chart } = build(goal, [{ date: "2026-03-02", count: 1, verified: 1 }], "2026-03-02");
    expect(progress.status).toBe("behind");
    expect(chart.domain).toEqual([e("2026-03-01"), e(progress.projectedFinish!)]);
    expect(chart.points.at(-1)).toEqual({ day: e(progress.projectedFinish!), projected: 20 });
  });

  it("draws no projection when the goal is done", () => {
    const { progress, chart } = build(goal, [{ date: "2026-03-02", count: 25, verified: 0 }], "2026-03-03");
    expect(progress.status).toBe("done");
    expect(chart.points).toEqual([
      { day: e("2026-03-01"), cumulative: 0 },
      { day: e("2026-03-02"), cumulative: 25 },
      { day: e("2026-03-03"), cumulative: 25 },
    ]);
  });

  it("draws no projection without data", () => {
    const { chart } = build(goal, [], "2026-03-02");
    expect(chart.points.every((p) => p.projected === undefined)).toBe(true);
    expect(chart.points).toHaveLength(2);
  });

  it("draws no projection when nothing was done recently", () => {
    const { progress, chart } = build(goal, [{ date: "2026-03-01", count: 3, verified: 0 }], "2026-03-20");
    expect(progress.projectedFinish).toBeNull();
    expect(chart.points.every((p) => p.projected === undefined)).toBe(true);
  });

  it("extends the domain to asOf after the deadline", () => {
    const { chart } = build(goal, [], "2026-04-10");
    expect(chart.domain).toEqual([e("2026-03-01"), e("2026-04-10")]);
  });

  it("keeps the start date in the domain when asOf is before it (empty series)", () => {
    const { chart } = build(goal, [], "2026-02-20");
    expect(chart.points).toEqual([]);
    expect(chart.domain).toEqual([e("2026-03-01"), e("2026-03-31")]);
  });
});

describe("weeklyVolume", () => {
  function point(date: string, count: number): SeriesPoint {
    return { date, count, cumulative: 0 };
  }

  it("sums counts per ISO week, keyed by Monday", () => {
    const series = [
      point("2026-03-01", 1), // Sunday -> week of 2026-02-23
      point("2026-03-02", 2), // Monday
      point("2026-03-04", 3),
      point("2026-03-08", 4), // Sunday, same week as 03-02
      point("2026-03-09", 5), // next Monday
    ];
    expect(weeklyVolume(series)).toEqual([
      { weekStart: "2026-02-23", count: 1 },
      { weekStart: "2026-03-02", count: 9 },
      { weekStart: "2026-03-09", count: 5 },
    ]);
  });

  it("keeps weeks with zero reps", () => {
    expect(weeklyVolume([point("2026-03-02", 0), point("2026-03-09", 0)])).toEqual([
      { weekStart: "2026-03-02", count: 0 },
      { weekStart: "2026-03-09", count: 0 },
    ]);
  });

  it("is empty for an empty series", () => {
    expect(weeklyVolume([])).toEqual([]);
  });

  it("adds up to the series total", () => {
    const goal: GoalDefinition = { target: 100, startDate: "2026-01-01", deadline: "2026-12-31" };
    const days = [3, 10, 17, 40, 41, 59].map((n, i) => ({ date: `2026-02-${String((n % 28) + 1).padStart(2, "0")}`, count: i + 1, verified: 0 }));
    const series = dailySeries(goal, days, "2026-03-15");
    const weeks = weeklyVolume(series);
    expect(weeks.reduce((s, w) => s + w.count, 0)).toBe(series.at(-1)!.cumulative);
  });
});
