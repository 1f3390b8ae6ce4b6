import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, formatDay } from "@/lib/domain/calendar-day";
import { goalFeasibility, HORIZON_DAYS, type FeasibilityInput, type HardLimits } from "@/lib/domain/feasibility";

// Goal feasibility on hand-made cases. asOf is Wednesday 10 June 2026, so
// training days start on the 11th; a deadline of the 20th leaves 10 days.

const AS_OF = "2026-06-10";
const none: HardLimits = { maxPerDay: null, maxPer7Days: null, minRestDays: null };
const june = (day: number) => `2026-06-${String(day).padStart(2, "0")}`;
const feasibility = (remaining: number, deadline: string, limits: Partial<HardLimits>, more: Partial<FeasibilityInput> = {}) =>
  goalFeasibility({ asOf: AS_OF, remaining, deadline, limits: { ...none, ...limits }, logged: [], unavailable: [], ...more });

describe("goalFeasibility: nothing left, no limits", () => {
  it("is done when nothing remains, whatever the deadline", () => {
    const done = { feasible: true, earliestFinish: null, evenDailyCount: 0, sessionsNeeded: 0, reason: null };
    expect(feasibility(0, june(20), { maxPerDay: 10 })).toEqual(done);
    expect(feasibility(0, june(1), { maxPerDay: 0 })).toEqual(done);
    expect(feasibility(-3, june(20), {})).toEqual(done);
  });

  it("finishes on the first training day without a per-day or 7-day limit", () => {
    // 11th..20th: 10 session days, ⌈500 ÷ 10⌉ = 50.
    expect(feasibility(500, june(20), {})).toEqual({ feasible: true, earliestFinish: june(11), evenDailyCount: 50, sessionsNeeded: 10, reason: null });
  });

  it("takes a huge target on one day without limits", () => {
    expect(feasibility(1_000_000_000, june(20), {})).toEqual({
      feasible: true,
      earliestFinish: june(11),
      evenDailyCount: 100_000_000,
      sessionsNeeded: 10,
      reason: null,
    });
  });

  it("rounds the even count up", () => {
    // ⌈101 ÷ 10⌉ = 11.
    expect(feasibility(101, june(20), {}).evenDailyCount).toBe(11);
  });
});

describe("goalFeasibility: the per-day limit", () => {
  it("finishes when the daily maximum adds up to the target", () => {
    // 40 + 40 + 20 on the 11th, 12th, 13th.
    expect(feasibility(100, june(20), { maxPerDay: 40 })).toEqual({ feasible: true, earliestFinish: june(13), evenDailyCount: 10, sessionsNeeded: 10, reason: null });
    // 400 = 10 × 40: exactly on the deadline.
    expect(feasibility(400, june(20), { maxPerDay: 40 })).toMatchObject({ feasible: true, earliestFinish: june(20), evenDailyCount: 40 });
  });

  it("says how much a day is needed and how late the earliest finish is", () => {
    // ⌈610 ÷ 10⌉ = 61 > 40; 610 ÷ 40 = 15.25, so 16 days: the 11th + 15 = the 26th.
    expect(feasibility(610, june(20), { maxPerDay: 40 })).toEqual({
      feasible: false,
      earliestFinish: june(26),
      evenDailyCount: 61,
      sessionsNeeded: 10,
      reason: "needs 61 a day; the hard limit allows 40; the earliest finish is 26 Jun 2026, 6 days after the deadline",
    });
    // One rep over: 401 needs ⌈401 ÷ 10⌉ = 41 a day, and a last rep on the 21st.
    expect(feasibility(401, june(20), { maxPerDay: 40 }).reason).toBe(
      "needs 41 a day; the hard limit allows 40; the earliest finish is 21 Jun 2026, 1 day after the deadline",
    );
  });
});

