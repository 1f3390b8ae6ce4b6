import "server-only";
import type { ProductionScope } from "../domain/scope";
import { getDb, type Db } from "../server/db";
import { requirePermission } from "./scope";
import { auditorOf, recordAudit, type AuditChange } from "./audit-log";

// Every change to a production's safety settings (dose limits, the sign-off
// policy) is written to an append-only table in the transaction that makes it:
// who, when, the values before and after. Each is also an event of the
// hash-chained audit log (lib/data/audit-log.ts), which is what the chain
// verifies; this table is what the settings page lists.

export const SETTING_SUBJECTS = ["discipline-limits", "discipline-currency", "production-policy"] as const;
export type SettingSubject = (typeof SETTING_SUBJECTS)[number];

type Tx = Pick<Db, "settingChange" | "$queryRawUnsafe" | "$executeRawUnsafe">;

const AUDITED_AS: Record<SettingSubject, Pick<AuditChange, "subject" | "action">> = {
  "discipline-limits": { subject: "discipline", action: "limits" },
  "discipline-currency": { subject: "discipline", action: "currency" },
  "production-policy": { subject: "production", action: "settings" },
};

export async function recordSettingChange(
  tx: Tx,
  scope: ProductionScope,
  change: { subject: SettingSubject; subjectId: string; before: unknown; after: unknown },
  now: Date,
): Promise<void> {
  await tx.settingChange.create({
    data: {
      productionId: scope.production.id,
      actorId: scope.actor.userId,
      subject: change.subject,
      subjectId: change.subjectId,
      before: JSON.stringify(change.before),
      after: JSON.stringify(change.after),
      createdAt: now,
    },
  });
  await recordAudit(tx, auditorOf(scope), { ...AUDITED_AS[change.subject], subjectId: change.subjectId, before: change.before, after: change.after }, now);
}

/** The latest changes to the production's safety settings, newest first (coordinators). */
export async function listSettingChanges(scope: ProductionScope, limit = 50) {
  requirePermission(scope, "production.manageSettings");
  const db = await getDb();
  const rows = await db.settingChange.findMany({
    where: { productionId: scope.production.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  const ids = [...new Set(rows.flatMap((r) => [r.actorId, r.subjectId]))];
  const [people, disciplines] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    db.discipline.findMany({ where: { id: { in: ids }, productionId: scope.production.id }, select: { id: true, name: true } }),
  ]);
  const name = new Map([...people, ...disciplines].map((x) => [x.id, x.name]));
  return rows.map((r) => ({
    id: r.id,
    at: r.createdAt.toISOString(),
    actorId: r.actorId,
    actor: name.get(r.actorId) ?? "Unknown",
    subject: r.subject as SettingSubject,
    subjectId: r.subjectId,
    subjectName: r.subject === "production-policy" ? "sign-off policy" : (name.get(r.subjectId) ?? "a discipline"),
    before: r.before ? (JSON.parse(r.before) as unknown) : null,
    after: r.after ? (JSON.parse(r.after) as unknown) : null,
  }));
}
