// Builds a Prisma client for a database URL. No "server-only" marker: the
// command-line scripts (migrate, seed, create-coordinator) use it too.

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseKind } from "./database-url";

export type Db = PrismaClient;

export function createPrismaClient(databaseUrl: string): Db {
  if (databaseKind(databaseUrl) !== "sqlite") {
    throw new Error("This build of Stuntbook runs on SQLite only; set DATABASE_URL to a file: URL.");
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) });
}
