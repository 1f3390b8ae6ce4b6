// The measuring half of the import bench, run by import.bench.ts in a child
// process per database (the app's modules read DATABASE_URL once). Prints
// one line, `BENCH_RESULT <json>`, on stdout.
//
// The file: IMPORT_ROWS rows in the logbook export's columns, for one
// performer, one discipline, spread over the ten years before the bench's
// "now" (about 27 rows a day: a stress test, not a real logbook). Measured:
// - floor: papaparse reading the same text into rows, nothing else;
// - preview: the app's dry run (decode, parse, validate every row, match
//   disciplines, duplicates and dose limits against the logbook);
// - floor: the same number of rows written as bare multi-row INSERTs in one
//   transaction (bench/batch-insert.ts), no validation, audit or totals;
// - commit: the app's import of the file, one transaction through the
//   session writer (audit rows, running totals, reach days).
// And how long the event loop was held at most (the import is one
// synchronous transaction on SQLite), and the process's peak memory.

import Papa from "papaparse";
import { addDays } from "../lib/domain/calendar-day";
import { BatchInsert } from "./batch-insert";
import { RESULT_PREFIX } from "./progress-case";
import { openSeedConnection } from "./seed-connection";
import { coordinatorOf, disciplineOf, performerOf, SMALL } from "./scales";
import { median, time } from "./timing";
import { runMain } from "./run-main";

export interface ImportCase {
  rows: number;
  bytes: number;
  parseMs: number;
  previewMs: number;
  bareInsertMs: number;
  commitMs: number;
  imported: number;
  loopMaxMs: number;
  peakRssMiB: number;
}

const ROWS = Number(process.env.IMPORT_ROWS ?? 100_000);
const NOW = new Date("2026-12-31T12:00:00Z");
const FIRST_DAY = addDays("2026-12-31", -3650);

function makeFile(discipline: string): string {
  const lines = ["date,discipline,count,durationMinutes,location,notes"];
  for (let i = 0; i < ROWS; i++) {
    const date = addDays(FIRST_DAY, Math.floor((i * 3650) / ROWS));
    lines.push(`${date},${discipline},${1 + (i % 40)},${30 + (i % 90)},Ramp park,"Row ${i}, from the old spreadsheet"`);
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("import-measure.ts is run by import.bench.ts, with DATABASE_URL set");
  const { importLogbook } = await import("../lib/data/sessions");
  const { loadProductionScope } = await import("../lib/data/scope");
  const { getDb } = await import("../lib/server/db");
  const db = await getDb();

  const scale = SMALL;
  const [discipline] = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "Discipline" WHERE "id" = '${disciplineOf(scale, 0)}'`);
  const text = makeFile(discipline!.name);
  const bytes = new TextEncoder().encode(text);
  const scope = await loadProductionScope({ userId: coordinatorOf(scale) }, scale.productionId, NOW);
  const query = { performerId: performerOf(scale, 0), duplicates: "add", fileName: "bench.csv" };

  const parseTimes: number[] = [];
  const previewTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    parseTimes.push(await time(() => Papa.parse<string[]>(text, { skipEmptyLines: true })));
    previewTimes.push(
      await time(async () => {
        const outcome = await importLogbook(scope, { ...query, dryRun: "1" }, async () => bytes, NOW);
        if (!outcome.dryRun || outcome.preview.invalid !== 0) throw new Error(`The preview found problems: ${JSON.stringify(outcome)}`.slice(0, 2000));
      }),
    );
  }

  // The bare floor: the same rows for another performer, straight into the table.
  const connection = await openSeedConnection(url);
  const bareInsertMs = await time(async () => {
    await connection.run("BEGIN", []);
    const insert = new BatchInsert(
      connection,
      "TrainingSession",
      ["id", "productionId", "performerId", "disciplineId", "date", "count", "durationMinutes", "location", "notes", "status", "loggedById", "verifiedById"],
      { updatedAt: "CURRENT_TIMESTAMP" },
    );
    for (let i = 0; i < ROWS; i++) {
      const date = addDays(FIRST_DAY, Math.floor((i * 3650) / ROWS));
      const by = coordinatorOf(scale);
      await insert.add([`bare-${i}`, scale.productionId, performerOf(scale, 1), disciplineOf(scale, 0), date, 1 + (i % 40), 30 + (i % 90), "Ramp park", `Row ${i}`, "verified", by, by]);
    }
    await insert.flush();
    await connection.run("COMMIT", []);
  });
  await connection.close();

  // The longest stretch without a turn of the event loop, from a 5 ms ticker
  // (perf_hooks' monitorEventLoopDelay reported 10 ms across a 3.8 s block).
  let last = performance.now();
  let longestGap = 0;
  const ticker = setInterval(() => {
    const t = performance.now();
    longestGap = Math.max(longestGap, t - last);
    last = t;
  }, 5);
  let imported = 0;
  const commitMs = await time(async () => {
    const outcome = await importLogbook(scope, query, async () => bytes, NOW);
    if (outcome.dryRun) throw new Error("expected a commit");
    imported = outcome.result.imported;
  });
  // The ticker hears of a held loop when it finally runs again: let it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  clearInterval(ticker);

  const result: ImportCase = {
    rows: ROWS,
    bytes: bytes.length,
    parseMs: median(parseTimes),
    previewMs: median(previewTimes),
    bareInsertMs,
    commitMs,
    imported,
    loopMaxMs: longestGap,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
  console.log(`${RESULT_PREFIX}${JSON.stringify(result)}`);
}

runMain(main);
