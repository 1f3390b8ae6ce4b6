import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// The "known device" cookie: set when someone signs in successfully, it tells
// the sign-in throttle that this browser has signed in to this account before,
// so a stranger's failed guesses at the account do not lock it out (see
// lib/domain/rate-limit.ts). It proves nothing else and grants no access: it
// is not a session, only a signed note of (account, device, issue time).
//
// Format: v1.<userId>.<deviceId>.<issuedAt seconds>.<HMAC-SHA256, base64url>,
// keyed by NEXTAUTH_SECRET (with its own label, so it can never pass for a
// next-auth token or the other way round).

export const KNOWN_DEVICE_COOKIE = "stuntbook.known-device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 90 * 24 * 60 * 60;

const LABEL = "stuntbook known-device v1";
const PART = /^[A-Za-z0-9_-]{1,64}$/;

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`${LABEL}|${payload}`).digest("base64url");
}

/** A token for `userId` on a device: the same device id when it was known already, else a new one. */
export function issueKnownDeviceToken(userId: string, secret: string, now: number, deviceId = randomBytes(12).toString("base64url")): string {
  const payload = ["v1", userId, deviceId, Math.floor(now / 1000)].join(".");
  return `${payload}.${sign(payload, secret)}`;
}

/** The device id when `token` is a valid, unexpired token for `userId`; null otherwise. */
export function verifyKnownDeviceToken(token: string | null | undefined, userId: string, secret: string, now: number): string | null {
  if (!token || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 5 || parts[0] !== "v1") return null;
  const [, tokenUserId, deviceId, issuedAt, signature] = parts as [string, string, string, string, string];
  if (tokenUserId !== userId || !PART.test(deviceId) || !/^\d{1,12}$/.test(issuedAt)) return null;
  const expected = Buffer.from(sign(parts.slice(0, 4).join("."), secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const ageSeconds = now / 1000 - Number(issuedAt);
  return ageSeconds >= -60 && ageSeconds <= KNOWN_DEVICE_MAX_AGE_SECONDS ? deviceId : null;
}

/** One cookie's value from a Cookie header (next-auth hands `authorize` the raw headers). */
export function cookieValue(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const pair of header.split(";")) {
    const eq = pair.indexOf("=");
    if (eq > 0 && pair.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(pair.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
