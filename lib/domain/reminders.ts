// The in-app inbox's reminders: what needs someone's attention, computed from
// the records each time (never stored, so never stale). Pure: the data layer
// gathers the facts, this decides who is told what. A reminder's key names
// the state it is about (an expiry day, a count), so a read mark stays with
// that state and a new state is a new, unread reminder.

import { formatDay, type CalendarDay } from "./calendar-day";

export const PENDING_REMINDER_DAYS = 3;
export const CREDENTIAL_REMINDER_DAYS = 30;
export const EQUIPMENT_REMINDER_DAYS = 14;
export const CURRENCY_REMINDER_DAYS = 7;

export type ReminderKind = "pending_sign_off" | "currency_lapsing" | "credential_expiring" | "equipment_due" | "entry_rejected";

export interface Reminder {
  key: string;
  kind: ReminderKind;
  productionId: string;
  production: string;
  text: string;
  /** Where to act on it, inside the app. */
  href: string;
  /** The day it is about: the oldest waiting entry, the lapse, the expiry, the due day, the rejection. */
  day: CalendarDay | null;
}

export interface ProductionFacts {
  productionId: string;
  production: string;
  /** Is the person a coordinator here (told about everyone), or only about themself? */
  coordinator: boolean;
  /** Entries waiting for sign-off for more than PENDING_REMINDER_DAYS days (coordinators). */
  oldPending: { count: number; oldestDate: CalendarDay | null };
  currency: { performerId: string; performer: string; discipline: string; disciplineId: string; currentUntil: CalendarDay }[];
  credentials: { id: string; userId: string; person: string; name: string; expiresOn: CalendarDay; expired: boolean }[];
  equipment: { id: string; name: string; ownerId: string | null; dueOn: CalendarDay | null; overdue: boolean }[];
  rejected: { sessionId: string; performerId: string; discipline: string; date: CalendarDay; reason: string | null }[];
}

/** The reminders one person gets from the facts of their productions, most urgent kinds first. */
export function remindersFor(userId: string, facts: readonly ProductionFacts[]): Reminder[] {
  const out: Reminder[] = [];
  for (const f of facts) {
    const base = `/productions/${f.productionId}`;
    const push = (r: Omit<Reminder, "productionId" | "production">) => out.push({ ...r, productionId: f.productionId, production: f.production });
    if (f.coordinator && f.oldPending.count > 0) {
      push({
        key: `pending:${f.productionId}:${f.oldPending.count}:${f.oldPending.oldestDate ?? ""}`,
        kind: "pending_sign_off",
        text: `${f.oldPending.count} ${f.oldPending.count === 1 ? "entry has" : "entries have"} waited for sign-off more than ${PENDING_REMINDER_DAYS} days`,
        href: `${base}/sign-off`,
        day: f.oldPending.oldestDate,
      });
    }
    for (const c of f.currency) {
      if (!f.coordinator && c.performerId !== userId) continue;
      const whose = c.performerId === userId ? "Your" : `${c.performer}'s`;
      push({
        key: `currency:${f.productionId}:${c.performerId}:${c.disciplineId}:${c.currentUntil}`,
        kind: "currency_lapsing",
        // Names as written: "HALO jump" stays HALO.
        text: `${whose} ${c.discipline} currency lapses after ${formatDay(c.currentUntil)}`,
        href: `${base}/performers/${c.performerId}#currency`,
        day: c.currentUntil,
      });
    }
    for (const c of f.credentials) {
      if (!f.coordinator && c.userId !== userId) continue;
      const whose = c.userId === userId ? "Your" : `${c.person}'s`;
      push({
        key: `credential:${c.id}:${c.expiresOn}`,
        kind: "credential_expiring",
        text: `${whose} ${c.name} ${c.expired ? "expired on" : "expires on"} ${formatDay(c.expiresOn)}`,
        href: f.coordinator ? `${base}/settings#credentials` : `${base}/performers/${c.userId}#credentials`,
        day: c.expiresOn,
      });
    }
    for (const e of f.equipment) {
      if (!f.coordinator && e.ownerId !== userId) continue;
      push({
        key: `equipment:${e.id}:${e.dueOn ?? "unknown"}`,
        kind: "equipment_due",
        text: e.overdue ? `${e.name}: service overdue${e.dueOn ? ` since ${formatDay(e.dueOn)}` : " (no service on record)"}` : `${e.name}: service due ${formatDay(e.dueOn!)}`,
        href: `${base}/settings#equipment`,
        day: e.dueOn,
      });
    }
    for (const r of f.rejected) {
      if (r.performerId !== userId) continue;
      push({
        key: `rejected:${r.sessionId}`,
        kind: "entry_rejected",
        text: `Your ${r.discipline} entry of ${formatDay(r.date)} was sent back${r.reason ? `: ${r.reason}` : ""}`,
        href: `${base}/performers/${r.performerId}#logbook`,
        day: r.date,
      });
    }
  }
  return out;
}
