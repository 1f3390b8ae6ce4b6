// Import of a 100,000-row logbook file (the app's preview and commit) against
// floors measured in the same run: papaparse alone on the same text, and bare
// multi-row INSERTs of the same rows. On SQLite and PostgreSQL.
//   npm run bench:import              both databases (BENCH_DB=sqlite|postgresql for one)
//   IMPORT_ROWS=10000 npm run bench:import   a smaller file
// Prints figures and ratios; asserts nothing. Each database is seeded with the
// small bench production (bench/scales.ts) in a fresh file or cluster.

import { mkdirSync } from "node:fs";
import { DATA_DIR, exitOnSignals, LABEL, selectedDatabases, sqliteUrl, startBenchPostgres } from "./bench-databases";
import type { ImportCase } from "./import-measure";
import { measureInChild } from "./child-measure";
import { describeMachineLoad } from "./machine-load";
import { SMALL } from "./scales";
import { ensureBenchDb, removeSqliteFile } from "./seed-bench-db";
import { ratio } from "./timing";
import { runMain } from "./run-main";

const measure = (url: string) => measureInChild<ImportCase>("import-measure.ts", url);

const num = (n: number) => n.toLocaleString("en-US");
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function report(label: string, c: ImportCase) {
  console.log(`\n${label}: ${num(c.rows)} rows, ${(c.bytes / 1024 / 1024).toFixed(1)} MiB`);
  console.log(`  papaparse alone (floor)     ${s(c.parseMs).padStart(9)}`);
  console.log(`  preview (dry run)           ${s(c.previewMs).padStart(9)}   ${ratio(c.previewMs / c.parseMs)} the parse floor`);
  console.log(`  bare INSERTs (floor)        ${s(c.bareInsertMs).padStart(9)}`);
  console.log(
    `  import, one transaction     ${s(c.commitMs).padStart(9)}   ${ratio(c.commitMs / c.bareInsertMs)} the insert floor; ${num(Math.round(c.imported / (c.commitMs / 1000)))} rows/s; ${num(c.imported)} imported`,
  );
  console.log(`  event loop held at most     ${s(c.loopMaxMs).padStart(9)}   peak memory ${c.peakRssMiB.toFixed(0)} MiB`);
}

async function main() {
  exitOnSignals();
  mkdirSync(DATA_DIR, { recursive: true });
  console.log(`Logbook import: preview and commit of one file vs papaparse and bare INSERTs — ${describeMachineLoad()}`);
  for (const kind of selectedDatabases()) {
    if (kind === "sqlite") {
      // A fresh file each run: the import adds its rows for good.
      const url = sqliteUrl("import.db");
      removeSqliteFile(url);
      await ensureBenchDb(url, [SMALL]);
      report(LABEL[kind], await measure(url));
    } else {
      const postgres = await startBenchPostgres("pg-import");
      try {
        await ensureBenchDb(postgres.url, [SMALL]);
        report(LABEL[kind], await measure(postgres.url));
      } finally {
        postgres.stop();
      }
    }
  }
  console.log(`\nAt the end: ${describeMachineLoad()}`);
}

runMain(main);
