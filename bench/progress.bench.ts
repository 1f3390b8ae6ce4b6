// Production progress (getProductionProgress, the app's code) against a raw
// SQL aggregate over the same data, on the same connection pool, at 10
// thousand and 10 million reps, on SQLite and PostgreSQL.
//   npm run bench                    both databases (BENCH_DB=sqlite|postgresql for one)
//   BENCH_SCALE=small npm run bench  without the 10 M production (smoke test)
// SQLite data is seeded once into bench/.data/ and reused; PostgreSQL is
// seeded into a fresh cluster each run. Prints medians and ratios; asserts nothing.

import { mkdirSync } from "node:fs";
import type { DatabaseKind } from "../lib/server/database-url";
import { DATA_DIR, exitOnSignals, LABEL, selectedDatabases, sqliteUrl, startBenchPostgres } from "./bench-databases";
import { measureInChild } from "./child-measure";
import { describeMachineLoad } from "./machine-load";
import type { ProgressCase } from "./progress-case";
import { BENCH_AS_OF, LARGE, SMALL, smallOnly } from "./scales";
import { describeSeed, ensureBenchDb, type SeedTiming } from "./seed-bench-db";
import { ratio } from "./timing";
import { runMain } from "./run-main";

const TARGET_VS_RAW = 1.5;
const TARGET_GROWTH = 1.5;

const measure = (url: string) => measureInChild<ProgressCase[]>("progress-measure.ts", url);

const num = (n: number) => n.toLocaleString("en-US");

function report(kind: DatabaseKind, seed: SeedTiming | null, cases: ProgressCase[]) {
  console.log(`\n${LABEL[kind]} — ${describeSeed(seed)}`);
  console.log("production     as of        sessions         reps   progress    raw SUM  progress/raw  reps agree");
  for (const c of cases) {
    console.log(
      [
        c.productionId.padEnd(14),
        c.asOf.padEnd(10),
        num(c.sessions).padStart(10),
        num(c.reps).padStart(12),
        `${c.progressMs.toFixed(1)} ms`.padStart(10),
        `${c.rawMs.toFixed(1)} ms`.padStart(10),
        ratio(c.progressMs / c.rawMs).padStart(13),
        (c.progressReps === c.rawReps ? "yes" : `NO (${num(c.progressReps)} vs ${num(c.rawReps)})`).padStart(11),
      ].join(" "),
    );
  }
  const small = cases.find((c) => c.productionId === SMALL.productionId && c.asOf === BENCH_AS_OF);
  const large = cases.find((c) => c.productionId === LARGE.productionId && c.asOf === BENCH_AS_OF);
  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  for (const c of cases) {
    const r = c.progressMs / c.rawMs;
    console.log(`  target progress ≤ ${TARGET_VS_RAW}× raw (${c.productionId}, ${c.asOf}): ${ratio(r)} — ${verdict(r <= TARGET_VS_RAW)}`);
  }
  if (small && large) {
    const growth = large.progressMs / small.progressMs;
    console.log(
      `  growth ${num(small.reps)} → ${num(large.reps)} reps, as of ${BENCH_AS_OF}: progress ${ratio(growth)}, raw SUM ${ratio(large.rawMs / small.rawMs)}` +
        ` — target progress ≤ ${TARGET_GROWTH}×: ${verdict(growth <= TARGET_GROWTH)}`,
    );
  }
}

async function main() {
  exitOnSignals();
  mkdirSync(DATA_DIR, { recursive: true });
  const scales = smallOnly() ? [SMALL] : [SMALL, LARGE];
  console.log(`Production progress: getProductionProgress vs a raw SUM … GROUP BY performer, discipline (median of 9, after 2 warm-ups)`);
  console.log(`Node ${process.version}; ${describeMachineLoad()}`);
  for (const kind of selectedDatabases()) {
    if (kind === "sqlite") {
      const url = sqliteUrl(smallOnly() ? "bench-small.db" : "bench.db");
      const seed = await ensureBenchDb(url, scales);
      report(kind, seed, await measure(url));
    } else {
      const postgres = await startBenchPostgres("pg");
      try {
        const seed = await ensureBenchDb(postgres.url, scales);
        report(kind, seed, await measure(postgres.url));
      } finally {
        postgres.stop();
      }
    }
  }
  console.log(`\nAt the end: ${describeMachineLoad()}`);
}

runMain(main);
