// Where the database lives. Shared by the app (lib/env.ts), the Prisma CLI
// (prisma.config.ts) and the scripts, so that all three open the same file.
// Plain Node: no Next, no Prisma.

import path from "node:path";

/** The embedded default: a SQLite file in the git-ignored data folder. */
export const DEFAULT_DATA_DIR = "data";
export const DEFAULT_SQLITE_FILE = "stuntbook.db";

export type DatabaseKind = "sqlite" | "postgresql";

/** PostgreSQL connections per app node; several nodes share the server's max_connections. */
export const DEFAULT_POOL_SIZE = 10;

/**
 * How long a SQLite connection waits for another connection's write lock
 * before failing with SQLITE_BUSY (which Prisma's WASM engine reports as
 * "unknown variant `SocketTimeout`").
 */
export const SQLITE_BUSY_TIMEOUT_MS = {
  // better-sqlite3 is synchronous: a server waiting on a lock blocks its whole
  // event loop, so it waits no longer than better-sqlite3's own default.
  server: 5_000,
  // Operator commands (migrate, create-coordinator, seed, backup) run next to
  // a serving app and nothing waits on them: they wait for the lock rather
  // than die because the app happened to be writing.
  command: 60_000,
} as const;

export function databaseKind(url: string): DatabaseKind {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${redactUrl(url)}"`);
}

/**
 * The URL to use: DATABASE_URL if set, else the embedded SQLite file. A
 * relative `file:` path is made absolute against `cwd`: SQLite would
 * otherwise resolve it against whatever folder each process happens to start in.
 */
export function resolveDatabaseUrl(fromEnv: string | undefined, cwd: string): string {
  const url = fromEnv?.trim() || `file:${path.join(cwd, DEFAULT_DATA_DIR, DEFAULT_SQLITE_FILE)}`;
  if (databaseKind(url) !== "sqlite") return url;
  const file = url.slice("file:".length);
  return `file:${path.resolve(cwd, file)}`;
}

/** The file path of a `file:` URL (query string dropped). */
export function sqliteFilePath(url: string): string {
  return url.slice("file:".length).split("?")[0]!;
}

/** A URL fit for logs and error messages: user, password and query string hidden. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@").replace(/\?.*$/, "?***");
}
