import "server-only";
import type { Actor } from "../domain/actor";
import { addDays } from "../domain/calendar-day";
import { CREDENTIAL_REMINDER_DAYS, PENDING_REMINDER_DAYS, remindersFor, type ProductionFacts, type Reminder } from "../domain/reminders";
import { NotFoundError } from "../domain/errors";
import { equipmentStatus } from "../domain/credentials";
import { can } from "../domain/permissions";
import { markReadSchema } from "../schemas/notifications";
import { parseOrThrow } from "../schemas/parse";
import { getDb } from "../server/db";
import { getCurrencyAlerts, getPerformerCurrency } from "./currency";
import { loadProductionScope } from "./scope";

// The in-app inbox: reminders computed from the person's productions
// (lib/domain/reminders.ts) and the marks of those they have read.

/** How long a sent-back entry stays in its performer's inbox. */
const REJECTED_REMINDER_DAYS = 14;

async function factsOf(actor: Actor, productionId: string, now: Date): Promise<ProductionFacts> {
  const scope = await loadProductionScope(actor, productionId, now);
  const db = await getDb();
  const today = scope.today;
  const coordinator = can(scope.role, "session.verify");
  const self = actor.userId;
  const [pending, currencyAlerts, ownCurrency, credentials, equipment, rejected] = await Promise.all([
    coordinator
      ? db.trainingSession.aggregate({
          // Not their own: a coordinator cannot verify what they performed.
          where: { productionId, status: "pending", performerId: { not: self }, createdAt: { lt: new Date(now.getTime() - PENDING_REMINDER_DAYS * 86_400_000) } },
          _count: true,
          _min: { date: true },
        })
      : null,
    coordinator ? getCurrencyAlerts(scope, today) : Promise.resolve([]),
    // One's own currency, when one trains here (a performer, or a coordinator who performs: the alerts above cover them too).
    !coordinator && scope.role === "performer" ? getPerformerCurrency(scope, self).then((c) => c.currency) : Promise.resolve([]),
    db.credential.findMany({
      where: {
        productionId,
        ...(coordinator ? {} : { userId: self }),
        // The same window as the "expiring" status (expiring from 29 days before the expiry day), and up to 30 days after.
        expiresOn: { not: null, gte: addDays(today, -CREDENTIAL_REMINDER_DAYS), lte: addDays(today, CREDENTIAL_REMINDER_DAYS - 1) },
      },
      select: { id: true, userId: true, name: true, expiresOn: true },
    }),
    db.equipment.findMany({ where: { productionId, ...(coordinator ? {} : { ownerId: self }) }, select: { id: true, name: true, ownerId: true, serviceIntervalDays: true, lastServiceOn: true, expiresOn: true } }),
    db.trainingSession.findMany({
      where: { productionId, performerId: self, status: "rejected", updatedAt: { gte: new Date(now.getTime() - REJECTED_REMINDER_DAYS * 86_400_000) } },
      select: { id: true, performerId: true, date: true, rejectionReason: true, discipline: { select: { name: true } } },
    }),
  ]);
  const people = await db.user.findMany({
    where: { id: { in: [...new Set([...credentials.map((c) => c.userId), ...currencyAlerts.map((a) => a.performerId)])] } },
    select: { id: true, name: true },
  });
  const name = new Map(people.map((p) => [p.id, p.name]));
  return {
    productionId,
    production: scope.production.name,
    coordinator,
    oldPending: { count: pending?._count ?? 0, oldestDate: pending?._min.date ?? null },
    currency: [
      ...currencyAlerts.filter((a) => a.status === "lapsing" && a.currentUntil).map((a) => ({ performerId: a.performerId, performer: name.get(a.performerId) ?? "A performer", discipline: a.discipline, disciplineId: a.disciplineId, currentUntil: a.currentUntil! })),
      ...ownCurrency.filter((c) => c.status === "lapsing" && c.currentUntil).map((c) => ({ performerId: self, performer: "You", discipline: c.discipline, disciplineId: c.disciplineId, currentUntil: c.currentUntil! })),
    ],
    credentials: credentials.map((c) => ({ id: c.id, userId: c.userId, person: name.get(c.userId) ?? "Someone", name: c.name, expiresOn: c.expiresOn!, expired: c.expiresOn! < today })),
    equipment: equipment.flatMap((e) => {
      const s = equipmentStatus(e, today);
      return s.status === "ok" ? [] : [{ id: e.id, name: e.name, ownerId: e.ownerId, dueOn: s.dueOn, overdue: s.status === "overdue" }];
    }),
    rejected: rejected.map((r) => ({ sessionId: r.id, performerId: r.performerId, discipline: r.discipline.name, date: r.date, reason: r.rejectionReason })),
  };
}

export interface InboxItem extends Reminder {
  read: boolean;
}

/** The person's reminders across their productions, unread first, with the unread count. */
export async function listNotifications(actor: Actor, now = new Date()): Promise<{ unread: number; items: InboxItem[] }> {
  const db = await getDb();
  const memberships = await db.membership.findMany({ where: { userId: actor.userId }, select: { productionId: true }, orderBy: { createdAt: "asc" } });
  // A membership removed while this runs is no reason to fail the whole inbox: that production is left out.
  const facts = (
    await Promise.all(
      memberships.map((m) =>
        factsOf(actor, m.productionId, now).catch((error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        }),
      ),
    )
  ).filter((f): f is ProductionFacts => f !== null);
  const reminders = remindersFor(actor.userId, facts);
  const reads = await db.notificationRead.findMany({ where: { userId: actor.userId, key: { in: reminders.map((r) => r.key) } }, select: { key: true } });
  const read = new Set(reads.map((r) => r.key));
  const items = reminders.map((r) => ({ ...r, read: read.has(r.key) })).sort((a, b) => Number(a.read) - Number(b.read));
  return { unread: items.filter((i) => !i.read).length, items };
}

/** Mark reminders read: the given keys, or (`all: true`) every current one. Keys of nobody's reminders are harmless. */
export async function markNotificationsRead(actor: Actor, input: unknown, now = new Date()): Promise<{ unread: number }> {
  const data = parseOrThrow(markReadSchema, input);
  const keys = data.all ? (await listNotifications(actor, now)).items.map((i) => i.key) : data.keys!;
  const db = await getDb();
  const already = new Set((await db.notificationRead.findMany({ where: { userId: actor.userId, key: { in: keys } }, select: { key: true } })).map((r) => r.key));
  for (const key of keys) {
    if (already.has(key)) continue;
    // Marking twice at once (two tabs) is no error: the second finds the first's mark.
    await db.notificationRead.create({ data: { userId: actor.userId, key, readAt: now } }).catch((error: unknown) => {
      if ((error as { code?: string }).code !== "P2002") throw error;
    });
  }
  return { unread: (await listNotifications(actor, now)).unread };
}
