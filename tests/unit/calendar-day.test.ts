import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  dayInTimeZone,
  daysBetween,
  formatDay,
  formatInstant,
  fromEpochDay,
  isCalendarDay,
  isTimeZone,
  startOfWeek,
  toEpochDay,
} from "@/lib/domain/calendar-day";

describe("isCalendarDay", () => {
  it.each([
    "2026-01-01",
    "2026-12-31",
    "2024-02-29", // leap year
    "2000-02-29", // divisible by 400: leap
    "2026-02-28",
    "2026-04-30",
    "1970-01-01",
  ])("accepts the real day %s", (day) => {
    expect(isCalendarDay(day)).toBe(true);
  });

  it.each([
    "2026-02-29", // not a leap year
    "1900-02-29", // divisible by 100 but not 400: not leap
    "2026-02-30",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-01-32",
  ])("rejects the impossible day %s", (day) => {
    expect(isCalendarDay(day)).toBe(false);
  });

  it.each([
    "",
    "2026-3-4",
    "2026-03-4",
    "26-03-04",
    "2026/03/04",
    "04-03-2026",
    "20260304",
    " 2026-03-04",
    "2026-03-04 ",
    "2026-03-04T00:00:00Z",
    "abcd-ef-gh",
    "+2026-03-04",
  ])("rejects the badly formatted %j", (value) => {
    expect(isCalendarDay(value)).toBe(false);
  });

  // Documented as "a real day on the Gregorian calendar": Date.UTC would map
  // years 0-99 to 1900-1999 and call these unreal.
  it("accepts real days in years 0000-0099 (no two-digit-year mapping)", () => {
    expect(isCalendarDay("0099-01-01")).toBe(true);
    expect(isCalendarDay("0000-02-29")).toBe(true); // year 0 is a leap year
    expect(isCalendarDay("0001-02-29")).toBe(false);
    expect(toEpochDay("0099-01-01")).toBe(toEpochDay("0100-01-01") - 365);
    expect(fromEpochDay(toEpochDay("0050-06-15"))).toBe("0050-06-15");
  });
});

describe("toEpochDay / fromEpochDay", () => {
  it("counts whole days from 1970-01-01", () => {
    expect(toEpochDay("1970-01-01")).toBe(0);
    expect(toEpochDay("1970-01-02")).toBe(1);
    expect(toEpochDay("1969-12-31")).toBe(-1);
    expect(toEpochDay("2000-01-01")).toBe(10957);
  });

  it("formats epoch days back as YYYY-MM-DD", () => {
    expect(fromEpochDay(0)).toBe("1970-01-01");
    expect(fromEpochDay(-1)).toBe("1969-12-31");
    expect(fromEpochDay(10957)).toBe("2000-01-01");
  });

  it("throws a RangeError for something that is not a calendar day", () => {
    expect(() => toEpochDay("2026-02-30")).toThrow(RangeError);
    expect(() => toEpochDay("tomorrow")).toThrow(RangeError);
  });

  it("round-trips every epoch day between 1900 and 2200 (property)", () => {
    const min = toEpochDay("1900-01-01");
    const max = toEpochDay("2200-12-31");
    fc.assert(
      fc.property(fc.integer({ min, max }), (n) => {
        const day = fromEpochDay(n);
        expect(isCalendarDay(day)).toBe(true);
        expect(toEpochDay(day)).toBe(n);
      }),
    );
  });

  it("round-trips from a day through its epoch number (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        expect(fromEpochDay(toEpochDay(day))).toBe(day);
      }),
    );
  });
});

describe("addDays", () => {
  it("adds and subtracts within a month", () => {
    expect(addDays("2026-03-04", 0)).toBe("2026-03-04");
    expect(addDays("2026-03-04", 3)).toBe("2026-03-07");
    expect(addDays("2026-03-04", -3)).toBe("2026-03-01");
  });

  it("crosses month ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-04-30", 1)).toBe("2026-05-01");
  });

  it("crosses year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2026-01-01", 365)).toBe("2027-01-01");
    expect(addDays("2024-01-01", 365)).toBe("2024-12-31");
  });

  it("is not affected by DST changes (days are whole UTC days)", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
  });

  it("is undone by adding the opposite (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000 }), fc.integer({ min: -20_000, max: 20_000 }), (base, n) => {
        const day = fromEpochDay(base);
        expect(addDays(addDays(day, n), -n)).toBe(day);
        expect(daysBetween(day, addDays(day, n))).toBe(n);
      }),
    );
  });
});

describe("daysBetween", () => {
  it("is positive when the second day is later", () => {
    expect(daysBetween("2026-03-01", "2026-03-04")).toBe(3);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });

  it("is zero for the same day", () => {
    expect(daysBetween("2026-03-04", "2026-03-04")).toBe(0);
  });

  it("is negative when the second day is earlier", () => {
    expect(daysBetween("2026-03-04", "2026-03-01")).toBe(-3);
    expect(daysBetween("2027-01-01", "2026-12-31")).toBe(-1);
  });
});

