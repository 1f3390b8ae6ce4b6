import "server-only";
import { DEFAULT_POOL_SIZE, resolveDatabaseUrl } from "./database-url";

// The only module of the app that reads process.env. Values are read once, on
// first use, not at import: `next build` imports server modules and must not
// need a secret or a database.

export interface Env {
  databaseUrl: string;
  /** PostgreSQL connections per app node (DATABASE_POOL_SIZE, default 10). */
  databasePoolSize: number;
  authSecret: string;
  /** The origin of NEXTAUTH_URL (the public URL), e.g. "https://stunts.example.com"; null when unset (local runs). */
  appOrigin: string | null;
  isProduction: boolean;
}

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const isProduction = process.env.NODE_ENV === "production";
  const authSecret = process.env.NEXTAUTH_SECRET ?? (isProduction ? undefined : "stuntbook-development-only-secret");
  if (!authSecret) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. `npm start` generates one into data/; a deployment must set it (openssl rand -base64 32).",
    );
  }
  const databasePoolSize = Number(process.env.DATABASE_POOL_SIZE ?? DEFAULT_POOL_SIZE);
  if (!Number.isInteger(databasePoolSize) || databasePoolSize < 1) {
    throw new Error(`DATABASE_POOL_SIZE must be a whole number of connections ≥ 1, got "${process.env.DATABASE_POOL_SIZE}"`);
  }
  cached = {
    databaseUrl: resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd()),
    databasePoolSize,
    authSecret,
    appOrigin: originOf(process.env.NEXTAUTH_URL),
    isProduction,
  };
  return cached;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    throw new Error(`NEXTAUTH_URL must be the app's public URL, such as https://stunts.example.com; got "${url}"`);
  }
}
