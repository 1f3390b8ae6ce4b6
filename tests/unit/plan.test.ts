import { describe, expect, it } from "vitest";
import { compliance, planCalendar, repeatWeek, worstCompliance } from "@/lib/domain/plan";

// The plan against what was done, on hand-made days.

const TODAY = "2026-06-10";

describe("compliance", () => {
  it("is green within ±20 % of the plan, boundaries included", () => {
    expect(compliance(10, 10, "2026-06-09", TODAY)).toBe("green");
    expect(compliance(10, 8, "2026-06-09", TODAY)).toBe("green"); // 80 %
    expect(compliance(10, 12, "2026-06-09", TODAY)).toBe("green"); // 120 %
  });

  it("is yellow from 50 to 79 % and from 121 to 150 %", () => {
    expect(compliance(100, 79, "2026-06-09", TODAY)).toBe("yellow");
    expect(compliance(10, 5, "2026-06-09", TODAY)).toBe("yellow"); // 50 %
    expect(compliance(100, 121, "2026-06-09", TODAY)).toBe("yellow");
    expect(compliance(10, 15, "2026-06-09", TODAY)).toBe("yellow"); // 150 %
  });

  it("is red below half or above one and a half times the plan", () => {
    expect(compliance(10, 4, "2026-06-09", TODAY)).toBe("red");
    expect(compliance(100, 151, "2026-06-09", TODAY)).toBe("red");
    expect(compliance(3, 2, "2026-06-09", TODAY)).toBe("yellow"); // 66.7 %
  });

  it("is red for a past planned day with nothing done, and not yet coloured today or ahead", () => {
    expect(compliance(10, 0, "2026-06-09", TODAY)).toBe("red");
    expect(compliance(10, 0, TODAY, TODAY)).toBeNull();
    expect(compliance(10, 0, "2026-06-11", TODAY)).toBeNull();
    expect(compliance(10, 10, TODAY, TODAY)).toBe("green"); // today, once something is done
  });

  it("has nothing to say of a day nothing was planned for", () => {
    expect(compliance(0, 5, "2026-06-09", TODAY)).toBeNull();
  });

  it("colours a day by its worst planned discipline", () => {
    expect(worstCompliance(["green", "yellow", null])).toBe("yellow");
    expect(worstCompliance(["green", "red", "yellow"])).toBe("red");
    expect(worstCompliance([null, null])).toBeNull();
  });
});

describe("the plan calendar", () => {
  it("lists every day with planned against done per discipline; unplanned work is shown, not coloured", () => {
    const plan = [
      { date: "2026-06-08", disciplineId: "bike", count: 40 },
      { date: "2026-06-08", disciplineId: "sky", count: 4 },
      { date: "2026-06-11", disciplineId: "bike", count: 40 },
    ];
    const done = [
      { date: "2026-06-08", disciplineId: "bike", count: 30 },
      { date: "2026-06-08", disciplineId: "bike", count: 8 },
      { date: "2026-06-08", disciplineId: "sky", count: 1 },
      { date: "2026-06-09", disciplineId: "sky", count: 2 },
    ];
    const days = planCalendar(plan, done, "2026-06-08", "2026-06-11", TODAY);
    expect(days.map((d) => d.date)).toEqual(["2026-06-08", "2026-06-09", "2026-06-10", "2026-06-11"]);
    expect(days[0]).toEqual({
      date: "2026-06-08",
      disciplines: [
        { disciplineId: "bike", planned: 40, done: 38, compliance: "green" },
        { disciplineId: "sky", planned: 4, done: 1, compliance: "red" },
      ],
      compliance: "red",
    });
    expect(days[1]).toEqual({ date: "2026-06-09", disciplines: [{ disciplineId: "sky", planned: 0, done: 2, compliance: null }], compliance: null });
    expect(days[2]).toEqual({ date: "2026-06-10", disciplines: [], compliance: null });
    expect(days[3]!.disciplines).toEqual([{ disciplineId: "bike", planned: 40, done: 0, compliance: null }]);
  });
});

describe("repeating a week", () => {
  it("copies the week's days onto the following weeks, day for day, and nothing outside the week", () => {
    const plan = [
      { date: "2026-06-08", disciplineId: "bike", count: 40 }, // Monday
      { date: "2026-06-14", disciplineId: "sky", count: 2 }, // Sunday
      { date: "2026-06-15", disciplineId: "bike", count: 99 }, // the next Monday: not part of the week
    ];
    expect(repeatWeek(plan, "2026-06-08", 2)).toEqual([
      { date: "2026-06-15", disciplineId: "bike", count: 40 },
      { date: "2026-06-21", disciplineId: "sky", count: 2 },
      { date: "2026-06-22", disciplineId: "bike", count: 40 },
      { date: "2026-06-28", disciplineId: "sky", count: 2 },
    ]);
    expect(repeatWeek(plan, "2026-06-08", 0)).toEqual([]);
  });
});
