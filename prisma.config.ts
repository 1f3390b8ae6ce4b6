// Prisma CLI configuration. The CLI runs the WASM schema engine through the
// same driver adapter as the app: the classic engines are native binaries
// downloaded at first use, and no machine of ours can download them.
//
// DATABASE_URL picks the schema: a file: URL (or none) is the SQLite source of
// truth, a postgresql:// URL the PostgreSQL schema derived from it. On
// PostgreSQL use `npm run db:migrate`, not `prisma migrate deploy` (see
// scripts/lib/postgres-migrate.ts); `prisma migrate status` works.

import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { SQLITE_BUSY_TIMEOUT_MS, databaseKind, resolveDatabaseUrl, sqliteFilePath } from "./lib/server/database-url";

const url = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
// The SQLite schema's datasource reads DATABASE_URL; keep the two in agreement.
process.env.DATABASE_URL = url;
const postgres = databaseKind(url) === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations") },
  adapter: async () => {
    if (postgres) return new PrismaPg({ connectionString: url });
    // better-sqlite3 creates the file but not its folder.
    mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
    // `migrate deploy` may run while the app serves the same file: wait for its write lock.
    return new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS.command });
  },
});
