import { describe, expect, it } from "vitest";
import {
  clearFailures,
  recordFailure,
  retryAfterMs,
  SIGN_IN_POLICY,
  type FailureLog,
  type RateLimitPolicy,
} from "@/lib/rate-limit";

const policy: RateLimitPolicy = { maxFailures: 3, windowMs: 1000 };

/** A fake clock: the tests pass `clock.now` explicitly, as callers do. */
function makeClock(start = 1_000_000) {
  let now = start;
  return {
    get now() {
      return now;
    },
    advance(ms: number) {
      now += ms;
    },
  };
}

describe("SIGN_IN_POLICY", () => {
  it("allows 8 failures per 15 minutes", () => {
    expect(SIGN_IN_POLICY).toEqual({ maxFailures: 8, windowMs: 900_000 });
  });
});

describe("retryAfterMs / recordFailure", () => {
  it("allows attempts for an unknown key", () => {
    const log: FailureLog = new Map();
    expect(retryAfterMs(log, "a@b.test", 0, policy)).toBe(0);
  });

  it("allows attempts while failures stay below the maximum", () => {
    const log: FailureLog = new Map();
    const clock = makeClock();
    recordFailure(log, "a", clock.now, policy);
    clock.advance(10);
    recordFailure(log, "a", clock.now, policy);
    expect(retryAfterMs(log, "a", clock.now, policy)).toBe(0);
  });

  it("blocks at the maximum until the oldest failure leaves the window", () => {
    const log: FailureLog = new Map();
    const clock = makeClock(5000);
    recordFailure(log, "a", clock.now, policy); // 5000
    clock.advance(100);
    recordFailure(log, "a", clock.now, policy); // 5100
    clock.advance(100);
    recordFailure(log, "a", clock.now, policy); // 5200
    expect(retryAfterMs(log, "a", clock.now, policy)).toBe(800); // 5000 + 1000 - 5200
    clock.advance(799);
    expect(retryAfterMs(log, "a", clock.now, policy)).toBe(1);
    clock.advance(1); // exactly windowMs after the first failure: it has expired
    expect(retryAfterMs(log, "a", clock.now, policy)).toBe(0);
  });

  it("waits for the failure that brings the count back under the maximum", () => {
    const log: FailureLog = new Map();
    const clock = makeClock(0);
    for (const t of [0, 100, 200, 300, 400]) recordFailure(log, "a", t, policy);
    // 5 failures, max 3: the 3rd most recent (200) must expire: 200 + 1000 - 400.
    clock.advance(400);
    expect(retryAfterMs(log, "a", clock.now, policy)).toBe(800);
  });

  it("forgets failures older than the window", () => {
    const log: FailureLog = new Map();
    recordFailure(log, "a", 0, policy);
    recordFailure(log, "a", 10, policy);
    recordFailure(log, "a", 1500, policy);
    expect(log.get("a")).toEqual([1500]);
    expect(retryAfterMs(log, "a", 1500, policy)).toBe(0);
  });

  it("drops a key from the log once all its failures have expired", () => {
    const log: FailureLog = new Map();
    recordFailure(log, "a", 0, policy);
    expect(log.has("a")).toBe(true);
    expect(retryAfterMs(log, "a", 1000, policy)).toBe(0);
    expect(log.has("a")).toBe(false);
  });

  it("keeps keys independent", () => {
    const log: FailureLog = new Map();
    for (const t of [0, 1, 2]) recordFailure(log, "a", t, policy);
    expect(retryAfterMs(log, "a", 3, policy)).toBeGreaterThan(0);
    expect(retryAfterMs(log, "b", 3, policy)).toBe(0);
  });

  it("uses SIGN_IN_POLICY by default", () => {
    const log: FailureLog = new Map();
    for (let i = 0; i < 7; i++) recordFailure(log, "a", i * 1000);
    expect(retryAfterMs(log, "a", 7000)).toBe(0);
    recordFailure(log, "a", 7000);
    expect(retryAfterMs(log, "a", 7000)).toBe(900_000 - 7000);
    expect(retryAfterMs(log, "a", 900_000)).toBe(0);
  });
});

describe("clearFailures", () => {
  it("removes a key's failures so it is allowed again", () => {
    const log: FailureLog = new Map();
    for (const t of [0, 1, 2]) recordFailure(log, "a", t, policy);
    recordFailure(log, "b", 2, policy);
    clearFailures(log, "a");
    expect(retryAfterMs(log, "a", 3, policy)).toBe(0);
    expect(log.has("a")).toBe(false);
    expect(log.get("b")).toEqual([2]);
  });

  it("is harmless for an unknown key", () => {
    const log: FailureLog = new Map();
    clearFailures(log, "nobody");
    expect(log.size).toBe(0);
  });
});
