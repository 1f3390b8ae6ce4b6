// One plain driver connection for seeding, on either database: better-sqlite3
// or pg, with no Prisma in between (Prisma would take minutes for 700,000 rows).

import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, sqliteFilePath, type DatabaseKind } from "../lib/server/database-url";

export interface SeedConnection {
  readonly kind: DatabaseKind;
  /**
   * Run a statement. `shape` names a statement text that recurs (a full
   * batch): it is then prepared once, as parsing a 1,000-row INSERT for every
   * batch would cost as much as running it.
   */
  run(sql: string, params: unknown[], shape?: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** The driver's placeholder for the index-th parameter (0-based). */
export function placeholder(kind: DatabaseKind, index: number): string {
  return kind === "postgresql" ? `$${index + 1}` : "?";
}

function sqliteConnection(url: string): SeedConnection {
  const sqlite = new Database(sqliteFilePath(url));
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string, shape?: string) => {
    if (!shape) return sqlite.prepare(sql);
    let s = prepared.get(shape);
    if (!s) prepared.set(shape, (s = sqlite.prepare(sql)));
    return s;
  };
  return {
    kind: "sqlite",
    run: async (sql, params, shape) => {
      // exec() for statements that return nothing and take no parameters (BEGIN, ANALYZE, PRAGMA…).
      if (params.length === 0 && !shape) sqlite.exec(sql);
      else statement(sql, shape).run(...params);
    },
    query: async <T>(sql: string, params: unknown[] = []) => sqlite.prepare(sql).all(...params) as T[],
    close: async () => {
      sqlite.close();
    },
  };
}

async function postgresConnection(url: string): Promise<SeedConnection> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    kind: "postgresql",
    run: async (sql, params, shape) => {
      await client.query(shape ? { name: shape, text: sql, values: params } : { text: sql, values: params });
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    close: () => client.end(),
  };
}

export async function openSeedConnection(url: string): Promise<SeedConnection> {
  return databaseKind(url) === "postgresql" ? postgresConnection(url) : sqliteConnection(url);
}
