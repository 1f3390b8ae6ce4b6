// The vocabulary of a writer body (lib/server/sql-writer.ts): a generator that
// yields statements and gets back their rows or their count of changed rows.
// Written once with `?` placeholders and portable SQL; the writer runs it on
// SQLite or PostgreSQL. Plain TypeScript, no driver: the demo seed and the
// tests drive bodies too.

export type SqlDialect = "sqlite" | "postgresql";

export interface Statement {
  kind: "rows" | "count";
  sql: string;
  params: readonly unknown[];
}

export type SqlBody<T> = Generator<Statement, T, unknown>;

/** Rows of a SELECT (or of an INSERT … RETURNING). */
export function* rows<T>(sql: string, ...params: unknown[]): SqlBody<T[]> {
  return (yield { kind: "rows", sql, params }) as T[];
}

/** The first row, or undefined. */
export function* row<T>(sql: string, ...params: unknown[]): SqlBody<T | undefined> {
  return (yield* rows<T>(sql, ...params))[0];
}

/** How many rows an INSERT, UPDATE or DELETE changed. */
export function* run(sql: string, ...params: unknown[]): SqlBody<number> {
  return (yield { kind: "count", sql, params }) as number;
}

/** Which database a body runs on, where SQL must differ (rare: keep it that way). */
export function sqlDialect(url: string): SqlDialect {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** An integer column or aggregate as a number: PostgreSQL returns 64-bit sums and counts as strings. */
export function int(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** A boolean column: SQLite returns 0 or 1, PostgreSQL true or false. */
export function bool(value: unknown): boolean {
  return value === true || value === 1 || value === 1n || value === "1" || value === "t";
}

/** An instant column: PostgreSQL returns a Date, SQLite the ISO text Prisma wrote. */
export function instant(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}
