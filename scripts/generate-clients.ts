// `npm install` (postinstall): generate both Prisma clients, the SQLite one
// (generated/prisma) and the PostgreSQL one (generated/prisma-postgres),
// whatever DATABASE_URL says. The app imports both, whichever database it uses.
//
// Each schema is named explicitly (--schema wins over prisma.config.ts, which
// picks a schema from DATABASE_URL), and DATABASE_URL is left out of the
// CLI's environment: generating needs no database, while the SQLite schema's
// datasource reads env("DATABASE_URL"), and a postgresql:// URL there makes
// the CLI fall back to downloading the native query engine, which fails offline.

import path from "node:path";
import { binPath, run } from "./lib/run";

const SCHEMAS = [path.join("prisma", "schema.prisma"), path.join("prisma", "postgres", "schema.prisma")];

async function main() {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  for (const schema of SCHEMAS) {
    await run(process.execPath, [binPath("prisma"), "generate", "--schema", schema], { env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