describe("dayInTimeZone", () => {
  it("moves a late-evening UTC instant to the next day east of UTC (after the EU DST switch)", () => {
    // 2026-03-29T23:30Z is 01:30 CEST on 30 March in Oslo.
    expect(dayInTimeZone(new Date("2026-03-29T23:30:00Z"), "Europe/Oslo")).toBe("2026-03-30");
  });

  it("uses the winter offset before the EU DST switch", () => {
    // 2026-03-28T22:30Z is 23:30 CET (UTC+1): still 28 March.
    expect(dayInTimeZone(new Date("2026-03-28T22:30:00Z"), "Europe/Oslo")).toBe("2026-03-28");
    // 2026-03-28T23:30Z is 00:30 CET on 29 March.
    expect(dayInTimeZone(new Date("2026-03-28T23:30:00Z"), "Europe/Oslo")).toBe("2026-03-29");
  });

  it("uses the summer offset after the EU DST switch", () => {
    // 2026-03-29T22:30Z is 00:30 CEST (UTC+2) on 30 March, but would be 23:30 under UTC+1.
    expect(dayInTimeZone(new Date("2026-03-29T22:30:00Z"), "Europe/Oslo")).toBe("2026-03-30");
  });

  it("follows the US DST end in Los Angeles", () => {
    // 2026-11-01T07:30Z is 00:30 PDT (UTC-7) on 1 November.
    expect(dayInTimeZone(new Date("2026-11-01T07:30:00Z"), "America/Los_Angeles")).toBe("2026-11-01");
    // 2026-11-02T07:30Z is 23:30 PST (UTC-8) on 1 November.
    expect(dayInTimeZone(new Date("2026-11-02T07:30:00Z"), "America/Los_Angeles")).toBe("2026-11-01");
  });

  it("gives different days in Auckland and Los Angeles for the same instant", () => {
    const instant = new Date("2026-06-15T20:00:00Z");
    expect(dayInTimeZone(instant, "Pacific/Auckland")).toBe("2026-06-16"); // 08:00 NZST
    expect(dayInTimeZone(instant, "America/Los_Angeles")).toBe("2026-06-15"); // 13:00 PDT
    expect(dayInTimeZone(instant, "UTC")).toBe("2026-06-15");
  });

  it("puts Auckland a day ahead of Los Angeles in the NZ summer too", () => {
    // 2026-01-10T11:30Z: Auckland (NZDT, UTC+13) 00:30 on 11 Jan; LA (PST, UTC-8) 03:30 on 10 Jan.
    const instant = new Date("2026-01-10T11:30:00Z");
    expect(dayInTimeZone(instant, "Pacific/Auckland")).toBe("2026-01-11");
    expect(dayInTimeZone(instant, "America/Los_Angeles")).toBe("2026-01-10");
  });

  it("always returns a calendar day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom("UTC", "Europe/Oslo", "Pacific/Auckland", "America/Los_Angeles", "Asia/Kolkata"),
        (instant, zone) => {
          const day = dayInTimeZone(instant, zone);
          expect(isCalendarDay(day)).toBe(true);
          // Never more than one day away from the UTC day.
          expect(Math.abs(daysBetween(instant.toISOString().slice(0, 10), day))).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("isTimeZone", () => {
  it.each(["UTC", "Europe/Oslo", "Pacific/Auckland", "America/Los_Angeles"])("accepts %s", (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each(["Mars/Olympus_Mons", "Europe/Osloo", "not a zone", "+25:00"])("rejects %j", (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
});

describe("startOfWeek", () => {
  it("returns the Monday of the ISO week", () => {
    expect(startOfWeek("2026-03-04")).toBe("2026-03-02"); // Wednesday
    expect(startOfWeek("2026-03-02")).toBe("2026-03-02"); // Monday itself
    expect(startOfWeek("2026-03-08")).toBe("2026-03-02"); // Sunday belongs to the week before
    expect(startOfWeek("2026-03-09")).toBe("2026-03-09"); // next Monday
  });

  it("crosses month and year boundaries", () => {
    expect(startOfWeek("2026-01-01")).toBe("2025-12-29"); // Thursday
    expect(startOfWeek("2026-03-01")).toBe("2026-02-23"); // Sunday
  });

  it("works before 1970 (negative epoch days)", () => {
    expect(startOfWeek("1970-01-01")).toBe("1969-12-29"); // Thursday
    expect(startOfWeek("1969-12-31")).toBe("1969-12-29"); // Wednesday
    expect(startOfWeek("1969-12-28")).toBe("1969-12-22"); // Sunday
  });

  it("is a Monday on or at most 6 days before the day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 60_000 }), (n) => {
        const day = fromEpochDay(n);
        const monday = startOfWeek(day);
        const back = daysBetween(monday, day);
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThanOrEqual(6);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
      }),
    );
  });
});

describe("formatDay", () => {
  it("writes day, short month and year without leading zeros", () => {
    expect(formatDay("2026-03-04")).toBe("4 Mar 2026");
    expect(formatDay("2026-01-31")).toBe("31 Jan 2026");
    expect(formatDay("2026-12-01")).toBe("1 Dec 2026");
  });

  it("names every month", () => {
    const names = Array.from({ length: 12 }, (_, i) => formatDay(`2026-${String(i + 1).padStart(2, "0")}-15`));
    expect(names).toEqual([
      "15 Jan 2026",
      "15 Feb 2026",
      "15 Mar 2026",
      "15 Apr 2026",
      "15 May 2026",
      "15 Jun 2026",
      "15 Jul 2026",
      "15 Aug 2026",
      "15 Sep 2026",
      "15 Oct 2026",
      "15 Nov 2026",
      "15 Dec 2026",
    ]);
  });
});

describe("formatInstant", () => {
  it("shows an instant on the production's clock, 24-hour, on that zone's day", () => {
    expect(formatInstant(new Date("2026-03-04T23:30:00Z"), "Europe/Oslo")).toBe("5 Mar 2026, 00:30");
    expect(formatInstant(new Date("2026-03-04T23:30:00Z"), "America/Los_Angeles")).toBe("4 Mar 2026, 15:30");
    expect(formatInstant(new Date("2026-03-04T00:05:00Z"), "UTC")).toBe("4 Mar 2026, 00:05");
  });
});
