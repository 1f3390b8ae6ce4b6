// Which databases a bench runs on, and where they live. BENCH_DB=sqlite or
// BENCH_DB=postgresql runs one; by default both, SQLite first.

import path from "node:path";
import type { DatabaseKind } from "../lib/server/database-url";
import { startPostgresCluster } from "../scripts/lib/postgres-cluster";

export const DATA_DIR = path.resolve("bench", ".data");

export const LABEL: Record<DatabaseKind, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

export function selectedDatabases(): DatabaseKind[] {
  const choice = process.env.BENCH_DB?.toLowerCase();
  if (!choice) return ["sqlite", "postgresql"];
  if (choice === "sqlite") return ["sqlite"];
  if (choice === "postgresql" || choice === "postgres") return ["postgresql"];
  throw new Error(`BENCH_DB must be sqlite or postgresql, got "${process.env.BENCH_DB}"`);
}

export const sqliteUrl = (file: string) => `file:${path.join(DATA_DIR, file)}`;

export interface BenchPostgres {
  url: string;
  stop(): void;
}

/**
 * A throw-away PostgreSQL 15 cluster in bench/.data/<folder>, emptied on
 * start. Durable commits (fsync on), like a real server: SQLite syncs too.
 * Stopped when the process exits, however it exits.
 */
export async function startBenchPostgres(folder: string): Promise<BenchPostgres> {
  const cluster = await startPostgresCluster(path.join(DATA_DIR, folder), { fast: false });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    cluster.stop();
  };
  process.once("exit", stop);
  return { url: cluster.url("postgres"), stop };
}

/** Ctrl-C and kill run the exit handlers (servers, clusters) instead of leaving them behind. */
export function exitOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));
}
