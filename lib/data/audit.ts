import "server-only";
import type { ProductionScope } from "../domain/scope";
import { getDb, type Db } from "../server/db";
import { NotFoundError } from "../domain/errors";
import { requirePermission } from "./scope";
import { snapshot, type SessionSnapshot } from "../domain/audit-snapshot";

export { snapshot, type SessionSnapshot };

// Every create, edit, delete, verify, reject and correction of a training
// session is written here in the same transaction as the change itself. The
// table is append-only (database triggers refuse UPDATE and DELETE).

export type AuditAction = "create" | "edit" | "delete" | "verify" | "reject" | "correct" | "supersede";

type AuditClient = Pick<Db, "auditEvent">;

export interface AuditEventInput {
  productionId: string;
  sessionId: string;
  actorId: string;
  action: AuditAction;
  before?: SessionSnapshot | null;
  after?: SessionSnapshot | null;
  reason?: string | null;
  at: Date;
}

export async function recordAudit(db: AuditClient, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      productionId: event.productionId,
      sessionId: event.sessionId,
      actorId: event.actorId,
      action: event.action,
      before: event.before ? JSON.stringify(event.before) : null,
      after: event.after ? JSON.stringify(event.after) : null,
      reason: event.reason ?? null,
      createdAt: event.at,
    },
  });
}

/** A session's history, oldest first (coordinators). Kept for deleted entries too. */
export async function getSessionHistory(scope: ProductionScope, sessionId: string) {
  requirePermission(scope, "session.readHistory");
  const db = await getDb();
  const productionId = scope.production.id;
  const events = await db.auditEvent.findMany({
    where: { productionId, sessionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (events.length === 0) throw new NotFoundError("No such session in this production");
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: [...new Set(events.map((e) => e.actorId))] } }, select: { id: true, name: true } })).map(
      (u) => [u.id, u.name],
    ),
  );
  return events.map((e) => ({
    action: e.action,
    at: e.createdAt.toISOString(),
    actorId: e.actorId,
    actor: names.get(e.actorId) ?? "Unknown",
    reason: e.reason,
    before: e.before ? (JSON.parse(e.before) as SessionSnapshot) : null,
    after: e.after ? (JSON.parse(e.after) as SessionSnapshot) : null,
  }));
}
