import { describe, expect, it } from "vitest";
import {
  ACCOUNT_POLICY,
  accountKey,
  CLIENT_POLICY,
  clientKey,
  forgetBefore,
  LONGEST_WINDOW_MS,
  parseThrottledErrorCode,
  retryAfterMs,
  retryAfterSeconds,
  throttledErrorCode,
  tooManyAttemptsMessage,
  UNTRUSTED_CLIENTS_POLICY,
  type RateLimitPolicy,
} from "@/lib/domain/rate-limit";

const policy: RateLimitPolicy = { maxAttempts: 3, windowMs: 1000 };

describe("policies", () => {
  it("bound each client to 20 password checks, unknown clients together to 100, an account to 10 failures, per 15 minutes", () => {
    expect(CLIENT_POLICY).toEqual({ maxAttempts: 20, windowMs: 900_000 });
    expect(UNTRUSTED_CLIENTS_POLICY).toEqual({ maxAttempts: 100, windowMs: 900_000 });
    expect(ACCOUNT_POLICY).toEqual({ maxAttempts: 10, windowMs: 900_000 });
    expect(LONGEST_WINDOW_MS).toBe(900_000);
  });
});

describe("which budgets an attempt counts against", () => {
  it("a known device: its own client budget, and never the account's", () => {
    const client = { address: "203.0.113.9", knownDeviceId: "dev1" };
    expect(clientKey(client)).toEqual({ key: "client:device:dev1", policy: CLIENT_POLICY });
    expect(accountKey("a@b.test", client)).toBeNull();
  });

  it("an unknown client with a trusted address: the address's budget and the account's", () => {
    const client = { address: "203.0.113.9", knownDeviceId: null };
    expect(clientKey(client)).toEqual({ key: "client:address:203.0.113.9", policy: CLIENT_POLICY });
    expect(accountKey("a@b.test", client)).toEqual({ key: "account:a@b.test", policy: ACCOUNT_POLICY });
  });

  it("an unknown client without a trusted address: the shared budget of untrusted clients", () => {
    expect(clientKey({ address: null, knownDeviceId: null })).toEqual({ key: "client:untrusted", policy: UNTRUSTED_CLIENTS_POLICY });
  });
});

describe("the refusal's wait", () => {
  it("rounds up to whole seconds, at least one", () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1000)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    expect(retryAfterSeconds(0)).toBe(1);
  });

  it("is told in whole minutes, rounded up", () => {
    expect(tooManyAttemptsMessage(1)).toBe("Too many attempts; try again in 1 minute.");
    expect(tooManyAttemptsMessage(61)).toBe("Too many attempts; try again in 2 minutes.");
    expect(tooManyAttemptsMessage(900)).toBe("Too many attempts; try again in 15 minutes.");
  });

  it("travels in next-auth's error code and back", () => {
    expect(throttledErrorCode(900)).toBe("TooManyAttempts-900");
    expect(parseThrottledErrorCode("TooManyAttempts-900")).toBe(900);
    for (const other of [null, undefined, "", "CredentialsSignin", "TooManyAttempts-", "TooManyAttempts-0", "TooManyAttempts-1.5", "TooManyAttempts-x"]) {
      expect(parseThrottledErrorCode(other)).toBeNull();
    }
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

  it("applies the account policy: the tenth failure refuses the eleventh attempt for 15 minutes from the first", () => {
    const nine = Array.from({ length: 9 }, (_, i) => i * 1000);
    expect(retryAfterMs(nine, 9000, ACCOUNT_POLICY)).toBe(0);
    expect(retryAfterMs([...nine, 9000], 9000, ACCOUNT_POLICY)).toBe(900_000 - 9000);
    expect(retryAfterMs([...nine, 9000], 900_000, ACCOUNT_POLICY)).toBe(0);
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