describe("goalFeasibility: the 7-day limit", () => {
  it("waits for a full window to move on", () => {
    // 200 on the 11th fills every window up to the 17th; the 18th can take 100 more.
    expect(feasibility(300, june(18), { maxPer7Days: 200 })).toMatchObject({ feasible: true, earliestFinish: june(18) });
  });

  it("says how much 7 days would need to hold", () => {
    // The 11th..16th are all within one window: all 300 in it, where 200 are allowed.
    expect(feasibility(300, june(16), { maxPer7Days: 200 })).toEqual({
      feasible: false,
      earliestFinish: june(18),
      evenDailyCount: 50,
      sessionsNeeded: 6,
      reason: "needs 300 in 7 days; the hard limit allows 200; the earliest finish is 18 Jun 2026, 2 days after the deadline",
    });
  });

  it("counts the reps already logged in the window", () => {
    // 60 logged on the 8th (as 25 + 35): the windows holding it, up to the 14th, leave 40.
    // 40 on the 11th, then the 15th's window (9th..15th) holds 40: 60 more, 40 needed.
    const logged = [
      { date: june(8), count: 25 },
      { date: june(8), count: 35 },
    ];
    expect(feasibility(80, june(15), { maxPer7Days: 100 }, { logged })).toMatchObject({ feasible: true, earliestFinish: june(15) });
    // By the 14th, the 8th..14th window must hold 60 + 80 = 140.
    expect(feasibility(80, june(14), { maxPer7Days: 100 }, { logged }).reason).toBe(
      "needs 140 in 7 days; the hard limit allows 100; the earliest finish is 15 Jun 2026, 1 day after the deadline",
    );
    // Logged 7 days before the first training day, the 4th is in no window from the 11th on.
    expect(feasibility(80, june(11), { maxPer7Days: 100 }, { logged: [{ date: june(4), count: 100 }] })).toMatchObject({ feasible: true, earliestFinish: june(11) });
  });

  it("leaves out sessions logged after asOf", () => {
    const logged = [{ date: june(12), count: 100 }];
    expect(feasibility(100, june(11), { maxPer7Days: 100, minRestDays: 3 }, { logged })).toMatchObject({ feasible: true, earliestFinish: june(11) });
  });

  it("keeps the greedy maximum a day when every day may have a session", () => {
    // 60 on the 11th, 40 on the 12th: the window is full until the 11th leaves it, on the
    // 18th (12th..18th holds 40): 60 more. Nothing is faster: by the 17th everything done is in
    // the 11th..17th window, at most 100.
    expect(feasibility(160, june(18), { maxPerDay: 60, maxPer7Days: 100 })).toMatchObject({ feasible: true, earliestFinish: june(18) });
    expect(feasibility(160, june(17), { maxPerDay: 60, maxPer7Days: 100 }).reason).toBe(
      "needs 160 in 7 days; the hard limit allows 100; the earliest finish is 18 Jun 2026, 1 day after the deadline",
    );
  });

  it("waits out a nearly full window instead of taking a little and resting", () => {
    // 99 logged on the 5th, 3 days' rest: greedy would take 1 on the 11th (window 5th..11th)
    // and be held until the 14th. Waiting, the 12th's window (6th..12th) is empty: all 100.
    const logged = [{ date: june(5), count: 99 }];
    expect(feasibility(100, june(12), { maxPer7Days: 100, minRestDays: 3 }, { logged })).toEqual({
      feasible: true,
      earliestFinish: june(12),
      evenDailyCount: 100,
      // Spaced from the 5th: the 11th is a session day, the 12th too close to it.
      sessionsNeeded: 1,
      reason: null,
    });
  });
});

