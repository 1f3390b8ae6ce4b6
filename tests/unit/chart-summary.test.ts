import { describe, expect, it } from "vitest";
import { toEpochDay } from "@/lib/domain/calendar-day";
import { cumulativeChartSummary, readinessSummary, weeklyVolumeSummary } from "@/lib/domain/chart-summary";

const e = toEpochDay;

describe("cumulativeChartSummary", () => {
  it("names the running total, the projected finish and the deadline", () => {
    const points = [
      { day: e("2026-03-01"), cumulative: 0 },
      { day: e("2026-03-03"), cumulative: 7, projected: 7 },
      { day: e("2026-03-29"), projected: 20 },
    ];
    expect(cumulativeChartSummary("Jumps: running total", points, 20, e("2026-03-31"), "jump")).toBe(
      "Jumps: running total; 7 jumps done by 3 Mar 2026; projected to reach 20 on 29 Mar 2026; deadline 31 Mar 2026.",
    );
  });

  it("says when there is nothing yet, and no projection without one", () => {
    expect(cumulativeChartSummary("T", [], 20, e("2026-03-31"), "jump")).toBe("T; no jumps yet; deadline 31 Mar 2026.");
    expect(cumulativeChartSummary("T", [{ day: e("2026-03-01"), cumulative: 1 }], 20, e("2026-03-31"), "jump")).toBe(
      "T; 1 jump done by 1 Mar 2026; deadline 31 Mar 2026.",
    );
  });
});

describe("weeklyVolumeSummary", () => {
  it("counts the weeks and names the busiest and the latest", () => {
    const weeks = [
      { weekStart: "2026-03-02", count: 12 },
      { weekStart: "2026-03-09", count: 1500 },
      { weekStart: "2026-03-16", count: 1 },
    ];
    expect(weeklyVolumeSummary("Jumps per week", weeks, "jump")).toBe(
      "Jumps per week, 3 weeks from 2 Mar 2026; the most 1,500 jumps in the week of 9 Mar 2026; the latest week 1 jump.",
    );
    expect(weeklyVolumeSummary("Jumps per week", [], "jump")).toBe("Jumps per week: no weeks yet.");
  });
});

describe("readinessSummary", () => {
  it("gives the check-ins, the latest and the average, and the reps trained", () => {
    const points = [
      { date: "2026-03-01", reps: 5, readiness: 3 },
      { date: "2026-03-02", reps: 0 },
      { date: "2026-03-03", reps: 10, readiness: 4.5 },
    ];
    expect(readinessSummary("Readiness", points)).toBe(
      "Readiness: 2 check-ins, the latest 4.5 on 3 Mar 2026, averaging 3.8; 15 reps over 2 training days.",
    );
    expect(readinessSummary("Readiness", [{ date: "2026-03-01", reps: 0 }])).toBe("Readiness: no check-ins; 0 reps over 0 training days.");
  });
});
