import { execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { expectedMigrations } from "@/lib/server/db-migrations";
import { binPath } from "@/scripts/lib/run";
import { migrateDatabase } from "@/scripts/lib/migrate";
import { applyPostgresMigrations, migrationChecksum, readPostgresMigrations } from "@/scripts/lib/postgres-migrate";
import { createEmptyDatabase } from "../support/test-database";

const run = promisify(execFile);

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Everything about a database's structure that a migration decides, one sorted line per fact. */
async function structure(url: string): Promise<string[]> {
  const columns = await query<{ line: string }>(
    url,
    `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || COALESCE(column_default, '-') AS line
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  );
  const indexes = await query<{ line: string }>(url, `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
  const constraints = await query<{ line: string }>(
    url,
    `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_prisma_migrations"'`,
  );
  const triggers = await query<{ line: string }>(
    url,
    `SELECT tgrelid::regclass || ' ' || tgname || ' ' || pg_get_triggerdef(oid) AS line FROM pg_trigger WHERE NOT tgisinternal`,
  );
  return [...columns, ...indexes, ...constraints, ...triggers].map((r) => r.line).sort();
}

describe("PostgreSQL migrations", () => {
  it("apply once, record Prisma's bookkeeping, and are a no-op when re-run", async () => {
    const url = await createEmptyDatabase();
    const names = expectedMigrations("postgresql");
    const migrations = readPostgresMigrations(names);
    expect(await applyPostgresMigrations(url, migrations)).toEqual(names);
    expect(await applyPostgresMigrations(url, migrations)).toEqual([]);
    const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null }>(
      url,
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(migrationChecksum(migrations[i]!.sql));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
    }
  });

  it("several nodes migrating one database at once apply each migration exactly once", async () => {
    const url = await createEmptyDatabase();
    const migrations = readPostgresMigrations(expectedMigrations("postgresql"));
    const results = await Promise.all([1, 2, 3].map(() => applyPostgresMigrations(url, migrations)));
    expect(results.flat()).toEqual(expectedMigrations("postgresql"));
    const rows = await query<{ n: string }>(url, `SELECT COUNT(*) AS n FROM _prisma_migrations`);
    expect(Number(rows[0]?.n)).toBe(migrations.length);
  });

  it("a failing migration leaves nothing half-applied and can be retried once fixed", async () => {
    const url = await createEmptyDatabase();
    const good = { name: "20990101000000_good", sql: `CREATE TABLE "Good" ("id" TEXT PRIMARY KEY);` };
    const bad = { name: "20990102000000_bad", sql: `CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nSELECT * FROM "NoSuchTable";` };
    await expect(applyPostgresMigrations(url, [good, bad])).rejects.toThrow(/20990102000000_bad failed and was rolled back: .*NoSuchTable/);
    const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t) => t.table_name).sort()).toEqual(["Good", "_prisma_migrations"]);
    const recorded = await query<{ migration_name: string; finished: boolean; rolled_back: boolean; logs: string | null }>(
      url,
      `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back, logs FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(recorded).toEqual([
      { migration_name: good.name, finished: true, rolled_back: false, logs: null },
      { migration_name: bad.name, finished: false, rolled_back: true, logs: expect.stringContaining("NoSuchTable") },
    ]);
    const fixed = { ...bad, sql: `CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);` };
    expect(await applyPostgresMigrations(url, [good, fixed])).toEqual([fixed.name]);
  });

  it("Prisma's own `migrate status` agrees with what was applied", { timeout: 90_000 }, async () => {
    const url = await createEmptyDatabase();
    await migrateDatabase(url);
    const status = () =>
      run(process.execPath, [binPath("prisma"), "migrate", "status"], {
        env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
    const upToDate = await status();
    expect(upToDate.out).toContain("Database schema is up to date!");
    expect(upToDate.code).toBe(0);

    const newest = expectedMigrations("postgresql").at(-1)!;
    await query(url, `DELETE FROM _prisma_migrations WHERE migration_name = '${newest}'`);
    const behind = await status();
    expect(behind.out).toContain("have not yet been applied");
    expect(behind.out).toContain(newest);
    expect(behind.code).not.toBe(0);
  });

  it("the generated history builds exactly the schema prisma/schema.prisma describes (no drift)", { timeout: 60_000 }, async () => {
    // Migrations applied one by one…
    const migrated = await createEmptyDatabase();
    await migrateDatabase(migrated);
    // …against the schema built in one step from prisma/postgres/schema.prisma,
    // plus the hand-written PostgreSQL parts (prisma/postgres/extras).
    const direct = await createEmptyDatabase();
    const { stdout: ddl } = await run(process.execPath, [
      binPath("prisma"),
      "migrate",
      "diff",
      "--from-empty",
      "--to-schema-datamodel",
      "prisma/postgres/schema.prisma",
      "--script",
    ]);
    const extras = expectedMigrations("postgresql")
      .map((name) => path.join("prisma", "postgres", "extras", `${name}.sql`))
      .flatMap((file) => {
        try {
          return [readFileSync(file, "utf8")];
        } catch {
          return [];
        }
      });
    const scratch = mkdtempSync(path.join(tmpdir(), "drift-"));
    mkdirSync(path.join(scratch, "0_direct"));
    writeFileSync(path.join(scratch, "0_direct", "migration.sql"), [ddl, ...extras].join("\n"));
    await applyPostgresMigrations(direct, [{ name: "0_direct", sql: [ddl, ...extras].join("\n") }]);

    const [a, b] = await Promise.all([structure(migrated), structure(direct)]);
    expect(a.length).toBeGreaterThan(50);
    expect(a).toEqual(b);
  });
});
