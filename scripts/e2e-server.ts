// The server the browser tests run against (Playwright's webServer): a fresh
// SQLite database with the demo data plus one account outside every
// production, the current build, `next start` on E2E_PORT.

import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { dayInTimeZone } from "../lib/domain/calendar-day";
import { createPrismaClient } from "../lib/server/db-client";
import { seedDemo } from "../lib/demo/seed-demo";
import { hashPassword } from "../lib/server/password";
import { buildIfStale } from "./lib/build";
import { migrateDatabase } from "./lib/migrate";
import { binPath } from "./lib/run";

export const E2E_OUTSIDER = { email: "outsider@e2e.test", password: "outsider-password" };

async function main() {
  const port = process.env.E2E_PORT ?? "3210";
  const dir = path.resolve("tmp", "e2e");
  rmSync(dir, { recursive: true, force: true });
  const databaseUrl = `file:${path.join(dir, "stuntbook.db")}`;
  await migrateDatabase(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  await seedDemo(db, dayInTimeZone(new Date(), "Europe/Oslo"));
  await db.user.create({
    data: { email: E2E_OUTSIDER.email, name: "Outside Person", passwordHash: await hashPassword(E2E_OUTSIDER.password) },
  });
  await db.$disconnect();

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
  };
  await buildIfStale(env);
  const child = spawn(process.execPath, [binPath("next"), "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
