// Seeds the benchmark productions into a database (SQLite file or
// PostgreSQL), once: a database that already holds them, generated the same
// way, is only migrated. Rows go in through the plain driver in one
// transaction; then the planner statistics are refreshed and the running
// totals and reach days computed, as the app keeps them on every write.

import { existsSync, rmSync } from "node:fs";
import { refreshGoalReachesWithPrisma } from "../lib/data/goal-reaches";
import { databaseKind, sqliteFilePath } from "../lib/server/database-url";
import { createPrismaClient } from "../lib/server/db-client";
import { migrateDatabase } from "../scripts/lib/migrate";
import type { BenchScale } from "./scales";
import { openSeedConnection, placeholder, type SeedConnection } from "./seed-connection";
import { productionName, seedProduction } from "./seed-production";

async function holdsAll(db: SeedConnection, scales: readonly BenchScale[]): Promise<boolean> {
  try {
    for (const scale of scales) {
      const rows = await db.query<{ name: string }>(
        `SELECT "name" FROM "Production" WHERE "id" = ${placeholder(db.kind, 0)}`,
        [scale.productionId],
      );
      if (rows[0]?.name !== productionName(scale)) return false;
    }
    return true;
  } catch {
    return false; // no tables yet
  }
}

/** One statement on a connection of its own (VACUUM cannot run inside the seed's transaction). */
async function runAlone(url: string, sql: string): Promise<void> {
  const db = await openSeedConnection(url);
  try {
    await db.run(sql, []);
  } finally {
    await db.close();
  }
}

export function removeSqliteFile(url: string) {
  const file = sqliteFilePath(url);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}

/** Seconds spent seeding, per step. */
export interface SeedTiming {
  /** Migrations and the rows themselves. */
  rows: number;
  /** Planner statistics (and VACUUM on PostgreSQL). */
  maintenance: number;
  /** Running totals and reach days, as refreshGoalReaches keeps them. */
  totals: number;
  total: number;
}

export function describeSeed(timing: SeedTiming | null): string {
  if (!timing) return "data reused";
  const s = (n: number) => `${n.toFixed(1)} s`;
  return `seeded in ${s(timing.total)} (rows ${s(timing.rows)}, statistics ${s(timing.maintenance)}, running totals and reach days ${s(timing.totals)})`;
}

/**
 * Makes sure `url` holds `scales`. Returns how long seeding took, or null
 * when the data was already there. A SQLite file holding anything else is
 * replaced; a PostgreSQL database is expected to be fresh (the benches start
 * their own cluster).
 */
export async function ensureBenchDb(url: string, scales: readonly BenchScale[]): Promise<SeedTiming | null> {
  const kind = databaseKind(url);
  if (kind === "sqlite" && existsSync(sqliteFilePath(url))) {
    const existing = await openSeedConnection(url);
    const ready = await holdsAll(existing, scales);
    await existing.close();
    if (ready) {
      // Reused data, current schema: apply any migration committed since it was seeded.
      await migrateDatabase(url);
      return null;
    }
    removeSqliteFile(url);
  }

  const started = performance.now();
  const since = (t: number) => (performance.now() - t) / 1000;
  console.error(`Seeding ${scales.map((s) => s.productionId).join(" + ")} into ${kind === "sqlite" ? sqliteFilePath(url) : "PostgreSQL"}…`);
  await migrateDatabase(url);
  const db = await openSeedConnection(url);
  try {
    // A crash mid-seed loses nothing worth keeping: skip the syncs.
    await db.run(kind === "sqlite" ? "PRAGMA synchronous = OFF" : "SET synchronous_commit = off", []);
    await db.run("BEGIN", []);
    for (const scale of scales) await seedProduction(db, scale);
    await db.run("COMMIT", []);
  } finally {
    await db.close();
  }
  const rows = since(started);

  // Statistics before the totals: on 700,000 freshly loaded rows without them
  // PostgreSQL planned the production-wide refresh so badly that it took 56 s
  // instead of 2. VACUUM too, which sets the visibility map: without it
  // index-only scans visit the table anyway, which a live server (whose
  // autovacuum runs after bulk inserts) would not.
  const maintenanceStarted = performance.now();
  console.error("  refreshing planner statistics…");
  await runAlone(url, kind === "sqlite" ? "ANALYZE" : "VACUUM ANALYZE");
  const maintenance = since(maintenanceStarted);

  const totalsStarted = performance.now();
  console.error("  computing running totals and reach days…");
  const prisma = createPrismaClient(url);
  try {
    for (const scale of scales) await refreshGoalReachesWithPrisma(prisma, { productionId: scale.productionId });
  } finally {
    await prisma.$disconnect();
  }
  await runAlone(url, "ANALYZE");
  const totals = since(totalsStarted);

  const timing: SeedTiming = { rows, maintenance, totals, total: since(started) };
  console.error(`  ${describeSeed(timing)}`);
  return timing;
}
