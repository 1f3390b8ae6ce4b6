import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseKind, sqliteFilePath } from "../../lib/server/database-url";
import { expectedMigrations } from "../../lib/server/db-migrations";
import { applyPostgresMigrations, readPostgresMigrations } from "./postgres-migrate";
import { binPath, runQuietly } from "./run";

/**
 * Bring a database up to date with the committed migrations. Re-running is a
 * no-op: what was applied is recorded in _prisma_migrations.
 * - SQLite: `prisma migrate deploy` through the WASM schema engine.
 * - PostgreSQL: our own applier of prisma/postgres/migrations, which keeps
 *   Prisma's bookkeeping (see postgres-migrate.ts for why).
 */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  if (databaseKind(databaseUrl) === "postgresql") {
    await applyPostgresMigrations(databaseUrl, readPostgresMigrations(expectedMigrations("postgresql")));
    return;
  }
  const file = sqliteFilePath(databaseUrl);
  mkdirSync(path.dirname(file), { recursive: true });
  // WAL lets the wall screen read while a coordinator writes; the mode is
  // stored in the file, so setting it once here is enough.
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  await runQuietly(process.execPath, [binPath("prisma"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