describe("goalFeasibility: rest between sessions", () => {
  it("counts session days spaced from the last logged session", () => {
    // Logged today with 2 days' rest: the 12th, 14th, 16th. 30 = 3 × 10.
    const logged = [{ date: AS_OF, count: 5 }];
    expect(feasibility(30, june(16), { maxPerDay: 10, minRestDays: 2 }, { logged })).toEqual({
      feasible: true,
      earliestFinish: june(16),
      evenDailyCount: 10,
      sessionsNeeded: 3,
      reason: null,
    });
    // Logged yesterday: the 11th, 13th, 15th.
    expect(feasibility(30, june(16), { maxPerDay: 10, minRestDays: 2 }, { logged: [{ date: june(9), count: 5 }] })).toMatchObject({
      earliestFinish: june(15),
      sessionsNeeded: 3,
    });
  });

  it("names the session days left and what a session would need", () => {
    // ⌈183 ÷ 3⌉ = 61 a session; 183 ÷ 40 → 5 sessions: 12th, 14th, 16th, 18th, 20th.
    const logged = [{ date: AS_OF, count: 5 }];
    expect(feasibility(183, june(16), { maxPerDay: 40, minRestDays: 2 }, { logged })).toEqual({
      feasible: false,
      earliestFinish: june(20),
      evenDailyCount: 61,
      sessionsNeeded: 3,
      reason:
        "only 3 session days are left before the deadline with 2 days between sessions: needs 61 a session; the hard limit allows 40 a day; " +
        "the earliest finish is 20 Jun 2026, 4 days after the deadline",
    });
    expect(feasibility(50, june(12), { maxPerDay: 40, minRestDays: 2 }, { logged }).reason).toBe(
      "only 1 session day is left before the deadline with 2 days between sessions: needs 50 a session; the hard limit allows 40 a day; " +
        "the earliest finish is 14 Jun 2026, 2 days after the deadline",
    );
  });

  it("reads a rest of 0 or 1 as one session day a day", () => {
    for (const minRestDays of [0, 1]) {
      expect(feasibility(100, june(20), { maxPerDay: 40, minRestDays }, { logged: [{ date: AS_OF, count: 40 }] })).toMatchObject({
        earliestFinish: june(13),
        sessionsNeeded: 10,
      });
    }
  });

  it("says when the rest leaves no session day before the deadline", () => {
    // 7 days after the 9th is the 16th.
    expect(feasibility(300, june(14), { minRestDays: 7 }, { logged: [{ date: june(9), count: 5 }] })).toEqual({
      feasible: false,
      earliestFinish: june(16),
      evenDailyCount: null,
      sessionsNeeded: 0,
      reason:
        "no session day is left before the deadline: the last session was on 9 Jun 2026 and 7 days must be between sessions; " +
        "the earliest finish is 16 Jun 2026, 2 days after the deadline",
    });
  });
});

describe("goalFeasibility: limits together", () => {
  it("says what the limits allow together when none alone stops the goal", () => {
    // 40 a day, 100 in 7 days, 2 days' rest: 40, 40, 20 on the 11th, 13th, 15th; the 17th's
    // window holds 100; 40 on the 18th and 20th: 180. Alone, 5 sessions × 40 = 200 and the
    // 7-day limit allows 100 on the 11th and 90 on the 18th. 200 by the 22nd (16th..22nd ≤ 100,
    // 11th..15th ≤ 100), but by the 21st at most 80 on the 11th..14th + 100.
    expect(feasibility(190, june(20), { maxPerDay: 40, maxPer7Days: 100, minRestDays: 2 })).toEqual({
      feasible: false,
      earliestFinish: june(22),
      evenDailyCount: 38,
      sessionsNeeded: 5,
      reason: "the hard limits together allow 180 of the 190 remaining by the deadline; the earliest finish is 22 Jun 2026, 2 days after the deadline",
    });
    expect(feasibility(180, june(20), { maxPerDay: 40, maxPer7Days: 100, minRestDays: 2 })).toMatchObject({ feasible: true, earliestFinish: june(20) });
  });

  it("names the per-day limit first when several bind", () => {
    expect(feasibility(1000, june(20), { maxPerDay: 40, maxPer7Days: 100 }).reason).toMatch(/^needs 100 a day; the hard limit allows 40; /);
  });
});

