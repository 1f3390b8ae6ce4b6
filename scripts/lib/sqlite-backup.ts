// Online backup and restore of the embedded SQLite database.
//
// A plain copy of data/stuntbook.db while the app serves misses every write
// still in its write-ahead log (data/stuntbook.db-wal) and can catch a page
// half-written. SQLite's backup API copies a consistent snapshot through a
// connection instead, WAL included, while the app keeps writing.

import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS } from "../../lib/server/database-url";
import { expectedMigrations, missingMigrations } from "../../lib/server/db-migrations";

// Pages per backup step after the first: everything. A backup done in steps
// starts over whenever another connection writes between two steps, so under
// steady writes a small step might never finish; one step reads one snapshot.
const ALL_PAGES = 1 << 30;

/** "2026-11-29T21-05-09-123Z": sortable, and legal in a file name everywhere. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, "-");
}

function integrityProblems(db: Database.Database): string[] {
  const rows = db.pragma("integrity_check") as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((message) => message !== "ok");
}

/** Copy `sourceFile` into `target` through SQLite's backup API, via a temporary file renamed at the end. */
async function copyOnline(sourceFile: string, target: string): Promise<void> {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS.command });
  try {
    await source.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  renameSync(partial, target);
}

/**
 * Back the database up into `dir` as stuntbook-<UTC time>.db and return the
 * backup's path. Safe while the app serves: the copy is one consistent
 * snapshot, and every write committed before the backup began is in it.
 */
export async function backupSqlite(databaseFile: string, dir: string, now = new Date()): Promise<string> {
  if (!existsSync(databaseFile)) throw new Error(`There is no database at ${databaseFile} to back up.`);
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `stuntbook-${stamp(now)}.db`);
  await copyOnline(databaseFile, target);
  const copy = new Database(target, { readonly: true });
  try {
    const problems = integrityProblems(copy);
    if (problems.length) throw new Error(`The backup ${target} fails its integrity check: ${problems.join("; ")}`);
  } finally {
    copy.close();
  }
  return target;
}

/** Why `file` is not a Stuntbook database this code can run on, or nothing. */
export function stuntbookDatabaseProblems(file: string): string[] {
  if (!existsSync(file)) return [`${file} does not exist`];
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return [`${file} cannot be opened as a SQLite database (${error instanceof Error ? error.message : error})`];
  }
  try {
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
    );
    const missing = ["_prisma_migrations", "User", "Production", "TrainingSession"].filter((t) => !tables.has(t));
    if (missing.length) return [`${file} is not a Stuntbook database (no ${missing.join(", ")} table)`];
    const problems = integrityProblems(db);
    if (problems.length) return [`${file} fails its integrity check: ${problems.join("; ")}`];
    const applied = (
      db.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as {
        migration_name: string;
      }[]
    ).map((r) => r.migration_name);
    const unknown = missingMigrations(applied, expectedMigrations("sqlite"));
    if (unknown.length) {
      return [`${file} comes from a newer Stuntbook (migrations ${unknown.join(", ")} are not in this checkout)`];
    }
    return [];
  } catch (error) {
    return [`${file} cannot be read as a SQLite database (${error instanceof Error ? error.message : error})`];
  } finally {
    db.close();
  }
}

/**
 * Take `databaseFile` for ourselves, or fail because something (a running
 * server) has it open. In WAL mode every open connection holds a shared lock
 * for as long as it stays open, so an exclusive lock is granted only when no
 * other connection exists, idle ones included.
 */
function takeExclusively(databaseFile: string): Database.Database {
  const db = new Database(databaseFile, { fileMustExist: true, timeout: 2_000 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT;"); // takes the lock, kept until close
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Error && /SQLITE_BUSY|database is locked/i.test(`${(error as { code?: string }).code} ${error.message}`)) {
      throw new Error(`${databaseFile} is in use (is the server running?). Stop it first, then restore.`);
    }
    throw error;
  }
}

/**
 * Replace the database with the backup `backupFile`. Refuses a file that is
 * not a sound Stuntbook database, and a database that something has open.
 * The replaced database is kept next to it; returns its path (none when
 * there was no database yet).
 */
export async function restoreSqlite(databaseFile: string, backupFile: string, now = new Date()): Promise<string | undefined> {
  const problems = stuntbookDatabaseProblems(backupFile);
  if (problems.length) throw new Error(`Not restoring: ${problems.join("; ")}.`);
  mkdirSync(path.dirname(databaseFile), { recursive: true });
  // The new database is written beside the old one, then renamed over it:
  // a failure at any point leaves the current database as it was.
  const incoming = `${databaseFile}.restoring`;
  await copyOnline(backupFile, incoming);
  const incomingProblems = stuntbookDatabaseProblems(incoming);
  if (incomingProblems.length) {
    rmSync(incoming, { force: true });
    throw new Error(`Not restoring: the copy of the backup is not sound (${incomingProblems.join("; ")}).`);
  }
  if (!existsSync(databaseFile)) {
    renameSync(incoming, databaseFile);
    return undefined;
  }
  let current: Database.Database;
  try {
    current = takeExclusively(databaseFile);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  const kept = `${databaseFile}.before-restore-${stamp(now)}`;
  try {
    await current.backup(kept, { progress: () => ALL_PAGES });
    // Folds the write-ahead log into the old file and deletes it: a WAL left
    // beside the new file would be replayed into it.
    current.pragma("journal_mode = DELETE");
    for (const suffix of ["-wal", "-shm"]) rmSync(databaseFile + suffix, { force: true });
    renameSync(incoming, databaseFile);
  } finally {
    current.close();
    rmSync(incoming, { force: true });
  }
  return kept;
}
