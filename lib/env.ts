import "server-only";
import { resolveDatabaseUrl } from "./database-url";

// The only module of the app that reads process.env. Values are read once, on
// first use, not at import: `next build` imports server modules and must not
// need a secret or a database.

export interface Env {
  databaseUrl: string;
  authSecret: string;
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
  cached = {
    databaseUrl: resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd()),
    authSecret,
    isProduction,
  };
  return cached;
}
