// `npm start`: everything a fresh machine needs to serve Stuntbook, in order.
// 1. environment (embedded SQLite, generated secret)  2. migrations
// 3. demo data, on an empty embedded database only    4. build if stale
// 5. `next start` (or `next dev` with --dev) on PORT (default 3000).

import { spawn } from "node:child_process";
import { dayInTimeZone } from "../lib/domain/calendar-day";
import { redactUrl } from "../lib/server/database-url";
import { createCommandPrismaClient } from "../lib/server/db-client";
import { DEMO_USERS } from "../lib/demo/demo-plan";
import { demoAccountsTable, seedDemo } from "../lib/demo/seed-demo";
import { buildIfStale } from "./lib/build";
import { migrateDatabase } from "./lib/migrate";
import { chainAuditHistory } from "./lib/chain-history";
import { binPath } from "./lib/run";
import { runtimeEnv } from "./lib/runtime-env";

const dev = process.argv.includes("--dev");
const noDemo = process.argv.includes("--no-demo");

async function main() {
  const runtime = runtimeEnv(process.cwd(), dev ? "development" : "production");
  console.log(`▸ Database: ${runtime.embedded ? "embedded SQLite" : "DATABASE_URL"} (${redactUrl(runtime.databaseUrl)})`);
  await migrateDatabase(runtime.databaseUrl);
  console.log("▸ Migrations applied.");
  const linked = await chainAuditHistory(runtime.databaseUrl);
  if (linked > 0) console.log(`▸ ${linked.toLocaleString("en-US")} audit events of the history linked into the audit chain.`);

  const db = createCommandPrismaClient(runtime.databaseUrl);
  try {
    const users = await db.user.count();
    if (users === 0 && runtime.embedded && runtime.demo && !noDemo) {
      console.log("▸ Empty database: loading the demo production…");
      const result = await seedDemo(db, dayInTimeZone(new Date(), "Europe/Oslo"));
      if (result.seeded) console.log(`  ${result.sessions} training sessions logged.`);
    } else if (users === 0) {
      console.log("▸ No accounts yet. Create the first coordinator: npm run create-coordinator -- --help");
    }
    const demoAccounts = await db.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
    if (demoAccounts > 0) console.log("\n" + demoAccountsTable() + "\n");
  } finally {
    await db.$disconnect();
  }

  if (!dev) await buildIfStale(runtime.env);
  console.log(`▸ Stuntbook at http://localhost:${runtime.port}\n`);
  const child = spawn(
    process.execPath,
    [binPath("next"), dev ? "dev" : "start", "-p", String(runtime.port)],
    { stdio: "inherit", env: runtime.env },
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
