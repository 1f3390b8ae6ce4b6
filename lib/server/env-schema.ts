// The environment Stuntbook runs with: one zod schema, read by the server
// (lib/server/env.ts, checked at start-up by instrumentation.ts) and by the
// launcher (`npm start`, scripts/lib/runtime-env.ts). Plain Node: no Next, no
// "server-only", so the scripts can import it. README "Configuration" lists
// the same variables; keep the two in step.

import { z } from "zod";
import { DEFAULT_POOL_SIZE, databaseKind, resolveDatabaseUrl, type DatabaseKind } from "./database-url";

export const DEFAULT_PORT = 3000;

/** Signs development sessions only: a production server without NEXTAUTH_SECRET refuses to start. */
const DEVELOPMENT_SECRET = "stuntbook-development-only-secret";

// An empty or blank variable counts as unset (`PORT= npm start` serves on the default port).
const unsetIfBlank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfBlank, schema.optional());

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: (issue) => `must be ${what}, got "${String(issue.input)}"` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: `must be ${what}` });

export const environmentSchema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"], { error: 'must be "development", "production" or "test"' })),
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .refine((url) => /^(file:|postgres(ql)?:\/\/)/i.test(url), {
        error: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
      }),
  ),
  DATABASE_POOL_SIZE: optional(wholeNumber("a whole number of connections ≥ 1", 1, 10_000)),
  NEXTAUTH_SECRET: optional(z.string()),
  NEXTAUTH_URL: optional(
    z
      .string()
      .trim()
      .refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol), {
        error: (issue) => `must be the app's public http:// or https:// URL, got "${String(issue.input)}"`,
      }),
  ),
  PORT: optional(wholeNumber("a port number (1 to 65535)", 1, 65_535)),
  TRUSTED_PROXY: optional(wholeNumber("the number of proxies in front of the app that append to X-Forwarded-For (0 to 10)", 0, 10)),
  STUNTBOOK_DEMO: optional(z.enum(["0", "1"], { error: 'must be "0" (never load the demo) or "1"' })),
  SMTP_URL: optional(
    z
      .string()
      .trim()
      .refine((url) => URL.canParse(url) && /^smtps?:$/.test(new URL(url).protocol), {
        error: "must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.com:465",
      }),
  ),
  MAIL_FROM: optional(z.string().trim().regex(/^[^\s<>@]+@[^\s<>@]+$|^[^<>]*<[^\s<>@]+@[^\s<>@]+>$/, { error: 'must be an address, e.g. stuntbook@example.com or "Stuntbook <stuntbook@example.com>"' })),
});

export interface Environment {
  isProduction: boolean;
  /** DATABASE_URL, or the embedded SQLite file; a relative file: path made absolute. */
  databaseUrl: string;
  databaseKind: DatabaseKind;
  /** True when DATABASE_URL was not given: the embedded SQLite default. */
  embedded: boolean;
  /** PostgreSQL connections per app node. */
  databasePoolSize: number;
  /** NEXTAUTH_SECRET; on the server outside production, a development-only fallback. */
  authSecret: string | undefined;
  authUrl: string | undefined;
  port: number;
  /** False with STUNTBOOK_DEMO=0: never load the demo. */
  demo: boolean;
  /** TRUSTED_PROXY: proxies in front of the app whose X-Forwarded-For entries are believed (0: none). */
  trustedProxies: number;
  /** SMTP_URL: where the daily digest is sent through; null: no mail is sent. */
  smtpUrl: string | null;
  /** MAIL_FROM: the digest's sender. */
  mailFrom: string;
}

/**
 * Who reads the environment, for the rules that differ:
 * - "server" (the Next.js process): a production server needs NEXTAUTH_SECRET.
 * - "launcher" (`npm start`): it generates a secret for the embedded database,
 *   but on PostgreSQL (several nodes behind a load balancer) a per-machine
 *   secret would make each node reject the others' sessions and a guessed URL
 *   would send sign-in to the wrong address, so both must be set.
 */
export type EnvironmentReader = "server" | "launcher";

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The environment is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvironmentError";
  }
}

/** Variables as process.env holds them (a plain record, so tests and the launcher can pass their own). */
export type RawEnvironment = Readonly<Record<string, string | undefined>>;

export function parseEnvironment(raw: RawEnvironment, cwd: string, reader: EnvironmentReader): Environment {
  const parsed = environmentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new EnvironmentError(parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
  }
  const vars = parsed.data;
  const databaseUrl = resolveDatabaseUrl(vars.DATABASE_URL, cwd);
  const kind = databaseKind(databaseUrl);
  const isProduction = vars.NODE_ENV === "production";

  const problems: string[] = [];
  if (reader === "launcher" && kind === "postgresql") {
    for (const name of ["NEXTAUTH_SECRET", "NEXTAUTH_URL"] as const) {
      if (!vars[name]) problems.push(`${name} must be set with a PostgreSQL DATABASE_URL (the same on every app node; see README "Deployment")`);
    }
  }
  if (reader === "server" && isProduction && !vars.NEXTAUTH_SECRET) {
    problems.push("NEXTAUTH_SECRET must be set in production. `npm start` generates one into data/; a deployment sets it (openssl rand -base64 32)");
  }
  if (problems.length) throw new EnvironmentError(problems);

  return {
    isProduction,
    databaseUrl,
    databaseKind: kind,
    embedded: vars.DATABASE_URL === undefined,
    databasePoolSize: vars.DATABASE_POOL_SIZE ?? DEFAULT_POOL_SIZE,
    authSecret: vars.NEXTAUTH_SECRET ?? (reader === "server" && !isProduction ? DEVELOPMENT_SECRET : undefined),
    authUrl: vars.NEXTAUTH_URL,
    port: vars.PORT ?? DEFAULT_PORT,
    demo: vars.STUNTBOOK_DEMO !== "0",
    trustedProxies: vars.TRUSTED_PROXY ?? 0,
    smtpUrl: vars.SMTP_URL ?? null,
    mailFrom: vars.MAIL_FROM ?? "Stuntbook <stuntbook@localhost>",
  };
}
