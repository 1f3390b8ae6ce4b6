import "server-only";
import type { ProductionScope } from "../domain/scope";
import type { Db } from "../server/db";
import { chainNewEvents } from "./audit-chain";
import { prismaDialect, runStepsWithPrisma } from "./prisma-steps";
import { insertOtherAudit } from "./sessions/sql";

// The audit log beyond training sessions (decision 0015): every change to what
// a go/no-go verdict rests on is an AuditEvent with its subject, linked into
// the production's hash chain in the transaction that makes the change. The
// session writer appends its events itself (lib/data/sessions/sql.ts); this
// is the path for every other writer, with the same insert.

export const AUDIT_SUBJECTS = ["goal", "discipline", "member", "stunt", "take", "incident", "check-in", "credential", "equipment", "production"] as const;
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number];

export interface AuditChange {
  subject: AuditSubject;
  subjectId: string;
  /** What happened: create, edit, delete, archive, limits, currency, policy, role… */
  action: string;
  /** The subject's recorded fields before and after (null for a create or a delete). */
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Who makes a change, in which production. */
export interface Auditor {
  productionId: string;
  actorId: string;
}

export const auditorOf = (scope: ProductionScope): Auditor => ({ productionId: scope.production.id, actorId: scope.actor.userId });

type Tx = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">;

/**
 * Record a change inside the transaction that makes it. Call it last in the
 * transaction: on PostgreSQL it takes the production's chain lock, which every
 * writer takes after any lock of its own (lib/data/audit-chain.ts).
 */
export async function recordAudit(tx: Tx, by: Auditor, change: AuditChange, now: Date): Promise<void> {
  const dialect = prismaDialect(tx);
  // The same insert as the session writer's for other subjects (a take), then the chain's link.
  await runStepsWithPrisma(tx, dialect, (function* () {
    const events = yield* insertOtherAudit({ productionId: by.productionId, actorId: by.actorId, subject: change.subject, subjectId: change.subjectId, action: change.action, before: change.before, after: change.after, reason: change.reason ?? null }, now);
    yield* chainNewEvents(dialect, by.productionId, events);
  })());
}
