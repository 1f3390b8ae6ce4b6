import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/calendar-day";
import { dailyLoadSeries, highLoadBefore, loadBand, sessionLoad, type LoadDay, type LoadSession } from "@/lib/domain/training-load";

// Session-RPE and the acute:chronic ratio with EWMAs (Williams et al. 2017),
// on hand-computed figures. λ acute = 2 / (7 + 1) = 0.25, λ chronic = 2 / (28 + 1) = 2/29.

const DAY0 = "2026-01-01";
const on = (index: number) => addDays(DAY0, index);
const session = (index: number, rpe: number | null, durationMinutes: number | null): LoadSession => ({ date: on(index), rpe, durationMinutes });
const daily = (count: number, load: (index: number) => [number, number]) =>
  Array.from({ length: count }, (_, i) => session(i, ...load(i)));

describe("sessionLoad", () => {
  it("is RPE × minutes", () => {
    expect(sessionLoad(5, 60)).toBe(300);
    expect(sessionLoad(10, 1)).toBe(10);
  });

  it("is null without an RPE or without a duration", () => {
    expect(sessionLoad(null, 60)).toBeNull();
    expect(sessionLoad(5, null)).toBeNull();
    expect(sessionLoad(null, null)).toBeNull();
  });

  it("is 0, not null, for a rated session of RPE 0", () => {
    expect(sessionLoad(0, 60)).toBe(0);
  });
});

