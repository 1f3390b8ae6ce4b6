import type { Db } from "../server/db-client";
import { run, type SqlBody } from "../server/sql-steps";
import { prismaDialect, runStepsWithPrisma } from "./prisma-steps";

/**
 * The production's write lock, taken inside a transaction as its first
 * statement. Everything that must hold across concurrent writers of one
 * production — dose limits, take numbers, running totals — is read after it.
 *
 * PostgreSQL (read committed): the no-op UPDATE row-locks the production until
 * commit; a second writer waits here, and its later statements see the first
 * one's committed rows. SQLite has one writer at a time already: in a Prisma
 * transaction (which begins deferred) the UPDATE makes it a write transaction
 * at once, so another connection cannot slip in between its reads and its
 * writes; the session writer begins IMMEDIATE and skips it (0.4 ms a write).
 * Not server-only: the demo seed (plain Node) uses it.
 */
const LOCK_SQL = `UPDATE "Production" SET "id" = "id" WHERE "id" = ?`;

/** As a step of a SQL body (the session writer). */
export function* lockProductionStep(productionId: string): SqlBody<void> {
  yield* run(LOCK_SQL, productionId);
}

/** Inside a Prisma transaction (goals, takes). */
export async function lockProduction(tx: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">, productionId: string): Promise<void> {
  await runStepsWithPrisma(tx, prismaDialect(tx), lockProductionStep(productionId));
}
