// Sign-in throttling rules. Pure: the caller passes the clock and the attempt
// times it has stored. The store is the database (lib/data/sign-in-attempts.ts),
// so that every app node behind a load balancer sees the same counts.
//
// Two budgets, so that nobody can turn the throttle against the team:
// - per client (an address, or a device that signed in to this account
//   before): every password check counts, refused before the hash is
//   computed, which bounds the scrypt work any one client can make us do;
// - per account: failures from clients the account does not know. Once it is
//   spent, unknown clients are refused for that account, while its owner's
//   known devices still sign in. A stranger's guesses cannot lock them out.

export interface RateLimitPolicy {
  /** Attempts allowed within the window. */
  maxAttempts: number;
  windowMs: number;
}

const MINUTE = 60 * 1000;

/** Password checks per client address, or per known device, in 15 minutes. */
export const CLIENT_POLICY: RateLimitPolicy = { maxAttempts: 20, windowMs: 15 * MINUTE };

/**
 * Without TRUSTED_PROXY the address cannot be trusted (a client writes any
 * X-Forwarded-For it likes), so every unknown client shares one budget: a
 * larger one, still a hard bound on the hashes strangers can ask for.
 */
export const UNTRUSTED_CLIENTS_POLICY: RateLimitPolicy = { maxAttempts: 100, windowMs: 15 * MINUTE };

/** Failed sign-ins to one account from clients it does not know, in 15 minutes. */
export const ACCOUNT_POLICY: RateLimitPolicy = { maxAttempts: 10, windowMs: 15 * MINUTE };

/** The longest window: attempts older than this can never refuse anything again. */
export const LONGEST_WINDOW_MS = Math.max(CLIENT_POLICY.windowMs, UNTRUSTED_CLIENTS_POLICY.windowMs, ACCOUNT_POLICY.windowMs);

/** Who is asking to sign in, as far as the server can tell. */
export interface SignInClient {
  /** The client's address, or null when it cannot be trusted (no TRUSTED_PROXY). */
  address: string | null;
  /** The id of a device that signed in to the account before (a verified cookie), if any. */
  knownDeviceId: string | null;
}

export interface ThrottleKey {
  key: string;
  policy: RateLimitPolicy;
}

/** The budget a client's password checks count against. */
export function clientKey(client: SignInClient): ThrottleKey {
  if (client.knownDeviceId) return { key: `client:device:${client.knownDeviceId}`, policy: CLIENT_POLICY };
  if (client.address) return { key: `client:address:${client.address}`, policy: CLIENT_POLICY };
  return { key: "client:untrusted", policy: UNTRUSTED_CLIENTS_POLICY };
}

/** The account's budget of failures from unknown clients; null for a known device, which it does not apply to. */
export function accountKey(email: string, client: SignInClient): ThrottleKey | null {
  return client.knownDeviceId ? null : { key: `account:${email}`, policy: ACCOUNT_POLICY };
}

/** Attempts at or before this instant can never refuse again: stores may forget them. */
export function forgetBefore(now: number, policy: RateLimitPolicy): number {
  return now - policy.windowMs;
}

/**
 * Milliseconds until another attempt is allowed, given the times of a key's
 * earlier attempts (any order; expired ones are ignored); 0 when allowed now.
 */
export function retryAfterMs(attempts: readonly number[], now: number, policy: RateLimitPolicy): number {
  const live = attempts.filter((t) => t > forgetBefore(now, policy)).sort((a, b) => a - b);
  if (live.length < policy.maxAttempts) return 0;
  // Allowed again when enough of them have expired to fall below the maximum.
  return live[live.length - policy.maxAttempts]! + policy.windowMs - now;
}

/** Whole seconds for a Retry-After header (at least 1). */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** What the sign-in form shows for a refusal. */
export function tooManyAttemptsMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

// The refusal travels from `authorize` to the browser inside next-auth's
// error code (the only channel it has): "TooManyAttempts-<seconds>".
const THROTTLED_PREFIX = "TooManyAttempts-";

export function throttledErrorCode(seconds: number): string {
  return `${THROTTLED_PREFIX}${seconds}`;
}

/** The seconds of a throttled error code; null for any other code. */
export function parseThrottledErrorCode(code: string | null | undefined): number | null {
  if (!code?.startsWith(THROTTLED_PREFIX)) return null;
  const seconds = Number(code.slice(THROTTLED_PREFIX.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}
