// The measuring half of the progress bench, run by progress.bench.ts in a
// child process per database: the app's modules read DATABASE_URL once and
// keep one client per process, so each database needs its own process.
// Prints one line, `BENCH_RESULT <json>`, on stdout.

import { databaseKind } from "../lib/server/database-url";
import { RESULT_PREFIX, type ProgressCase } from "./progress-case";
import { placeholder } from "./seed-connection";
import { BENCH_AS_OF, BENCH_HISTORICAL_AS_OF, coordinatorOf, LARGE, SMALL, smallOnly, type BenchScale } from "./scales";
import { median, time } from "./timing";

const RUNS = 9;
const WARM_UP = 2;

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("progress-measure.ts is run by progress.bench.ts, with DATABASE_URL set");
  // Imported only now: the app's modules must see DATABASE_URL first.
  const { getDb } = await import("../lib/server/db");
  const { getProductionProgress } = await import("../lib/data/progress");
  const { loadProductionScope } = await import("../lib/data/scope");
  const db = await getDb();
  const kind = databaseKind(url);
  const $ = (i: number) => placeholder(kind, i);

  // The floor: the counting rule of progress (verified, or pending and not a
  // correction, up to asOf) as one grouped SUM, through the app's own client
  // and connection pool.
  const rawSql = `
    SELECT "performerId", "disciplineId",
           SUM("count") AS "done",
           SUM(CASE WHEN "status" = 'verified' THEN "count" ELSE 0 END) AS "verified"
      FROM "TrainingSession"
     WHERE "productionId" = ${$(0)} AND "date" <= ${$(1)}
       AND ("status" = 'verified' OR ("status" = 'pending' AND "correctsId" IS NULL))
     GROUP BY "performerId", "disciplineId"`;
  const raw = (productionId: string, asOf: string) =>
    db.$queryRawUnsafe<{ done: unknown }[]>(rawSql, productionId, asOf);

  const cases: [BenchScale, string][] = smallOnly()
    ? [[SMALL, BENCH_AS_OF], [SMALL, BENCH_HISTORICAL_AS_OF]]
    : [[SMALL, BENCH_AS_OF], [LARGE, BENCH_AS_OF], [LARGE, BENCH_HISTORICAL_AS_OF]];
  const results: ProgressCase[] = [];
  for (const [scale, asOf] of cases) {
    const [stats] = await db.$queryRawUnsafe<{ sessions: unknown; reps: unknown }[]>(
      `SELECT COUNT(*) AS "sessions", SUM("count") AS "reps" FROM "TrainingSession" WHERE "productionId" = ${$(0)}`,
      scale.productionId,
    );
    const actor = { userId: coordinatorOf(scale) };
    const progressTimes: number[] = [];
    const rawTimes: number[] = [];
    let progressReps = 0;
    let rawReps = 0;
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      // Interleaved, so that both see the same machine load.
      const p = await time(async () => {
        const progress = await getProductionProgress(await loadProductionScope(actor, scale.productionId), asOf);
        progressReps = progress.performers.flatMap((m) => m.goals).reduce((sum, g) => sum + g.done, 0);
      });
      const r = await time(async () => {
        rawReps = (await raw(scale.productionId, asOf)).reduce((sum, row) => sum + Number(row.done), 0);
      });
      if (i >= WARM_UP) {
        progressTimes.push(p);
        rawTimes.push(r);
      }
    }
    results.push({
      productionId: scale.productionId,
      asOf,
      sessions: Number(stats?.sessions),
      reps: Number(stats?.reps),
      progressMs: median(progressTimes),
      rawMs: median(rawTimes),
      progressReps,
      rawReps,
    });
  }
  await db.$disconnect();
  console.log(RESULT_PREFIX + JSON.stringify(results));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
