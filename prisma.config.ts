// Prisma CLI configuration. The CLI runs the WASM schema engine through the
// same driver adapter as the app: the classic engines are native binaries
// downloaded at first use, and no machine of ours can download them.

import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl, sqliteFilePath } from "./lib/database-url";

const url = resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd());
// The schema's datasource reads DATABASE_URL; keep the two in agreement.
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => {
    // better-sqlite3 creates the file but not its folder.
    mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
