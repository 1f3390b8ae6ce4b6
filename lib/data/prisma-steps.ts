import type { Db } from "../server/db-client";
import type { SqlBody, SqlDialect } from "../server/sql-steps";

// Runs a body of SQL steps (lib/server/sql-steps.ts) through a Prisma client
// or transaction: for the few writers that are not on the hot path (goals,
// the demo seed, the bench seed) but must keep the same running totals as the
// session writer, with the same SQL. Not server-only: the seeds use it.

type RawClient = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">;

function placeholders(sql: string, dialect: SqlDialect): string {
  if (dialect === "sqlite") return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export async function runStepsWithPrisma<T>(db: RawClient, dialect: SqlDialect, body: SqlBody<T>): Promise<T> {
  let next = body.next();
  while (!next.done) {
    const { kind, sql, params } = next.value;
    const text = placeholders(sql, dialect);
    const result = kind === "rows" ? await db.$queryRawUnsafe(text, ...params) : await db.$executeRawUnsafe(text, ...params);
    next = body.next(result);
  }
  return next.value;
}

/** Which dialect a Prisma client speaks (both generated clients record it). */
export function prismaDialect(db: object): SqlDialect {
  return (db as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}
