// Credentials of people and the service state of equipment: whether each is
// valid today, expiring or due soon, or expired or overdue, and the day that
// changes next. Pure; lib/data/credentials.ts and equipment.ts store them.

import { addDays, daysBetween, type CalendarDay } from "./calendar-day";

export const CREDENTIAL_KINDS = ["licence", "rating", "medical", "insurance", "other"] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** A credential expiring within this many days is "expiring". */
export const EXPIRING_WITHIN_DAYS = 30;

export type CredentialStatus = "valid" | "expiring" | "expired";

/**
 * A credential's status as of a day. It is valid through its expiry day and
 * expired from the day after; one without an expiry never expires.
 * `changesOn` is the next day its status changes (null: never).
 */
export function credentialStatus(expiresOn: CalendarDay | null, asOf: CalendarDay): { status: CredentialStatus; changesOn: CalendarDay | null } {
  if (expiresOn === null) return { status: "valid", changesOn: null };
  if (expiresOn < asOf) return { status: "expired", changesOn: null };
  const expiringFrom = addDays(expiresOn, -(EXPIRING_WITHIN_DAYS - 1));
  if (asOf >= expiringFrom) return { status: "expiring", changesOn: addDays(expiresOn, 1) };
  return { status: "valid", changesOn: expiringFrom };
}

/** Whether a credential counts for a rule (a verifier's licence): valid or expiring, not expired. */
export function isCredentialValid(expiresOn: CalendarDay | null, asOf: CalendarDay): boolean {
  return credentialStatus(expiresOn, asOf).status !== "expired";
}

export const EQUIPMENT_KINDS = ["rig", "canopy", "reserve", "aad", "motorbike", "helmet", "other"] as const;
export type EquipmentKind = (typeof EQUIPMENT_KINDS)[number];

/** Equipment due for service within this many days is "due soon". */
export const DUE_SOON_WITHIN_DAYS = 14;

export type EquipmentStatus = "ok" | "due_soon" | "overdue";

type ServiceRecord = { serviceIntervalDays: number | null; lastServiceOn: CalendarDay | null; expiresOn: CalendarDay | null };

/**
 * When a piece of equipment must next be serviced or replaced: the service
 * due day (last service + interval) or its expiry, whichever comes first;
 * null when it has neither. Serviceable on that day, overdue after it.
 */
export function equipmentDueOn(e: ServiceRecord): CalendarDay | null {
  const serviceDue = e.serviceIntervalDays !== null && e.lastServiceOn !== null ? addDays(e.lastServiceOn, e.serviceIntervalDays) : null;
  const candidates = [serviceDue, e.expiresOn].filter((d): d is CalendarDay => d !== null);
  return candidates.length === 0 ? null : candidates.reduce((a, b) => (a < b ? a : b));
}

export function equipmentStatus(e: ServiceRecord, asOf: CalendarDay): { status: EquipmentStatus; dueOn: CalendarDay | null; changesOn: CalendarDay | null } {
  // A service interval with no service on record: nobody can say it was done, so it is overdue now.
  if (e.serviceIntervalDays !== null && e.lastServiceOn === null) return { status: "overdue", dueOn: null, changesOn: null };
  const dueOn = equipmentDueOn(e);
  if (dueOn === null) return { status: "ok", dueOn: null, changesOn: null };
  if (dueOn < asOf) return { status: "overdue", dueOn, changesOn: null };
  const soonFrom = addDays(dueOn, -(DUE_SOON_WITHIN_DAYS - 1));
  if (asOf >= soonFrom) return { status: "due_soon", dueOn, changesOn: addDays(dueOn, 1) };
  return { status: "ok", dueOn, changesOn: soonFrom };
}

/** Days from asOf to a day (negative: past). */
export const daysUntil = (asOf: CalendarDay, day: CalendarDay) => daysBetween(asOf, day);

/** A credential's scan: a photo or PDF of the card, small enough to keep in the database. */
export const MAX_SCAN_BYTES = 5 * 1024 * 1024;

/**
 * What a file's first bytes say it is, whatever its name or declared type:
 * a PDF, a PNG or a JPEG, or null. A scan is served back as what it is, so an
 * HTML page or a script renamed .pdf is refused here.
 */
export function sniffScanType(bytes: Uint8Array): "application/pdf" | "image/png" | "image/jpeg" | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  return null;
}
