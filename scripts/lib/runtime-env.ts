import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { DEFAULT_DATA_DIR } from "../../lib/server/database-url";
import { parseEnvironment } from "../../lib/server/env-schema";

export interface RuntimeEnv {
  port: number;
  databaseUrl: string;
  /** True when DATABASE_URL was not given: the embedded SQLite default. */
  embedded: boolean;
  /** False with STUNTBOOK_DEMO=0. */
  demo: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * The environment `npm start` runs the app with, validated by the same schema
 * as the server (lib/server/env-schema.ts). Nothing to write by hand: the
 * database defaults to data/stuntbook.db and the session-signing secret is
 * generated once into data/auth-secret (git-ignored), so sessions survive restarts.
 */
export function runtimeEnv(cwd = process.cwd(), nodeEnv: "production" | "development" = "production"): RuntimeEnv {
  const launcher = parseEnvironment(process.env, cwd, "launcher");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: nodeEnv,
    PORT: String(launcher.port),
    DATABASE_URL: launcher.databaseUrl,
    NEXTAUTH_SECRET: launcher.authSecret ?? generatedSecret(path.join(cwd, DEFAULT_DATA_DIR)),
    NEXTAUTH_URL: launcher.authUrl ?? `http://localhost:${launcher.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // What the server will check at start-up, checked before migrating and building.
  parseEnvironment(env, cwd, "server");
  return { port: launcher.port, databaseUrl: launcher.databaseUrl, embedded: launcher.embedded, demo: launcher.demo, env };
}

function generatedSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
