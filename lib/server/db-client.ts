// Builds a Prisma client for a database URL. No "server-only" marker: the
// command-line scripts (migrate, seed, create-coordinator) use it too.

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgres/client";
import { DEFAULT_POOL_SIZE, SQLITE_BUSY_TIMEOUT_MS, databaseKind } from "./database-url";

// The app is typed against the SQLite client. The PostgreSQL client is
// generated from the same models (prisma/postgres/schema.prisma is derived
// from prisma/schema.prisma), so its rows are identical; only provider
// options differ (transaction isolation levels, insensitive mode), and the
// code uses none of them.
export type Db = PrismaClient;

export function createPrismaClient(
  databaseUrl: string,
  poolSize = DEFAULT_POOL_SIZE,
  sqliteBusyTimeoutMs: number = SQLITE_BUSY_TIMEOUT_MS.server,
): Db {
  if (databaseKind(databaseUrl) === "postgresql") {
    // A connect timeout: an unreachable database fails requests (and the
    // health check) in seconds instead of leaving them hanging.
    const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 5000 });
    return new PostgresPrismaClient({ adapter }) as unknown as Db;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl, timeout: sqliteBusyTimeoutMs }) });
}

/** A client for an operator command (create-coordinator, seed, start's preparation): on SQLite it waits out a serving app's write lock. */
export function createCommandPrismaClient(databaseUrl: string): Db {
  return createPrismaClient(databaseUrl, DEFAULT_POOL_SIZE, SQLITE_BUSY_TIMEOUT_MS.command);
}
