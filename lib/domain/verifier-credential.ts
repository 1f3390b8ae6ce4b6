// The production's verifier-credential rule (issue #12): when a kind is set,
// a coordinator signs entries only while holding a valid credential of that
// kind in the production, as a pilot logbook refuses an instructor whose
// certificate has expired. Pure; checked by the session writer inside its
// transaction (lib/data/sessions/verifier-credential.ts).

import { formatDay, type CalendarDay } from "./calendar-day";
import { CREDENTIAL_KINDS, isCredentialValid, type CredentialKind } from "./credentials";

export function isCredentialKind(value: unknown): value is CredentialKind {
  return typeof value === "string" && (CREDENTIAL_KINDS as readonly string[]).includes(value);
}

/** "a valid licence", "valid insurance": how a refusal names what is missing. */
const NEEDED: Record<CredentialKind, string> = {
  licence: "a valid licence",
  rating: "a valid rating",
  medical: "a valid medical",
  insurance: "valid insurance",
  other: "a valid credential",
};

/** The settings form's choices: who may verify. */
export const VERIFIER_RULE_LABEL: Record<CredentialKind, string> = {
  licence: "holders of a valid licence",
  rating: "holders of a valid rating",
  medical: "holders of a valid medical",
  insurance: "holders of valid insurance",
  other: "holders of a valid credential of kind “other”",
};

/**
 * Why this person may not verify today, or null when they may: no rule, or
 * at least one credential of the kind valid on `today` (from its issue day,
 * when one is given, through its expiry day). The refusal names the latest
 * expiry when all have lapsed, or the day a not-yet-issued one starts.
 */
export function verifierCredentialRefusal(
  kind: CredentialKind | null,
  held: readonly { issuedOn?: CalendarDay | null; expiresOn: CalendarDay | null }[],
  today: CalendarDay,
): string | null {
  if (kind === null) return null;
  // A licence issued tomorrow (a renewal entered early) does not license today's signature.
  const issued = held.filter((c) => !c.issuedOn || c.issuedOn <= today);
  if (issued.some((c) => isCredentialValid(c.expiresOn, today))) return null;
  const needs = `Verifying needs ${NEEDED[kind]}`;
  const nextStart = held.filter((c) => c.issuedOn && c.issuedOn > today && isCredentialValid(c.expiresOn, c.issuedOn)).map((c) => c.issuedOn!).sort()[0];
  if (nextStart) return `${needs}: yours is not valid until ${formatDay(nextStart)}`;
  const lastExpiry = held.map((c) => c.expiresOn).filter((d): d is CalendarDay => d !== null).sort().at(-1);
  return lastExpiry ? `${needs}: yours expired on ${formatDay(lastExpiry)}` : `${needs}: you have none on record`;
}