describe("goalFeasibility: no training days left", () => {
  it("is infeasible with a deadline today", () => {
    expect(feasibility(10, AS_OF, { maxPerDay: 40 })).toEqual({
      feasible: false,
      earliestFinish: june(11),
      evenDailyCount: null,
      sessionsNeeded: 0,
      reason: "the deadline is today: no training days are left; the earliest finish is 11 Jun 2026, 1 day after the deadline",
    });
  });

  it("is infeasible with a deadline passed", () => {
    expect(feasibility(10, june(1), {}).reason).toBe(
      "the deadline 1 Jun 2026 has passed: no training days are left; the earliest finish is 11 Jun 2026, 10 days after the deadline",
    );
  });

  it("is feasible with a deadline tomorrow that one day can meet", () => {
    expect(feasibility(40, june(11), { maxPerDay: 40 })).toEqual({ feasible: true, earliestFinish: june(11), evenDailyCount: 40, sessionsNeeded: 1, reason: null });
  });
});

describe("goalFeasibility: unavailable days", () => {
  const away = [{ from: june(11), to: june(15) }];

  it("skips them", () => {
    // The 16th..20th: 5 session days; ⌈300 ÷ 5⌉ = 60 > 40; 300 ÷ 40 → 8 days from the 16th: the 23rd.
    expect(feasibility(300, june(20), {}, { unavailable: away })).toMatchObject({ feasible: true, earliestFinish: june(16), sessionsNeeded: 5, evenDailyCount: 60 });
    expect(feasibility(300, june(20), { maxPerDay: 40 }, { unavailable: away }).reason).toBe(
      "needs 60 a day; the hard limit allows 40; the earliest finish is 23 Jun 2026, 3 days after the deadline",
    );
  });

  it("skips several spans, overlapping or not, and respaces sessions after them", () => {
    // Away 11th..15th, 14th..16th and 19th; 2 days' rest: the 17th, then the 20th (19th away), then the 22nd.
    const spans = [...away, { from: june(14), to: june(16) }, { from: june(19), to: june(19) }];
    expect(feasibility(30, june(22), { maxPerDay: 10, minRestDays: 2 }, { unavailable: spans })).toMatchObject({
      feasible: true,
      earliestFinish: june(22),
      sessionsNeeded: 3,
    });
  });

  it("says until when the performer is unavailable when no day is left", () => {
    expect(feasibility(300, june(20), {}, { unavailable: [{ from: june(11), to: june(25) }] })).toEqual({
      feasible: false,
      earliestFinish: june(26),
      evenDailyCount: null,
      sessionsNeeded: 0,
      reason: "unavailable until 25 Jun 2026; the earliest finish is 26 Jun 2026, 6 days after the deadline",
    });
  });

  it("does not count an unavailable span that starts after the deadline", () => {
    expect(feasibility(300, june(12), { maxPerDay: 150 }, { unavailable: [{ from: june(13), to: june(30) }] })).toMatchObject({ feasible: true, earliestFinish: june(12) });
  });
});

describe("goalFeasibility: limits that never let the target be reached", () => {
  it("says so for a per-day limit of 0", () => {
    expect(feasibility(5, june(20), { maxPerDay: 0 })).toEqual({
      feasible: false,
      earliestFinish: null,
      evenDailyCount: 1,
      sessionsNeeded: 10,
      reason: "needs 1 a day; the hard limit allows 0; a hard limit of 0 means it can never be reached",
    });
  });

  it("says so for a 7-day limit of 0", () => {
    // 5 over the 11th..20th: 3 in the 11th..17th window and 2 on the 18th would do.
    expect(feasibility(5, june(20), { maxPer7Days: 0 }).reason).toBe("needs 3 in 7 days; the hard limit allows 0; a hard limit of 0 means it can never be reached");
  });

  it("gives up after the horizon", () => {
    const horizon = addDays(AS_OF, HORIZON_DAYS);
    expect(horizon).toBe("2036-06-10");
    expect(feasibility(1_000_000_000, june(16), { maxPerDay: 1 })).toEqual({
      feasible: false,
      earliestFinish: null,
      // ⌈10⁹ ÷ 6⌉.
      evenDailyCount: 166_666_667,
      sessionsNeeded: 6,
      reason: `needs 166666667 a day; the hard limit allows 1; it cannot be reached by ${formatDay(horizon)}`,
    });
    // 3653 reps at 1 a day finish on the horizon's last day; one more cannot.
    expect(feasibility(HORIZON_DAYS, june(16), { maxPerDay: 1 }).earliestFinish).toBe(horizon);
    expect(feasibility(HORIZON_DAYS + 1, june(16), { maxPerDay: 1 }).earliestFinish).toBeNull();
  });
});

