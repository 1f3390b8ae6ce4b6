// `npm run backup [-- --dir backups]`: a consistent copy of the embedded
// SQLite database, taken while the app serves, as <dir>/stuntbook-<UTC time>.db.
// On PostgreSQL, use pg_dump (README "Backups").

import { parseArgs } from "node:util";
import path from "node:path";
import { databaseKind, redactUrl, resolveDatabaseUrl, sqliteFilePath } from "../lib/server/database-url";
import { backupSqlite } from "./lib/sqlite-backup";

const USAGE = `Usage: npm run backup [-- --dir FOLDER]   (default folder: backups/)`;

async function main() {
  const { values } = parseArgs({ options: { dir: { type: "string", default: "backups" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const url = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  if (databaseKind(url) === "postgresql") {
    throw new Error(
      `DATABASE_URL is PostgreSQL (${redactUrl(url)}): back it up with pg_dump, e.g.\n` +
        `  pg_dump --format=custom --file=stuntbook-$(date +%F).dump "$DATABASE_URL"\n(see README "Backups").`,
    );
  }
  const file = await backupSqlite(sqliteFilePath(url), path.resolve(values.dir!));
  console.log(`✔ Backed up ${sqliteFilePath(url)} to ${file} (integrity checked).`);
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