describe("dailyLoadSeries", () => {
  it("runs both averages from 0 on the day before the first load: one session of 5 × 60 = 300", () => {
    const days = dailyLoadSeries([session(0, 5, 60)], on(0), on(3));
    expect(days.map((d) => d.date)).toEqual([on(0), on(1), on(2), on(3)]);
    expect(days.map((d) => d.load)).toEqual([300, 0, 0, 0]);
    // acute: 0.25 · 300 = 75, then × 0.75 a day: 56.25, 42.1875, 31.640625.
    expect(days.map((d) => d.acute)).toEqual([75, 56.25, 42.1875, 31.640625]);
    // chronic: (2/29) · 300 = 600/29 ≈ 20.6897, then × 27/29 a day:
    // 16200/841 ≈ 19.2628, 437400/24389 ≈ 17.9343, 11809800/707281 ≈ 16.6975.
    expect(days[0]!.chronic).toBeCloseTo(20.689655, 6);
    expect(days[1]!.chronic).toBeCloseTo(19.262782, 6);
    expect(days[2]!.chronic).toBeCloseTo(17.934315, 6);
    expect(days[3]!.chronic).toBeCloseTo(16.697465, 6);
    expect(days.map((d) => d.ratio)).toEqual([null, null, null, null]);
  });

  it("sums the sessions of a day: 5 × 30 + 4 × 50 = 350", () => {
    const [day] = dailyLoadSeries([session(0, 5, 30), session(0, 4, 50)], on(0), on(0));
    // acute 0.25 · 350 = 87.5; chronic (2/29) · 350 = 700/29 ≈ 24.1379.
    expect(day).toMatchObject({ load: 350, acute: 87.5, ratio: null });
    expect(day!.chronic).toBeCloseTo(24.137931, 6);
  });

  it("adds nothing for a session without an RPE or a duration, and such a session does not start the averages", () => {
    const sessions = [session(0, null, 90), session(1, 7, null), session(2, 5, 60), session(2, null, 30)];
    const days = dailyLoadSeries(sessions, on(0), on(2));
    expect(days.slice(0, 2)).toEqual([
      { date: on(0), load: 0, acute: 0, chronic: 0, ratio: null },
      { date: on(1), load: 0, acute: 0, chronic: 0, ratio: null },
    ]);
    expect(days[2]).toMatchObject({ load: 300, acute: 75 });
    // The first load day is day 2: day 2 + 28 is the first with a ratio, day 2 + 27 is not.
    const later = dailyLoadSeries(sessions, on(29), on(30));
    expect(later[0]!.ratio).toBeNull();
    expect(later[1]!.ratio).not.toBeNull();
  });

  it("decays through days without training: 300 on day 0, 200 on day 3", () => {
    const days = dailyLoadSeries([session(0, 5, 60), session(3, 4, 50)], on(0), on(3));
    expect(days.map((d) => d.load)).toEqual([300, 0, 0, 200]);
    // acute: 75 · 0.75³ + 0.25 · 200 = 31.640625 + 50 = 81.640625.
    expect(days[3]!.acute).toBe(81.640625);
    // chronic: (600/29)(27/29)³ + (2/29) · 200 = 16.697465 + 13.793103 = 30.490569.
    expect(days[3]!.chronic).toBeCloseTo(30.490569, 5);
  });

  it("has no ratio on day indexes 0..27 and a first one on the first load day + 28", () => {
    // 100 every day: acute_t = 100(1 − 0.75^(t+1)), chronic_t = 100(1 − (27/29)^(t+1)).
    const days = dailyLoadSeries(daily(40, () => [10, 10]), on(0), on(39));
    expect(days.slice(0, 28).every((d) => d.ratio === null)).toBe(true);
    // Day 27 would be 99.968252 / 86.477984 ≈ 1.1560, but is still withheld.
    expect(days[27]!.acute).toBeCloseTo(99.968252, 5);
    expect(days[27]!.chronic).toBeCloseTo(86.477984, 5);
    // Day 28: (1 − 0.75^29) / (1 − (27/29)^29) = 0.999762 / 0.874105 ≈ 1.143754.
    expect(days[28]!.ratio).toBeCloseTo(1.143754, 5);
    expect(days.slice(28).every((d) => d.ratio !== null)).toBe(true);
  });

  it("has no ratio while the chronic average is 0, though sessions of RPE 0 were logged", () => {
    const days = dailyLoadSeries(daily(40, () => [0, 60]), on(0), on(39));
    expect(days.every((d) => d.load === 0 && d.acute === 0 && d.chronic === 0 && d.ratio === null)).toBe(true);
  });

  it("starts the averages on a session of RPE 0: it is a load, of 0", () => {
    // Load day 0 is the RPE 0 session, so day 28 has a ratio; counted from the 300 on day 10, it would not.
    const withZero = dailyLoadSeries([session(0, 0, 60), session(10, 5, 60)], on(28), on(28));
    const without = dailyLoadSeries([session(10, 5, 60)], on(28), on(28));
    // acute 75 · 0.75^18, chronic (600/29)(27/29)^18: same figures either way, since the zero start is the same.
    expect(withZero[0]!.acute).toBeCloseTo(75 * 0.75 ** 18, 9);
    expect(withZero[0]!.chronic).toBeCloseTo((600 / 29) * (27 / 29) ** 18, 9);
    expect(withZero[0]!.ratio).toBeCloseTo((75 * 0.75 ** 18) / ((600 / 29) * (27 / 29) ** 18), 9);
    expect(without[0]).toMatchObject({ acute: withZero[0]!.acute, chronic: withZero[0]!.chronic, ratio: null });
  });

  it("computes a range that starts after the first load day from the whole history", () => {
    const sessions = [session(0, 5, 60), session(3, 4, 50), session(9, 8, 45)];
    const whole = dailyLoadSeries(sessions, on(0), on(12));
    expect(dailyLoadSeries(sessions, on(5), on(12))).toEqual(whole.slice(5));
    expect(dailyLoadSeries(sessions, on(3), on(3))[0]!.acute).toBe(81.640625);
  });

  it("gives zeros and no ratio before the first load day, and starts on it within the range", () => {
    expect(dailyLoadSeries([session(10, 5, 60)], on(0), on(2))).toEqual([0, 1, 2].map((i) => ({ date: on(i), load: 0, acute: 0, chronic: 0, ratio: null })));
    const days = dailyLoadSeries([session(10, 5, 60)], on(8), on(11));
    expect(days.map((d) => [d.date, d.load, d.acute])).toEqual([
      [on(8), 0, 0],
      [on(9), 0, 0],
      [on(10), 300, 75],
      [on(11), 0, 56.25],
    ]);
  });

  it("gives zeros without any session, and no rows for a range that ends before it starts", () => {
    expect(dailyLoadSeries([], on(0), on(1))).toEqual([
      { date: on(0), load: 0, acute: 0, chronic: 0, ratio: null },
      { date: on(1), load: 0, acute: 0, chronic: 0, ratio: null },
    ]);
    expect(dailyLoadSeries([session(0, 5, 60)], on(3), on(2))).toEqual([]);
  });

  it("is not changed by sessions after the range", () => {
    const before = [session(0, 5, 60)];
    expect(dailyLoadSeries([...before, session(5, 9, 120)], on(0), on(4))).toEqual(dailyLoadSeries(before, on(0), on(4)));
    // Nor by sessions after the range that would be the first load day.
    expect(dailyLoadSeries([session(5, 9, 120)], on(0), on(4)).every((d) => d.acute === 0)).toBe(true);
  });

  it("gives any range the rows of a longer range over the same days, in any session order", () => {
    const sessions = fc.array(
      fc.record({ index: fc.integer({ min: 0, max: 60 }), rpe: fc.option(fc.integer({ min: 0, max: 10 })), minutes: fc.option(fc.integer({ min: 1, max: 240 })) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(sessions, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), (raw, start, length) => {
        const given = raw.map((r) => session(r.index, r.rpe, r.minutes));
        const whole = dailyLoadSeries(given, on(0), on(80));
        const part = dailyLoadSeries([...given].reverse(), on(start), on(start + length));
        part.forEach((day, i) => {
          const same = whole[start + i]!;
          expect(day.date).toBe(same.date);
          expect(day.load).toBe(same.load);
          expect(day.acute).toBeCloseTo(same.acute, 9);
          expect(day.chronic).toBeCloseTo(same.chronic, 9);
          expect(day.ratio === null).toBe(same.ratio === null);
        });
      }),
    );
  });
});

describe("loadBand", () => {
  it("puts 0.8 and 1.3 in the sweet spot and 1.5 in caution", () => {
    expect(loadBand(0)).toBe("low");
    expect(loadBand(0.79)).toBe("low");
    expect(loadBand(0.8)).toBe("sweet-spot");
    expect(loadBand(1)).toBe("sweet-spot");
    expect(loadBand(1.3)).toBe("sweet-spot");
    expect(loadBand(1.31)).toBe("caution");
    expect(loadBand(1.5)).toBe("caution");
    expect(loadBand(1.51)).toBe("high");
    expect(loadBand(4)).toBe("high");
  });

  it("has no band without a ratio", () => {
    expect(loadBand(null)).toBeNull();
  });
});

describe("highLoadBefore", () => {
  const STUNT = "2026-03-20";
  const row = (date: string, ratio: number | null): LoadDay => ({ date, load: 0, acute: 0, chronic: 0, ratio });

  it("finds high days from 7 days before the stunt to the stunt day itself", () => {
    const days = [
      row("2026-03-12", 2), // 8 days before: outside
      row("2026-03-13", 2), // 7 days before: inside
      row("2026-03-16", 1.5), // caution, not high
      row("2026-03-17", null),
      row("2026-03-18", 1.51),
      row("2026-03-20", 1.6), // the stunt day
      row("2026-03-21", 3), // after the stunt
    ];
    expect(highLoadBefore(days, STUNT).map((d) => d.date)).toEqual(["2026-03-13", "2026-03-18", "2026-03-20"]);
  });

  it("takes another window length", () => {
    const days = [row("2026-03-16", 2), row("2026-03-17", 2), row("2026-03-19", 2)];
    expect(highLoadBefore(days, STUNT, 3).map((d) => d.date)).toEqual(["2026-03-17", "2026-03-19"]);
    expect(highLoadBefore(days, STUNT, 0)).toEqual([]);
  });

  it("warns on a week of tripled load after four steady weeks", () => {
    // 300 a day on days 0..27, then 900 a day: ratio on day 28 ≈ 1.4819 (caution), then 1.6315, 1.6887, ... 1.6027 on day 34.
    const days = dailyLoadSeries(daily(35, (i) => (i < 28 ? [5, 60] : [9, 100])), on(0), on(34));
    expect(days[28]!.ratio).toBeCloseTo(1.481925, 5);
    expect(loadBand(days[28]!.ratio)).toBe("caution");
    expect(days[29]!.ratio).toBeCloseTo(1.631503, 5);
    expect(days[34]!.ratio).toBeCloseTo(1.60274, 5);
    expect(highLoadBefore(days, on(35)).map((d) => d.date)).toEqual([29, 30, 31, 32, 33, 34].map(on));
  });
});
