import "server-only";
import type { ProductionScope } from "../../domain/scope";
import { getDb, type Db } from "../../server/db";
import { publishProductionChange, type ProductionChangeKind } from "../../server/live-updates";
import { recordAudit, type AuditEventInput } from "../audit";
import { refreshGoalReaches } from "../goal-reaches";
import { lockProduction } from "../production-lock";

// The one way a training session is written. Every create, edit, delete,
// verify, reject and correction runs its body inside `writeSessions`, which:
//   1. opens a transaction and takes the production's lock first, so the
//      body's checks (dose limits, "still pending", "one correction at a
//      time") read a state no concurrent writer can change before commit;
//   2. lets the body write, appending its audit events through `audit`;
//   3. refreshes the running totals and reach days of every performer x
//      discipline the body touched, in the same transaction;
//   4. after commit, tells open screens that the production changed.
// Nothing outside lib/data/sessions/ imports this module (the lint walls
// check it), so no caller can forget a step.

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface SessionWrite {
  tx: Tx;
  /** Append an audit event (written in this transaction). */
  audit(event: Omit<AuditEventInput, "productionId" | "actorId" | "at">): Promise<void>;
  /** Mark a performer x discipline whose counting sessions changed. */
  touch(performerId: string, disciplineId: string): void;
}

export async function writeSessions<T>(
  scope: ProductionScope,
  kind: ProductionChangeKind,
  now: Date,
  body: (write: SessionWrite) => Promise<T>,
): Promise<T> {
  const db = await getDb();
  const productionId = scope.production.id;
  const touched = new Map<string, { performerId: string; disciplineId: string }>();
  const result = await db.$transaction(async (tx) => {
    await lockProduction(tx, productionId);
    const value = await body({
      tx,
      audit: (event) => recordAudit(tx, { ...event, productionId, actorId: scope.actor.userId, at: now }),
      touch: (performerId, disciplineId) => touched.set(`${performerId}\u0000${disciplineId}`, { performerId, disciplineId }),
    });
    for (const { performerId, disciplineId } of touched.values()) {
      await refreshGoalReaches(tx, { productionId, performerId, disciplineId });
    }
    return value;
  });
  await publishProductionChange(productionId, kind, now);
  return result;
}
