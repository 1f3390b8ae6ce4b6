/** The signed-in person on whose behalf the data layer acts. */
export interface Actor {
  userId: string;
}

/**
 * What a session cookie claims: who, and the account's session version when
 * it was issued. It is an Actor only once the version has been found current
 * (a password change, reset or "sign out everywhere" raises it).
 */
export interface SessionClaim {
  userId: string;
  sessionVersion: number;
}

/** The claim a decoded session token carries; null for a token without one (issued before versions existed). */
export function sessionClaimOf(token: { sub?: unknown; sv?: unknown } | null | undefined): SessionClaim | null {
  if (!token || typeof token.sub !== "string" || token.sub === "") return null;
  if (typeof token.sv !== "number" || !Number.isInteger(token.sv) || token.sv < 0) return null;
  return { userId: token.sub, sessionVersion: token.sv };
}
