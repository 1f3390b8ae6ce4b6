// Applies prisma/postgres/migrations to a PostgreSQL database, offline.
//
// Why not `prisma migrate deploy`: through the WASM schema engine (the only
// engine that runs without a download) it fails on PostgreSQL with "Column type
// 'name' could not be deserialized" (adapter-pg 6.19 cannot read the `name`
// columns the engine introspects). This does what deploy does, and keeps
// Prisma's bookkeeping: the same _prisma_migrations table, the same SHA-256
// checksums of migration.sql and the same advisory lock key, so that
// `prisma migrate status` / `deploy` on a machine that can run Prisma's native
// engine see these migrations as applied (tests/integration/postgres-migrations.test.ts).

import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const POSTGRES_MIGRATIONS_DIR = path.join("prisma", "postgres", "migrations");

// Prisma's migrate engine serialises migrators with this key (migration-engine
// postgres connector); using the same one keeps ours and Prisma's apart.
const PRISMA_ADVISORY_LOCK = 72707369;

// Prisma's own definition of its table (PostgreSQL connector).
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export interface MigrationFile {
  name: string;
  sql: string;
}

export function readPostgresMigrations(names: readonly string[], dir = POSTGRES_MIGRATIONS_DIR): MigrationFile[] {
  return names.map((name) => ({ name, sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Apply every migration not yet recorded; returns the names applied (empty = already up to date). */
export async function applyPostgresMigrations(url: string, migrations: readonly MigrationFile[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Several app nodes may start (and migrate) at once: one at a time.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations" ORDER BY "started_at"`,
    );
    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was not rolled back; its error is in _prisma_migrations.logs. ` +
          `Fix the database, then mark it rolled back (UPDATE "_prisma_migrations" SET "rolled_back_at" = now() WHERE "migration_name" = '${failed.migration_name}').`,
      );
    }
    const done = new Map(rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => [r.migration_name, r]));
    for (const migration of migrations) {
      const row = done.get(migration.name);
      if (row && row.checksum !== migrationChecksum(migration.sql)) {
        console.warn(`! ${migration.name} was edited after it was applied (checksum differs); it is not re-run.`);
      }
    }
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => !done.has(m.name))) {
      const checksum = migrationChecksum(migration.sql);
      try {
        // PostgreSQL DDL is transactional: the migration and the row that
        // records it commit together or not at all, so a node killed halfway
        // leaves neither a half-applied schema nor an unfinished record.
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await client.query("ROLLBACK").catch(() => undefined);
        // Keep the failure where Prisma keeps it, already marked rolled back
        // (nothing of it was applied), so a fixed migration can simply run again.
        await client
          .query(
            `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "logs", "rolled_back_at", "applied_steps_count")
             VALUES ($1, $2, $3, now(), $4, now(), 0)`,
            [randomUUID(), checksum, migration.name, message],
          )
          .catch(() => undefined);
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${message}`);
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => undefined);
    await client.end();
  }
}
