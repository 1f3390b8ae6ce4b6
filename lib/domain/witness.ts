// Outside witnesses (issue #12): someone without an account (a dropzone
// instructor, a pilot) signs one pending entry through a link that works once,
// for a week. The rules that need no database, no clock and no randomness;
// the secret is made in lib/server/witness-token.ts, the rows live in
// lib/data/witness-requests.ts, and the signature goes through the session
// writer (lib/data/sessions/witness.ts).

import { canLogSessionFor, type Role } from "./permissions";

/** Every witness link's token starts with this, so one found in a log is recognisable (and never taken for an API token). */
export const WITNESS_TOKEN_PREFIX = "sbw_";
/** 32 random bytes in base64url, without padding: 43 characters (47 with the prefix, within an id's 64). */
export const WITNESS_TOKEN_SECRET_LENGTH = 43;
const TOKEN_PATTERN = new RegExp(`^${WITNESS_TOKEN_PREFIX}[A-Za-z0-9_-]{${WITNESS_TOKEN_SECRET_LENGTH}}$`);

/** A link works for this many days from when it is made. */
export const WITNESS_LINK_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a string has the shape of a witness token (checked before hashing: junk never reaches the database). */
export function isWellFormedWitnessToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function witnessLinkExpiresAt(now: Date): Date {
  return new Date(now.getTime() + WITNESS_LINK_DAYS * DAY_MS);
}

/** The page a witness opens, relative to the app's public origin. */
export function witnessLinkPath(token: string): string {
  return `/witness/${token}`;
}

export type WitnessLinkState = "open" | "used" | "expired";

/** A link is used once; it works until the instant it expires, not at it. */
export function witnessLinkState(request: { usedAt: Date | null; expiresAt: Date }, now: Date): WitnessLinkState {
  if (request.usedAt) return "used";
  if (now.getTime() >= request.expiresAt.getTime()) return "expired";
  return "open";
}

/**
 * Who may ask an outside witness to sign an entry: whoever may log it — a
 * coordinator for anyone, a performer for themself. A viewer or another
 * performer may not.
 */
export function canRequestWitness(role: Role, actorId: string, session: { performerId: string }): boolean {
  return canLogSessionFor(role, actorId, session.performerId);
}

/** The audit reason of an outside witness's signature, as the history page shows it. */
export function witnessVerifiedReason(name: string, licence: string): string {
  return `Verified by ${name} (${licence}), outside witness`;
}

/** Who signed a verified entry: a member (with the credential on their profile) or an outside witness (with the number they gave). */
export interface Signer {
  name: string;
  credential: string | null;
  outsideWitness: boolean;
}

/** Who signed an entry, whatever its status now (a superseded entry was signed too); null when nobody did. */
export function signerOf(entry: {
  verifiedBy: { name: string; credential: string | null } | null;
  witnessName: string | null;
  witnessLicence: string | null;
}): Signer | null {
  if (entry.witnessName !== null) return { name: entry.witnessName, credential: entry.witnessLicence, outsideWitness: true };
  return entry.verifiedBy ? { name: entry.verifiedBy.name, credential: entry.verifiedBy.credential, outsideWitness: false } : null;
}

/** "Verified by Kari Nordmann (D-12345), outside witness" / "Verified by Coordinator (USPA D-1)". */
export function describeSigner(signer: Signer): string {
  const credential = signer.credential ? ` (${signer.credential})` : "";
  return `Verified by ${signer.name}${credential}${signer.outsideWitness ? ", outside witness" : ""}`;
}
