// `npm run seed:demo`: load the demo production into DATABASE_URL (default: the embedded SQLite file).
import { dayInTimeZone } from "../lib/domain/calendar-day";
import { resolveDatabaseUrl } from "../lib/server/database-url";
import { createCommandPrismaClient } from "../lib/server/db-client";
import { demoAccountsTable, seedDemo } from "../lib/demo/seed-demo";
import { migrateDatabase } from "../scripts/lib/migrate";

async function main() {
  const url = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  await migrateDatabase(url);
  const db = createCommandPrismaClient(url);
  try {
    const result = await seedDemo(db, dayInTimeZone(new Date(), "Europe/Oslo"));
    if (!result.seeded) console.log(`Nothing loaded: ${result.reason}.`);
    else console.log(`Demo production loaded (${result.sessions} training sessions).`);
    console.log(demoAccountsTable());
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
