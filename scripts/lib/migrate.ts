import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS, databaseKind, sqliteFilePath } from "../../lib/server/database-url";
import { expectedMigrations, missingMigrations } from "../../lib/server/db-migrations";
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
  const pending = pendingSqliteMigrations(file);
  // Up to date: done, without `prisma migrate deploy`. Its schema engine sets
  // `locking_mode=EXCLUSIVE`, so it needs the file to itself, and a serving
  // app keeps a connection open for good: `create-coordinator` or a repeated
  // `db:migrate` next to `npm start` would otherwise always fail.
  if (pending.length === 0) return;
  try {
    await runQuietly(process.execPath, [binPath("prisma"), "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  } catch (error) {
    // SQLITE_BUSY reaches us as the WASM engine's "unknown variant `SocketTimeout`".
    if (error instanceof Error && error.message.includes("SocketTimeout")) {
      throw new Error(
        `${pending.length} migration(s) to apply (${pending.join(", ")}), but another process kept ${file} open: ` +
          "applying migrations needs the database to itself. Stop the server (npm start), then run `npm run db:migrate` again.",
      );
    }
    throw error;
  }
}

/** Committed migrations the SQLite file has not finished applying (all of them on a new file). */
function pendingSqliteMigrations(file: string): string[] {
  // Plain reads and a journal mode are all this needs: they wait out a
  // serving app's write lock, and never need the file to themselves.
  const sqlite = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS.command });
  try {
    // WAL lets the wall screen read while a coordinator writes; the mode is
    // stored in the file, so setting it once here is enough.
    sqlite.pragma("journal_mode = WAL");
    const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    const applied = table
      ? sqlite
          .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
          .all()
          .map((row) => (row as { migration_name: string }).migration_name)
      : [];
    return missingMigrations(expectedMigrations("sqlite"), applied);
  } finally {
    sqlite.close();
  }
}
