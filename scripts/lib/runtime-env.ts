import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { DEFAULT_DATA_DIR, databaseKind, resolveDatabaseUrl } from "../../lib/server/database-url";

export interface RuntimeEnv {
  port: number;
  databaseUrl: string;
  /** True when DATABASE_URL was not given: the embedded SQLite default. */
  embedded: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * The environment `npm start` runs the app with. Nothing to write by hand: the
 * database defaults to data/stuntbook.db and the session-signing secret is
 * generated once into data/auth-secret (git-ignored), so sessions survive restarts.
 */
export function runtimeEnv(cwd = process.cwd()): RuntimeEnv {
  const port = Number(process.env.PORT?.trim() || 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  const embedded = !process.env.DATABASE_URL?.trim();
  const databaseUrl = resolveDatabaseUrl(process.env.DATABASE_URL, cwd);
  if (databaseKind(databaseUrl) === "postgresql") {
    // PostgreSQL means several nodes behind a load balancer: a secret
    // generated per machine would make each node reject the others' sessions,
    // and a guessed URL would send sign-in to the wrong address.
    const missing = ["NEXTAUTH_SECRET", "NEXTAUTH_URL"].filter((name) => !process.env[name]?.trim());
    if (missing.length) {
      throw new Error(
        `With a PostgreSQL DATABASE_URL, set ${missing.join(" and ")} (the same on every app node; see README "Deployment").`,
      );
    }
  }
  const secret = process.env.NEXTAUTH_SECRET || generatedSecret(path.join(cwd, DEFAULT_DATA_DIR));
  return {
    port,
    databaseUrl,
    embedded,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  };
}

function generatedSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
