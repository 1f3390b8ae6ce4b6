import type { Db } from "../server/db-client";
import { run, type SqlBody, type SqlDialect } from "../server/sql-steps";
import { prismaDialect, runStepsWithPrisma } from "./prisma-steps";

// Write locks, taken inside a transaction before anything they protect is read.
// Not server-only: the demo seed (plain Node) uses them.
//
// SQLite has one writer at a time already. The session writer begins
// IMMEDIATE (it holds the write lock from its first statement); a Prisma
// transaction begins deferred, and the production UPDATE below makes it a
// write transaction at once, so that no other connection slips in between its
// reads and its writes.
//
// PostgreSQL (read committed) needs real locks; a second writer waits on them,
// and its later statements see the first one's committed rows.

/**
 * The whole production: its row, locked by a no-op UPDATE until commit. For
 * writes that number or count across performers (takes, the last coordinator).
 */
const PRODUCTION_LOCK_SQL = `UPDATE "Production" SET "id" = "id" WHERE "id" = ?`;

export function* lockProductionStep(productionId: string): SqlBody<void> {
  yield* run(PRODUCTION_LOCK_SQL, productionId);
}

/** Inside a Prisma transaction (takes, members). */
export async function lockProduction(tx: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">, productionId: string): Promise<void> {
  await runStepsWithPrisma(tx, prismaDialect(tx), lockProductionStep(productionId));
}

/**
 * Performers' training records in a production: what a session write reads
 * and keeps (dose limits, the one-correction rule, sign-off state, running
 * totals) belongs to one performer, so writers for different performers need
 * not wait for each other. On PostgreSQL, transaction-scoped advisory locks on
 * a hash of production and performer (a collision only makes two writers take
 * turns), taken in sorted order so that two transactions can never wait on
 * each other in a cycle. A transaction takes all its locks in one call.
 */
export function* lockPerformersStep(dialect: SqlDialect, productionId: string, performerIds: readonly string[]): SqlBody<void> {
  if (dialect === "sqlite") return;
  for (const performerId of [...new Set(performerIds)].sort()) {
    // run, not rows: the function returns void, which Prisma's raw queries cannot deserialize.
    yield* run(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, `${productionId}/${performerId}`);
  }
}

/** Inside a Prisma transaction (a new goal refreshes the same totals as the session writer). */
export async function lockPerformer(tx: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">, productionId: string, performerId: string): Promise<void> {
  const dialect = prismaDialect(tx);
  await runStepsWithPrisma(tx, dialect, dialect === "sqlite" ? lockProductionStep(productionId) : lockPerformersStep(dialect, productionId, [performerId]));
}

/**
 * The production and every member's training records: for a change that every
 * session and goal writer must see before or after, never halfway (archiving
 * a discipline). Same order as every other writer: production, then the
 * performers sorted, then (in the caller) the audit chain.
 */
export async function lockProductionAndPerformers(tx: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe" | "membership">, productionId: string): Promise<void> {
  await lockProduction(tx, productionId);
  const dialect = prismaDialect(tx);
  if (dialect === "sqlite") return;
  const members = await tx.membership.findMany({ where: { productionId }, select: { userId: true } });
  await runStepsWithPrisma(tx, dialect, lockPerformersStep(dialect, productionId, members.map((m) => m.userId)));
}
