// Builds a Prisma client for a database URL. No "server-only" marker: the
// command-line scripts (migrate, seed, create-coordinator) use it too.

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgres/client";
import { DEFAULT_POOL_SIZE, databaseKind } from "./database-url";

// The app is typed against the SQLite client. The PostgreSQL client is
// generated from the same models (prisma/postgres/schema.prisma is derived
// from prisma/schema.prisma), so its rows are identical; only provider
// options differ (transaction isolation levels, insensitive mode), and the
// code uses none of them.
export type Db = PrismaClient;

export function createPrismaClient(databaseUrl: string, poolSize = DEFAULT_POOL_SIZE): Db {
  if (databaseKind(databaseUrl) === "postgresql") {
    // A connect timeout: an unreachable database fails requests (and the
    // health check) in seconds instead of leaving them hanging.
    const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 5000 });
    return new PostgresPrismaClient({ adapter }) as unknown as Db;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) });
}
