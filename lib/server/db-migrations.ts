import { readdirSync } from "node:fs";
import path from "node:path";
import { databaseKind, redactUrl, type DatabaseKind } from "./database-url";
import { AppError } from "../domain/errors";

/** Raised when the database is missing migrations: the app refuses to serve rather than fail later. */
export class DatabaseNotReadyError extends AppError {
  constructor(message: string) {
    super(message, 503);
  }
}

interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string): Promise<T>;
}

/** Where each database's migration history lives (PostgreSQL's is generated from SQLite's, same names). */
export function migrationsDir(kind: DatabaseKind, cwd = process.cwd()): string {
  return kind === "postgresql" ? path.join(cwd, "prisma", "postgres", "migrations") : path.join(cwd, "prisma", "migrations");
}

/** Migration folder names committed with the code, in order. */
export function expectedMigrations(kind: DatabaseKind, cwd = process.cwd()): string[] {
  const dir = migrationsDir(kind, cwd);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The committed migrations the database has not finished applying. */
export function missingMigrations(expected: readonly string[], applied: readonly string[]): string[] {
  const done = new Set(applied);
  return expected.filter((name) => !done.has(name));
}

export async function assertMigrated(client: RawQueryable, databaseUrl: string): Promise<void> {
  const where = redactUrl(databaseUrl); // never print a password
  let applied: string[];
  try {
    const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    applied = rows.map((r) => r.migration_name);
  } catch {
    throw new DatabaseNotReadyError(
      `The database at ${where} has no Stuntbook tables. Run \`npm run db:migrate\` (npm start does it for you).`,
    );
  }
  const missing = missingMigrations(expectedMigrations(databaseKind(databaseUrl)), applied);
  if (missing.length > 0) {
    throw new DatabaseNotReadyError(
      `The database at ${where} is missing ${missing.length} migration(s) (${missing.join(", ")}). Run \`npm run db:migrate\`.`,
    );
  }
}
