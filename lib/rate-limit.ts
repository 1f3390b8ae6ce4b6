// Failed sign-ins per key (an email address) in a sliding window. Pure: the
// caller passes the clock and owns the store. The store here is this
// process's memory, which is right for the single-node SQLite default.

export interface RateLimitPolicy {
  maxFailures: number;
  windowMs: number;
}

export const SIGN_IN_POLICY: RateLimitPolicy = { maxFailures: 8, windowMs: 15 * 60 * 1000 };

export type FailureLog = Map<string, number[]>;

function recent(log: FailureLog, key: string, now: number, policy: RateLimitPolicy): number[] {
  const kept = (log.get(key) ?? []).filter((t) => now - t < policy.windowMs);
  if (kept.length) log.set(key, kept);
  else log.delete(key);
  return kept;
}

/** Milliseconds until another attempt is allowed; 0 when allowed now. */
export function retryAfterMs(log: FailureLog, key: string, now: number, policy = SIGN_IN_POLICY): number {
  const kept = recent(log, key, now, policy);
  if (kept.length < policy.maxFailures) return 0;
  return kept[kept.length - policy.maxFailures]! + policy.windowMs - now;
}

export function recordFailure(log: FailureLog, key: string, now: number, policy = SIGN_IN_POLICY): void {
  log.set(key, [...recent(log, key, now, policy), now]);
}

export function clearFailures(log: FailureLog, key: string): void {
  log.delete(key);
}
