import "server-only";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { NotFoundError } from "../domain/errors";
import { requirePermission } from "./scope";
import { snapshot, type AuditAction, type SessionSnapshot } from "../domain/audit-snapshot";

export { snapshot, type AuditAction, type SessionSnapshot };

// Every create, edit, delete, verify, reject and correction of a training
// session is written to the audit log by the session writer, in the same
// transaction as the change itself (lib/data/sessions/sql.ts, insertAudit).
// The table is append-only (database triggers refuse UPDATE and DELETE).


/** A session's history, oldest first (coordinators). Kept for deleted entries too. */
export async function getSessionHistory(scope: ProductionScope, sessionId: string) {
  requirePermission(scope, "session.readHistory");
  const db = await getDb();
  const productionId = scope.production.id;
  const events = await db.auditEvent.findMany({
    where: { productionId, subject: "session", sessionId },
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
