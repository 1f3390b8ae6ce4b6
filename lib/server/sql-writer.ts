import "server-only";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, sqliteFilePath } from "./database-url";
import { env } from "./env";
import { sqlDialect, type SqlBody, type SqlDialect, type Statement } from "./sql-steps";

// Runs a write transaction on the database driver itself, without Prisma.
// The session writer is the hot path of the product (every rep logged goes
// through it): through Prisma's client each statement cost 0.5–2.6 ms of CPU
// in its WASM query compiler, through the driver tens of microseconds
// (docs/decisions/0002-session-writer.md has the figures).
//
// A body is a generator of statements (lib/server/sql-steps.ts), so the same
// code runs on both databases:
// - SQLite: the whole transaction runs synchronously, from BEGIN IMMEDIATE
//   to COMMIT, on a connection of its own. No other JavaScript runs in
//   between, so Prisma's connection in the same process never meets our write
//   lock (better-sqlite3 would wait for it synchronously, blocking the very
//   event loop that must release it). If another connection (Prisma's, or an
//   operator command) holds the write lock, BEGIN IMMEDIATE fails at once and
//   we wait asynchronously and try again.
// - PostgreSQL: a client from a small pool of its own; statements are awaited
//   in one transaction; the production row lock serializes writers across
//   nodes (lib/data/production-lock.ts).

export interface SqlWriter {
  readonly dialect: SqlDialect;
  /** Run a body in one write transaction; it gets the dialect for the rare statement that differs. */
  transaction<T>(body: (dialect: SqlDialect) => SqlBody<T>): Promise<T>;
  /** Run a body of reads outside any transaction (the request scope: one cheap lookup per request). */
  read<T>(body: () => SqlBody<T>): Promise<T>;
  close(): Promise<void>;
}

const BUSY_RETRY_MS = [1, 2, 5, 10, 20, 50];

// Statements run through the writer, for whoever listens: tests count what a
// screen or a write issues (tests/integration/query-counts.test.ts). Nothing
// listens in production; the cost is one check per statement.
const listeners = ((globalThis as unknown as { stuntbookSqlListeners?: Set<(step: Statement) => void> }).stuntbookSqlListeners ??= new Set());

/** Call `listener` with every statement run until the returned function is called. */
export function observeStatements(listener: (step: Statement) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(step: Statement) {
  if (listeners.size) for (const listener of listeners) listener(step);
}
/** How long a writer waits for another connection's write lock before giving up (as SQLite's busy timeout would). */
const BUSY_GIVE_UP_MS = 10_000;

/** A value as the driver takes it: SQLite stores instants as Prisma does (ISO text), booleans as 0/1. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === undefined) return null;
  return value;
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED";
}

export function createSqliteWriter(url: string): SqlWriter {
  // timeout 0: never block the event loop waiting for a lock (see above).
  const db = new Database(sqliteFilePath(url), { timeout: 0 });
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const execute = (step: Statement): unknown => {
    announce(step);
    const statement = prepare(step.sql);
    const params = step.params.map(sqliteValue);
    if (step.kind === "rows") return statement.reader ? statement.all(...params) : (statement.run(...params), []);
    return statement.run(...params).changes;
  };

  const drive = <T>(steps: SqlBody<T>): T => {
    let next = steps.next();
    while (!next.done) next = steps.next(execute(next.value));
    return next.value;
  };

  return {
    dialect: "sqlite",
    // Synchronous too: between two requests' transactions, never inside one.
    async read(body) {
      return drive(body());
    },
    async transaction(body) {
      const started = Date.now();
      for (let attempt = 0; ; attempt++) {
        try {
          db.exec("BEGIN IMMEDIATE");
        } catch (error) {
          if (!isBusy(error) || Date.now() - started > BUSY_GIVE_UP_MS) throw error;
          await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS[Math.min(attempt, BUSY_RETRY_MS.length - 1)]));
          continue;
        }
        // From BEGIN to COMMIT: synchronous, in this one turn of the event
        // loop, so no other request can use this connection meanwhile.
        try {
          const value = drive(body("sqlite"));
          db.exec("COMMIT");
          return value;
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
      }
    },
    async close() {
      db.close();
    },
  };
}

/** `?` placeholders, written once for both databases, become PostgreSQL's `$1, $2…`. */
export function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// Prisma's PostgreSQL columns for instants are TIMESTAMP(3), without a zone,
// holding UTC. pg's defaults send a Date as local time with an offset (which
// such a column silently drops) and read one back as local time: on a server
// whose TZ is not UTC every instant would shift by the offset. So instants go
// out as UTC text and come back read as UTC, as Prisma's adapter does.
const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

function postgresValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}

const postgresTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_WITHOUT_TIME_ZONE && format !== "binary"
      ? (text: string) => new Date(`${text.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as "text")) as pg.CustomTypesConfig["getTypeParser"],
};

export function createPostgresWriter(url: string, poolSize: number): SqlWriter {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000, types: postgresTypes });
  const texts = new Map<string, string>();
  const drive = async <T>(client: pg.Pool | pg.PoolClient, steps: SqlBody<T>): Promise<T> => {
    let next = steps.next();
    while (!next.done) {
      const step = next.value;
      announce(step);
      let text = texts.get(step.sql);
      if (!text) texts.set(step.sql, (text = toPostgresPlaceholders(step.sql)));
      const result = await client.query(text, step.params.map(postgresValue));
      next = steps.next(step.kind === "rows" ? result.rows : (result.rowCount ?? 0));
    }
    return next.value;
  };
  return {
    dialect: "postgresql",
    async read(body) {
      return drive(pool, body());
    },
    async transaction(body) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const value = await drive(client, body("postgresql"));
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

// One writer per process, on globalThis like the Prisma client (dev reloads).
const holder = globalThis as unknown as { stuntbookSqlWriter?: SqlWriter };

/** PostgreSQL connections of the writer's own pool (session writes and request scopes), next to DATABASE_POOL_SIZE. */
const WRITER_POOL_SIZE = 6;

/** The process's writer for the configured database, opened on first use. */
export function getSqlWriter(): SqlWriter {
  if (!holder.stuntbookSqlWriter) {
    const { databaseUrl } = env();
    holder.stuntbookSqlWriter =
      databaseKind(databaseUrl) === "postgresql" ? createPostgresWriter(databaseUrl, WRITER_POOL_SIZE) : createSqliteWriter(databaseUrl);
  }
  return holder.stuntbookSqlWriter;
}

export { sqlDialect };
