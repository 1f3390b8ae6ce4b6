// `npm run db:migrate`: apply committed migrations to DATABASE_URL (default: the embedded SQLite file).
import { resolveDatabaseUrl } from "../lib/server/database-url";
import { migrateDatabase } from "./lib/migrate";

const url = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
migrateDatabase(url)
  .then(() => console.log("✔ The database is up to date with every committed migration."))
  .catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
