import { describe, expect, it } from "vitest";
import { checkDoseLimits, limitWindow, type DoseLimits } from "@/lib/domain/limits";

const none: DoseLimits = { maxPerDay: null, maxPer7Days: null, minRestDays: null, hard: false };

describe("checkDoseLimits", () => {
  it("finds nothing without limits", () => {
    expect(checkDoseLimits(none, { date: "2026-06-10", count: 999 }, [{ date: "2026-06-10", count: 999 }])).toEqual([]);
  });

  it("sums the day with the new entry", () => {
    const limits = { ...none, maxPerDay: 30 };
    expect(checkDoseLimits(limits, { date: "2026-06-10", count: 10 }, [{ date: "2026-06-10", count: 20 }])).toEqual([]);
    expect(checkDoseLimits(limits, { date: "2026-06-10", count: 11 }, [{ date: "2026-06-10", count: 20 }, { date: "2026-06-09", count: 50 }])).toEqual([
      { kind: "per_day", message: "31 reps on 2026-06-10 exceeds the limit of 30 per day" },
    ]);
  });

  it("checks every rolling 7-day window that holds the new date, later ones too", () => {
    const limits = { ...none, maxPer7Days: 100 };
    // 95 on 16 June: the window 10-16 June holds the new entry on the 10th.
    expect(checkDoseLimits(limits, { date: "2026-06-10", count: 10 }, [{ date: "2026-06-16", count: 95 }])[0]).toMatchObject({
      kind: "per_7_days",
      message: "105 reps from 2026-06-10 to 2026-06-16 exceeds the limit of 100 per 7 days",
    });
    // 17 June is outside every window holding the 10th.
    expect(checkDoseLimits(limits, { date: "2026-06-10", count: 10 }, [{ date: "2026-06-17", count: 95 }])).toEqual([]);
    expect(checkDoseLimits(limits, { date: "2026-06-10", count: 10 }, [{ date: "2026-06-03", count: 95 }])).toEqual([]);
    expect(checkDoseLimits(limits, { date: "2026-06-10", count: 10 }, [{ date: "2026-06-04", count: 95 }])).toHaveLength(1);
  });

  it("requires whole days of rest on either side", () => {
    const limits = { ...none, minRestDays: 2 };
    expect(checkDoseLimits(limits, { date: "2026-06-10", count: 1 }, [{ date: "2026-06-08", count: 1 }])).toEqual([]);
    expect(checkDoseLimits(limits, { date: "2026-06-10", count: 1 }, [{ date: "2026-06-11", count: 1 }])[0]?.kind).toBe("rest");
    expect(checkDoseLimits({ ...none, minRestDays: 1 }, { date: "2026-06-10", count: 1 }, [{ date: "2026-06-10", count: 1 }])[0]?.kind).toBe("rest");
    expect(checkDoseLimits({ ...none, minRestDays: 0 }, { date: "2026-06-10", count: 1 }, [{ date: "2026-06-10", count: 1 }])).toEqual([]);
  });

  it("reports every limit broken at once", () => {
    const limits: DoseLimits = { maxPerDay: 5, maxPer7Days: 5, minRestDays: 1, hard: true };
    expect(checkDoseLimits(limits, { date: "2026-06-10", count: 6 }, [{ date: "2026-06-10", count: 1 }]).map((v) => v.kind)).toEqual([
      "per_day",
      "per_7_days",
      "rest",
    ]);
  });
});

describe("limitWindow", () => {
  it("covers the days other sessions can matter on", () => {
    expect(limitWindow("2026-06-10", { ...none, maxPerDay: 1 })).toEqual({ from: "2026-06-10", to: "2026-06-10" });
    expect(limitWindow("2026-06-10", { ...none, maxPer7Days: 1 })).toEqual({ from: "2026-06-04", to: "2026-06-16" });
    expect(limitWindow("2026-06-10", { ...none, minRestDays: 3 })).toEqual({ from: "2026-06-08", to: "2026-06-12" });
  });
});
