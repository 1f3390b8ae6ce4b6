import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/calendar-day";
import { computeCurrency, currencyStatus, type CurrencyDay } from "@/lib/domain/currency";

// Currency as issue 12 defines it, on hand-made cases: at least `count` reps
// within `days` days, counted newest first from asOf.

const HALO = { count: 1, days: 30 };
const BIKE = { count: 50, days: 14 };
const AS_OF = "2026-06-30";
const day = (date: string, count: number): CurrencyDay => ({ date, count });

describe("computeCurrency", () => {
  it("is current on the last day of the window: a session exactly days - 1 days ago", () => {
    const d = addDays(AS_OF, -29);
    expect(computeCurrency(HALO, [day(d, 1)], AS_OF)).toEqual({ current: true, currentUntil: AS_OF, lastSession: d });
  });

  it("has lapsed one day later: days ago is outside the window, and currentUntil is in the past", () => {
    const d = addDays(AS_OF, -30);
    expect(computeCurrency(HALO, [day(d, 1)], AS_OF)).toEqual({ current: false, currentUntil: addDays(AS_OF, -1), lastSession: d });
  });

  it("adds counts newest first until the rule's count: d is the day the sum reaches it", () => {
    // 30 on the 28th, 15 on the 20th, 10 on the 10th: 30, 45, 55 -> d = the 10th.
    const days = [day("2026-06-10", 10), day("2026-06-28", 30), day("2026-06-20", 15)];
    expect(computeCurrency(BIKE, days, AS_OF)).toEqual({ current: false, currentUntil: "2026-06-23", lastSession: "2026-06-28" });
    // As of the 28th: 30 + 15 is short of 50, so d is still the 10th, and the rule lapsed after the 23rd.
    expect(computeCurrency(BIKE, days, "2026-06-28")).toMatchObject({ current: false, currentUntil: "2026-06-23" });
    // With 5 more on the 27th the sum reaches 50 on the 20th: current until 3 July.
    expect(computeCurrency(BIKE, [...days, day("2026-06-27", 5)], AS_OF)).toMatchObject({ current: true, currentUntil: "2026-07-03" });
  });

  it("takes sessions on the same day together, whether given apart or summed", () => {
    const apart = [day("2026-06-25", 20), day("2026-06-25", 30)];
    const summed = [day("2026-06-25", 50)];
    expect(computeCurrency(BIKE, apart, AS_OF)).toEqual(computeCurrency(BIKE, summed, AS_OF));
    expect(computeCurrency(BIKE, apart, AS_OF)).toEqual({ current: true, currentUntil: "2026-07-08", lastSession: "2026-06-25" });
  });

  it("ignores sessions after asOf: currency as of a past day is what it was then", () => {
    const days = [day("2026-07-02", 100), day("2026-06-01", 50)];
    expect(computeCurrency(BIKE, days, AS_OF)).toEqual({ current: false, currentUntil: "2026-06-14", lastSession: "2026-06-01" });
  });

  it("without enough reps ever: not current, no currentUntil, the last session still named", () => {
    expect(computeCurrency(BIKE, [day("2026-06-29", 49)], AS_OF)).toEqual({ current: false, currentUntil: null, lastSession: "2026-06-29" });
    expect(computeCurrency(BIKE, [], AS_OF)).toEqual({ current: false, currentUntil: null, lastSession: null });
  });

  it("current exactly when currentUntil is on or after asOf (any rule, any logbook)", () => {
    const days = fc.array(fc.record({ offset: fc.integer({ min: -400, max: 10 }), count: fc.integer({ min: 1, max: 60 }) }), { maxLength: 30 });
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 120 }), (raw, count, length) => {
        const result = computeCurrency({ count, days: length }, raw.map((r) => day(addDays(AS_OF, r.offset), r.count)), AS_OF);
        expect(result.current).toBe(result.currentUntil !== null && result.currentUntil >= AS_OF);
        // Brute force: current iff the reps within the window reach the count.
        const inWindow = raw.filter((r) => r.offset <= 0 && r.offset > -length).reduce((s, r) => s + r.count, 0);
        expect(result.current).toBe(inWindow >= count);
      }),
    );
  });
});

describe("currencyStatus", () => {
  it("is lapsing while current for fewer than 7 more days, current beyond, lapsed otherwise", () => {
    expect(currencyStatus({ current: true, currentUntil: addDays(AS_OF, 6) }, AS_OF)).toBe("lapsing");
    expect(currencyStatus({ current: true, currentUntil: AS_OF }, AS_OF)).toBe("lapsing");
    expect(currencyStatus({ current: true, currentUntil: addDays(AS_OF, 7) }, AS_OF)).toBe("current");
    expect(currencyStatus({ current: false, currentUntil: addDays(AS_OF, -1) }, AS_OF)).toBe("lapsed");
    expect(currencyStatus({ current: false, currentUntil: null }, AS_OF)).toBe("lapsed");
  });
});
