import type { Db } from "../server/db-client";

type SqlClient = Pick<Db, "$executeRaw">;

/**
 * Take the production's write lock inside a transaction, as its first
 * statement. Everything that must hold across concurrent writers of one
 * production — dose limits, take numbers, running totals — is read after it.
 *
 * PostgreSQL (read committed): the no-op UPDATE row-locks the production until
 * commit; a second writer waits here, and its later statements see the first
 * one's committed rows. SQLite: the driver adapter already runs one
 * transaction at a time per process and the database one writer at a time;
 * the UPDATE also turns the transaction into a write transaction at once, so
 * another process (an operator command) cannot slip in between its reads and
 * its writes. Not server-only: the demo seed (plain Node) uses it.
 */
export async function lockProduction(tx: SqlClient, productionId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Production" SET "id" = "id" WHERE "id" = ${productionId}`;
}
