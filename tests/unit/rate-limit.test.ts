import { describe, expect, it } from "vitest";
import { forgetBefore, retryAfterMs, SIGN_IN_POLICY, type RateLimitPolicy } from "@/lib/domain/rate-limit";

const policy: RateLimitPolicy = { maxFailures: 3, windowMs: 1000 };

describe("SIGN_IN_POLICY", () => {
  it("allows 8 failures per 15 minutes", () => {
    expect(SIGN_IN_POLICY).toEqual({ maxFailures: 8, windowMs: 900_000 });
  });
});

describe("retryAfterMs", () => {
  it("allows attempts with no failures", () => {
    expect(retryAfterMs([], 0, policy)).toBe(0);
  });

  it("allows attempts while failures stay below the maximum", () => {
    expect(retryAfterMs([1_000_000, 1_000_010], 1_000_010, policy)).toBe(0);
  });

  it("blocks at the maximum until the oldest failure leaves the window", () => {
    const failures = [5000, 5100, 5200];
    expect(retryAfterMs(failures, 5200, policy)).toBe(800); // 5000 + 1000 - 5200
    expect(retryAfterMs(failures, 5999, policy)).toBe(1);
    // Exactly windowMs after the first failure: it has expired.
    expect(retryAfterMs(failures, 6000, policy)).toBe(0);
  });

  it("waits for the failure that brings the count back under the maximum", () => {
    // 5 failures, max 3: the 3rd most recent (200) must expire: 200 + 1000 - 400.
    expect(retryAfterMs([0, 100, 200, 300, 400], 400, policy)).toBe(800);
  });

  it("does not depend on the order the store returns failures in", () => {
    expect(retryAfterMs([400, 0, 300, 100, 200], 400, policy)).toBe(800);
  });

  it("ignores failures older than the window", () => {
    expect(retryAfterMs([0, 10, 1500], 1500, policy)).toBe(0);
    expect(retryAfterMs([0, 10, 1500, 1600], 1600, policy)).toBe(0);
  });

  it("uses SIGN_IN_POLICY by default", () => {
    const seven = Array.from({ length: 7 }, (_, i) => i * 1000);
    expect(retryAfterMs(seven, 7000)).toBe(0);
    expect(retryAfterMs([...seven, 7000], 7000)).toBe(900_000 - 7000);
    expect(retryAfterMs([...seven, 7000], 900_000)).toBe(0);
  });
});

describe("forgetBefore", () => {
  it("is one window back: a failure that old can no longer block", () => {
    expect(forgetBefore(5000, policy)).toBe(4000);
    // Three failures, the oldest exactly one window back: it no longer counts.
    expect(retryAfterMs([4000, 4500, 4600], 5000, policy)).toBe(0);
    // One millisecond younger, it still does.
    expect(retryAfterMs([4001, 4500, 4600], 5000, policy)).toBe(1);
  });
});
