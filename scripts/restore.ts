// `npm run restore -- <backup file>`: replace the embedded SQLite database
// with a backup made by `npm run backup`. Stop the server first: a database
// in use is refused. The replaced database is kept beside it.
// On PostgreSQL, use pg_restore (README "Backups").

import { parseArgs } from "node:util";
import path from "node:path";
import { databaseKind, redactUrl, resolveDatabaseUrl, sqliteFilePath } from "../lib/server/database-url";
import { restoreSqlite } from "./lib/sqlite-backup";

const USAGE = `Usage: npm run restore -- BACKUP_FILE   (stop the server first)`;

async function main() {
  const { values, positionals } = parseArgs({ options: { help: { type: "boolean" } }, allowPositionals: true });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const url = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  if (databaseKind(url) === "postgresql") {
    throw new Error(
      `DATABASE_URL is PostgreSQL (${redactUrl(url)}): restore a pg_dump file with pg_restore, e.g.\n` +
        `  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" stuntbook-2026-11-25.dump\n(see README "Backups").`,
    );
  }
  const database = sqliteFilePath(url);
  const backup = path.resolve(positionals[0]!);
  const kept = await restoreSqlite(database, backup);
  console.log(`✔ Restored ${backup} into ${database}.`);
  if (kept) console.log(`  The database it replaced is kept as ${kept}.`);
  console.log("  Start the server again: npm start (it applies any newer migrations).");
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
