// Production progress at two scales, next to a raw better-sqlite3 aggregate
// over the same data in the same process (the floor: one grouped SUM).
//   npm run bench            (first run seeds bench/.data/bench.db, ~1 min)
// Prints milliseconds (median of several runs) and ratios; asserts nothing.

import path from "node:path";
import { mkdirSync } from "node:fs";
import Database from "better-sqlite3";
import { BENCH_AS_OF, ensureBenchDb, LARGE, SMALL, type BenchScale } from "./seed-bench-db";

const RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main() {
  const dir = path.resolve("bench", ".data");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "bench.db");
  await ensureBenchDb(file);

  // The app's modules read DATABASE_URL on first use.
  process.env.DATABASE_URL = `file:${file}`;
  const { getProductionProgress } = await import("../lib/data/progress");
  const raw = new Database(file, { readonly: true });
  const rawAggregate = raw.prepare(
    `SELECT "performerId", "disciplineId", SUM("count") AS done, SUM(CASE WHEN "status" = 'verified' THEN "count" ELSE 0 END) AS verified
       FROM "TrainingSession"
      WHERE "productionId" = ? AND "status" IN ('pending', 'verified') AND "date" <= ?
      GROUP BY "performerId", "disciplineId"`,
  );
  const stats = raw.prepare(`SELECT COUNT(*) AS sessions, SUM("count") AS reps FROM "TrainingSession" WHERE "productionId" = ?`);

  const rows: { scale: BenchScale; sessions: number; reps: number; app: number; floor: number }[] = [];
  for (const scale of [SMALL, LARGE]) {
    const actor = { userId: `${scale.productionId}-coordinator` };
    const { sessions, reps } = stats.get(scale.productionId) as { sessions: number; reps: number };
    const app: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      // Interleaved, so that both see the same machine load; the first two are warm-up.
      const a = await time(() => getProductionProgress(actor, scale.productionId, BENCH_AS_OF));
      const f = await time(() => rawAggregate.all(scale.productionId, BENCH_AS_OF));
      if (i >= 2) {
        app.push(a);
        floor.push(f);
      }
    }
    rows.push({ scale, sessions, reps, app: median(app), floor: median(floor) });
  }

  const fmt = (n: number) => n.toFixed(1).padStart(8);
  console.log(`\nProduction progress, as of ${BENCH_AS_OF}, median of ${RUNS} runs (ms)`);
  console.log("scale                      sessions        reps   progress  raw SUM   ratio");
  for (const r of rows) {
    console.log(
      `${r.scale.productionId.padEnd(20)} ${String(r.sessions).padStart(12)} ${String(r.reps).padStart(11)} ${fmt(r.app)} ${fmt(r.floor)} ${(r.app / r.floor).toFixed(2).padStart(6)}×`,
    );
  }
  const [small, large] = rows as [(typeof rows)[number], (typeof rows)[number]];
  console.log(`growth from ${small.reps.toLocaleString("en-US")} to ${large.reps.toLocaleString("en-US")} reps: progress ${(large.app / small.app).toFixed(1)}×, raw SUM ${(large.floor / small.floor).toFixed(1)}×`);
  raw.close();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
