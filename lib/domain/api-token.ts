// Personal API tokens: the rules that need no database, no clock and no
// randomness (docs/decisions/0010-api-tokens.md). The secret itself is made
// and hashed in lib/server/api-token-secret.ts; the rows live in
// lib/data/api-tokens.ts.

/** Every token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = "sbk_";
/** 32 random bytes in base64url, without padding: 43 characters. */
export const API_TOKEN_SECRET_LENGTH = 43;
const TOKEN_PATTERN = new RegExp(`^${API_TOKEN_PREFIX}[A-Za-z0-9_-]{${API_TOKEN_SECRET_LENGTH}}$`);

export const API_TOKEN_SCOPES = ["read", "write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const MIN_TOKEN_DAYS = 1;
export const MAX_TOKEN_DAYS = 365;
/** Live (unrevoked, unexpired, not ended) tokens one person may hold. */
export const MAX_LIVE_TOKENS = 20;
/** `lastUsedAt` is written at most this often per token: a busy script must not turn every read into a write. */
export const LAST_USED_RESOLUTION_MS = 60_000;

const DAY_MS = 24 * 60 * 60 * 1000;

export function isApiTokenScope(value: unknown): value is ApiTokenScope {
  return typeof value === "string" && (API_TOKEN_SCOPES as readonly string[]).includes(value);
}

/** Whether a string has the shape of a token (checked before hashing, so junk never reaches the database). */
export function isWellFormedApiToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/**
 * What an `Authorization` header asks for:
 * - `none`: no header, or another scheme (Basic from a proxy in front of the
 *   app, say): the request is judged by its session cookie as before;
 * - `bearer`: a well-formed token to look up;
 * - `malformed`: the Bearer scheme with anything that cannot be a token — a
 *   401, never a fallback to the cookie (the caller meant to use a token).
 */
export type BearerCredential = { kind: "none" } | { kind: "bearer"; token: string } | { kind: "malformed" };

export function parseAuthorizationHeader(header: string | null | undefined): BearerCredential {
  if (header === null || header === undefined) return { kind: "none" };
  const match = /^\s*(\S+)(?:\s+(.*))?$/.exec(header);
  if (!match || match[1]!.toLowerCase() !== "bearer") return { kind: "none" };
  const token = (match[2] ?? "").trim();
  return isWellFormedApiToken(token) ? { kind: "bearer", token } : { kind: "malformed" };
}

/** A `read` token may only read (GET, HEAD); a `write` token may do whatever its owner may. */
export function scopeAllowsMethod(scope: ApiTokenScope, method: string): boolean {
  if (scope === "write") return true;
  const m = method.toUpperCase();
  return m === "GET" || m === "HEAD";
}

export interface ApiTokenState {
  expiresAt: Date;
  revokedAt: Date | null;
  /** The owner's session version when the token was made, and now. */
  sessionVersion: number;
  ownerSessionVersion: number;
}

/** Why a token no longer works, or null while it does. Expiry is exclusive: at `expiresAt` it has ended. */
export function apiTokenEndReason(token: ApiTokenState, now: Date): "revoked" | "expired" | "sessions-ended" | null {
  if (token.revokedAt) return "revoked";
  if (now.getTime() >= token.expiresAt.getTime()) return "expired";
  if (token.sessionVersion !== token.ownerSessionVersion) return "sessions-ended";
  return null;
}

export function apiTokenExpiry(now: Date, expiresInDays: number): Date {
  return new Date(now.getTime() + expiresInDays * DAY_MS);
}

/** Whether this use should be recorded: never used, or last recorded a minute or more ago. */
export function shouldRecordUse(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}
