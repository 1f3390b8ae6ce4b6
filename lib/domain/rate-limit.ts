// Failed sign-ins per key (an email address) in a sliding window. Pure: the
// caller passes the clock and the failure times it has stored. The store is
// the database (lib/data/sign-in-failures.ts), so that every app node behind a
// load balancer sees the same failures.

export interface RateLimitPolicy {
  maxFailures: number;
  windowMs: number;
}

export const SIGN_IN_POLICY: RateLimitPolicy = { maxFailures: 8, windowMs: 15 * 60 * 1000 };

/** Failures at or before this instant can never block again: stores may forget them. */
export function forgetBefore(now: number, policy = SIGN_IN_POLICY): number {
  return now - policy.windowMs;
}

/**
 * Milliseconds until another attempt is allowed, given the times of a key's
 * failures (any order; expired ones are ignored); 0 when allowed now.
 */
export function retryAfterMs(failures: readonly number[], now: number, policy = SIGN_IN_POLICY): number {
  const live = failures.filter((t) => t > forgetBefore(now, policy)).sort((a, b) => a - b);
  if (live.length < policy.maxFailures) return 0;
  // Allowed again when enough of them have expired to fall below the maximum.
  return live[live.length - policy.maxFailures]! + policy.windowMs - now;
}
