// `npm run db:migrate`: apply committed migrations to DATABASE_URL (default: the embedded SQLite file).
import { resolveDatabaseUrl } from "../lib/server/database-url";
import { chainAuditHistory } from "./lib/chain-history";
import { migrateDatabase } from "./lib/migrate";

const url = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
migrateDatabase(url)
  .then(() => chainAuditHistory(url))
  .then((linked) => {
    console.log("✔ The database is up to date with every committed migration.");
    if (linked > 0) console.log(`✔ ${linked.toLocaleString("en-US")} audit events of the history linked into the audit chain.`);
  })
  .catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
