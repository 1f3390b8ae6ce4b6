import "server-only";
import type { ProductionScope } from "../../domain/scope";
import { publishProductionChange, type ProductionChangeKind } from "../../server/live-updates";
import { getSqlWriter } from "../../server/sql-writer";
import type { SqlBody } from "../../server/sql-steps";
import { addToGoalTotals, refreshGoalReaches, type AddedReps } from "../goal-reaches";
import { lockPerformersStep } from "../production-lock";
import { insertAudit, insertAudits, insertOtherAudit, type AuditRow, type OtherAuditRow } from "./sql";
import { chainNewEvents } from "../audit-chain";
import type { ChainedContent } from "../../domain/audit-chain";

// The one way a training session is written. Every create, edit, delete,
// verify, reject and correction runs its body inside `writeSessions`, which:
//   1. opens a transaction on the database driver (lib/server/sql-writer.ts);
//      the body locks the performers it writes for (`lock`) before it reads
//      their records, so its checks (dose limits, "still pending", "one
//      correction at a time") read a state no concurrent writer can change
//      before commit;
//   2. lets the body write, appending its audit events through `audit`;
//   3. brings the running totals and reach days of every performer x
//      discipline the body touched up to date, in the same transaction (a
//      full recompute, or for a single new entry an increment when no reach
//      day can move: goal-reaches.ts, addToGoalTotals);
//   4. after commit, tells open screens that the production changed.
// Nothing outside lib/data/sessions/ imports this module (the lint walls
// check it), so no caller can forget a step.

export interface SessionWrite {
  now: Date;
  /** Take the write locks of these performers' records; once per transaction, before reading them. */
  lock(performerIds: readonly string[]): SqlBody<void>;
  /** Append an audit event (written in this transaction). */
  audit(event: Omit<AuditRow, "productionId" | "actorId">): SqlBody<void>;
  /** Append an event about another subject this write changes (a take), chained with the rest. */
  auditOther(event: Omit<OtherAuditRow, "productionId" | "actorId">): SqlBody<void>;
  /** Append many audit events in few statements (an import), in order. */
  auditMany(events: readonly Omit<AuditRow, "productionId" | "actorId">[]): SqlBody<void>;
  /** Mark a performer x discipline whose counting sessions changed (its totals are recomputed). */
  touch(performerId: string, disciplineId: string): void;
  /** Mark one new counting entry: its totals grow by it, recomputed only when a reach day could move. */
  added(performerId: string, disciplineId: string, reps: AddedReps): void;
}

/**
 * Whose write it is: the production, and the member the audit log names as
 * its actor. A request's scope is one; an outside witness's signature, which
 * has no signed-in member, names the member who made the witness link.
 */
export type WriterScope = Pick<ProductionScope, "actor"> & { production: Pick<ProductionScope["production"], "id"> };

export async function writeSessions<T>(
  scope: WriterScope,
  kind: ProductionChangeKind,
  now: Date,
  body: (write: SessionWrite) => SqlBody<T>,
): Promise<T> {
  const productionId = scope.production.id;
  const result = await getSqlWriter().transaction(function* (dialect) {
    // Per transaction: what this body changed, and whose records it locked.
    const touched = new Map<string, { performerId: string; disciplineId: string; full: boolean; added: AddedReps[] }>();
    const mark = (performerId: string, disciplineId: string) => {
      const key = `${performerId}\u0000${disciplineId}`;
      const entry = touched.get(key) ?? { performerId, disciplineId, full: false, added: [] };
      touched.set(key, entry);
      return entry;
    };
    const locked = new Set<string>();
    // The events this transaction appends to the audit log, in order: linked into the chain before commit.
    const audited: ChainedContent[] = [];
    const value = yield* body({
      now,
      lock: function* (performerIds) {
        // Locks taken in two calls could be taken in two orders by two transactions: a deadlock.
        if (locked.size) throw new Error("writeSessions: lock() once per transaction, with every performer");
        for (const id of performerIds) locked.add(id);
        yield* lockPerformersStep(dialect, productionId, performerIds);
      },
      audit: function* (event) {
        for (const c of yield* insertAudit({ ...event, productionId, actorId: scope.actor.userId }, now)) audited.push(c);
      },
      auditOther: function* (event) {
        for (const c of yield* insertOtherAudit({ ...event, productionId, actorId: scope.actor.userId }, now)) audited.push(c);
      },
      auditMany: function* (events) {
        // One by one: spreading 200,000 events of an import into push() overflows the stack.
        for (const c of yield* insertAudits(events.map((event) => ({ ...event, productionId, actorId: scope.actor.userId })), now)) audited.push(c);
      },
      touch: (performerId, disciplineId) => {
        mark(performerId, disciplineId).full = true;
      },
      added: (performerId, disciplineId, reps) => {
        mark(performerId, disciplineId).added.push(reps);
      },
    });
    for (const { performerId, disciplineId, full, added } of touched.values()) {
      // A write for a performer whose records it did not lock could race another writer's totals.
      if (!locked.has(performerId)) throw new Error(`writeSessions: wrote for ${performerId} without locking their records`);
      const pair = { productionId, performerId, disciplineId };
      const quick = !full && added.length === 1 && (yield* addToGoalTotals(pair, added[0]!));
      if (!quick) yield* refreshGoalReaches(pair);
    }
    // Last, after the performer locks: the chain's lock is always the last one taken.
    yield* chainNewEvents(dialect, productionId, audited);
    return value;
  });
  await publishProductionChange(productionId, kind, now);
  return result;
}