/** Every way of training, any whole count on any allowed day: the first day `remaining` can be done by, up to `lastDay`. */
function earliestByExhaustion(input: FeasibilityInput, lastDay: string): string | null {
  const { maxPerDay, maxPer7Days, minRestDays } = input.limits;
  const offset = (day: string) => daysBetween(input.asOf, day);
  const logged = input.logged.filter((l) => offset(l.date) <= 0);
  const away = (day: number) => input.unavailable.some((u) => day >= offset(u.from) && day <= offset(u.to));
  const rest = Math.max(1, minRestDays ?? 1);
  const lastLogged = logged.length === 0 ? -Infinity : Math.max(...logged.map((l) => offset(l.date)));
  const canFinish = (day: number, left: number, readyOn: number, week: number[], end: number, seen: Set<string>): boolean => {
    if (left <= 0) return true;
    if (day > end) return false;
    const key = `${day}/${left}/${Math.max(readyOn, day)}/${week.join(",")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (canFinish(day + 1, left, readyOn, [...week.slice(1), 0], end, seen)) return true;
    if (day < readyOn || away(day)) return false;
    const cap = Math.min(maxPerDay ?? Infinity, (maxPer7Days ?? Infinity) - week.reduce((a, b) => a + b, 0), left);
    for (let take = cap; take >= 1; take--) {
      if (canFinish(day + 1, left - take, day + rest, [...week.slice(1), take], end, seen)) return true;
    }
    return false;
  };
  const week = [-5, -4, -3, -2, -1, 0].map((d) => logged.filter((l) => offset(l.date) === d).reduce((sum, l) => sum + l.count, 0));
  for (let end = 1; end <= offset(lastDay); end++) {
    if (canFinish(1, input.remaining, lastLogged + rest, week, end, new Set())) return addDays(input.asOf, end);
  }
  return null;
}

describe("goalFeasibility against every way of training", () => {
  it("finds the earliest finish on small cases, and is feasible exactly when it is on or before the deadline", () => {
    const limit = (max: number) => fc.option(fc.integer({ min: 1, max }), { freq: 3 });
    const input = fc.record({
      remaining: fc.integer({ min: 1, max: 14 }),
      deadline: fc.integer({ min: -1, max: 12 }),
      limits: fc.record({ maxPerDay: limit(6), maxPer7Days: limit(12), minRestDays: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 3 }) }),
      logged: fc.array(fc.record({ back: fc.integer({ min: -2, max: 8 }), count: fc.integer({ min: 0, max: 6 }) }), { maxLength: 4 }),
      unavailable: fc.array(fc.record({ start: fc.integer({ min: 1, max: 10 }), length: fc.integer({ min: 0, max: 3 }) }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(input, (raw) => {
        const given: FeasibilityInput = {
          asOf: AS_OF,
          remaining: raw.remaining,
          deadline: addDays(AS_OF, raw.deadline),
          limits: raw.limits,
          logged: raw.logged.map((l) => ({ date: addDays(AS_OF, -l.back), count: l.count })),
          unavailable: raw.unavailable.map((u) => ({ from: addDays(AS_OF, u.start), to: addDays(AS_OF, u.start + u.length) })),
        };
        const result = goalFeasibility(given);
        const lastDay = addDays(AS_OF, 24);
        const earliest = earliestByExhaustion(given, lastDay);
        // Past the exhaustive search's last day, it must have found nothing.
        expect(result.earliestFinish !== null && result.earliestFinish > lastDay ? null : result.earliestFinish).toBe(earliest);
        expect(result.feasible).toBe(result.earliestFinish !== null && result.earliestFinish <= given.deadline);
        expect(result.reason === null).toBe(result.feasible);
      }),
      { numRuns: 200 },
    );
  });
});
