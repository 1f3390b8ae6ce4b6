import "server-only";
import { parseEnvironment } from "./env-schema";

// The only module of the app that reads process.env, through the one schema
// shared with `npm start` (env-schema.ts). Values are read once, on first use,
// not at import: `next build` imports server modules and must not need a
// secret or a database. A server checks them at start-up (instrumentation.ts).

export interface Env {
  databaseUrl: string;
  /** PostgreSQL connections per app node (DATABASE_POOL_SIZE, default 10). */
  databasePoolSize: number;
  authSecret: string;
  /** The origin of NEXTAUTH_URL (the public URL), e.g. "https://stunts.example.com"; null when unset (local runs). */
  appOrigin: string | null;
  isProduction: boolean;
  /** TRUSTED_PROXY: how many proxies' X-Forwarded-For entries to believe (0: none; the client address is then unknown). */
  trustedProxies: number;
  /** SMTP_URL: the digest's mail server; null: no mail is sent. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Where links in mail point: NEXTAUTH_URL's origin, else this machine on its port. */
  publicOrigin: string;
}

let cached: Env | undefined;

/** The validated environment; throws an EnvironmentError naming every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = parseEnvironment(process.env, process.cwd(), "server");
  cached = {
    databaseUrl: parsed.databaseUrl,
    databasePoolSize: parsed.databasePoolSize,
    // parseEnvironment("server") refuses a production server without one and supplies a development secret otherwise.
    authSecret: parsed.authSecret!,
    appOrigin: parsed.authUrl ? new URL(parsed.authUrl).origin : null,
    isProduction: parsed.isProduction,
    trustedProxies: parsed.trustedProxies,
    smtpUrl: parsed.smtpUrl,
    mailFrom: parsed.mailFrom,
    publicOrigin: parsed.authUrl ? new URL(parsed.authUrl).origin : `http://localhost:${parsed.port}`,
  };
  return cached;
}
