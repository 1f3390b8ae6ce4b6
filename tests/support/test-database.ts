import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { databaseKind } from "@/lib/server/database-url";

// Helpers for the few integration tests that need a database other than the
// test file's own (which integration-setup.ts / postgres-setup.ts provide).

/** The kind of database this run of the integration suite uses. */
export function testDatabaseKind() {
  return databaseKind(process.env.DATABASE_URL!);
}

/** A new, empty (unmigrated) database of the same kind as the suite's. */
export async function createEmptyDatabase(): Promise<string> {
  const current = process.env.DATABASE_URL!;
  if (databaseKind(current) === "sqlite") {
    return `file:${path.resolve("tmp", "integration", `empty-${randomUUID()}.db`)}`;
  }
  const name = `empty_${randomUUID().replaceAll("-", "")}`;
  const admin = new URL(current);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(current);
  url.pathname = `/${name}`;
  return url.toString();
}
