import "server-only";
import type { ChainedContent } from "../domain/audit-chain";
import type { ProductionScope } from "../domain/scope";
import type { Db } from "../server/db";
import { newId } from "../server/ids";
import { run, type SqlBody } from "../server/sql-steps";
import { chainNewEvents } from "./audit-chain";
import { prismaDialect, runStepsWithPrisma } from "./prisma-steps";

// The audit log beyond training sessions (decision 0015): every change to what
// a go/no-go verdict rests on is an AuditEvent with its subject, linked into
// the production's hash chain in the transaction that makes the change. The
// session writer has its own, batched path (lib/data/sessions/sql.ts); this is
// the one path for everything else.

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

function* insertAndChain(dialect: ReturnType<typeof prismaDialect>, event: ChainedContent, now: Date): SqlBody<void> {
  yield* run(
    `INSERT INTO "AuditEvent" ("id", "productionId", "subject", "sessionId", "actorId", "action", "before", "after", "reason", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    event.id,
    event.productionId,
    event.subject,
    event.sessionId,
    event.actorId,
    event.action,
    event.before,
    event.after,
    event.reason,
    now,
  );
  yield* chainNewEvents(dialect, event.productionId, [event]);
}

const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * Record a change inside the transaction that makes it. Call it last in the
 * transaction: on PostgreSQL it takes the production's chain lock, which every
 * writer takes after any lock of its own (lib/data/audit-chain.ts).
 */
export async function recordAudit(tx: Tx, by: Auditor, change: AuditChange, now: Date): Promise<void> {
  const event: ChainedContent = {
    id: newId(now.getTime()),
    productionId: by.productionId,
    subject: change.subject,
    sessionId: change.subjectId,
    actorId: by.actorId,
    action: change.action,
    before: json(change.before),
    after: json(change.after),
    reason: change.reason ?? null,
    createdAt: now.toISOString(),
  };
  await runStepsWithPrisma(tx, prismaDialect(tx), insertAndChain(prismaDialect(tx), event, now));
}
