import "server-only";
import { createPrismaClient, type Db } from "./db-client";
import { assertMigrated } from "./db-migrations";
import { env } from "./env";

export type { Db };

// One client per process, created on first use: `next build` imports this
// module while collecting page data and must not open (or create) a database.
// Kept on globalThis so that dev-mode module reloads do not leak connections.
const holder = globalThis as unknown as { stuntbookDb?: Promise<Db> };

async function connect(): Promise<Db> {
  const { databaseUrl, databasePoolSize } = env();
  const client = createPrismaClient(databaseUrl, databasePoolSize);
  try {
    await assertMigrated(client, databaseUrl);
  } catch (error) {
    // Not cached (see getDb), so each retry makes a new client: close this one.
    await client.$disconnect().catch(() => undefined);
    throw error;
  }
  return client;
}

/** The database, once it is known to be migrated; throws DatabaseNotReadyError otherwise. */
export function getDb(): Promise<Db> {
  holder.stuntbookDb ??= connect().catch((error: unknown) => {
    // Do not cache a failure: the operator may migrate and retry without a restart.
    holder.stuntbookDb = undefined;
    throw error;
  });
  return holder.stuntbookDb;
}
