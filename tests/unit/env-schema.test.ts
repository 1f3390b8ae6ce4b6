import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvironmentError, parseEnvironment, type EnvironmentReader, type RawEnvironment } from "@/lib/server/env-schema";

const cwd = path.resolve("/srv/stuntbook");

function problems(raw: RawEnvironment, reader: EnvironmentReader = "server"): string[] {
  try {
    parseEnvironment(raw, cwd, reader);
  } catch (error) {
    if (error instanceof EnvironmentError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnvironment", () => {
  it("gives every variable its documented default (README Configuration)", () => {
    expect(parseEnvironment({}, cwd, "server")).toEqual({
      isProduction: false,
      databaseUrl: `file:${path.join(cwd, "data", "stuntbook.db")}`,
      databaseKind: "sqlite",
      embedded: true,
      databasePoolSize: 10,
      authSecret: "stuntbook-development-only-secret",
      authUrl: undefined,
      port: 3000,
      demo: true,
      trustedProxies: 0,
      smtpUrl: null,
      mailFrom: "Stuntbook <stuntbook@localhost>",
    });
  });

  it("treats empty and blank variables as unset", () => {
    const parsed = parseEnvironment({ PORT: "", DATABASE_POOL_SIZE: " ", DATABASE_URL: "", STUNTBOOK_DEMO: "" }, cwd, "server");
    expect(parsed).toMatchObject({ port: 3000, databasePoolSize: 10, embedded: true, demo: true });
  });

  it("reads the values it is given", () => {
    const parsed = parseEnvironment(
      {
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://app:pw@db.internal:5432/stuntbook",
        DATABASE_POOL_SIZE: "25",
        NEXTAUTH_SECRET: "s3cret",
        NEXTAUTH_URL: "https://stunts.example.com",
        PORT: "8080",
        STUNTBOOK_DEMO: "0",
        TRUSTED_PROXY: "1",
        SMTP_URL: "smtps://stuntbook:pw@mail.example.com:465",
        MAIL_FROM: "Stuntbook <noreply@example.com>",
      },
      cwd,
      "server",
    );
    expect(parsed).toEqual({
      isProduction: true,
      databaseUrl: "postgresql://app:pw@db.internal:5432/stuntbook",
      databaseKind: "postgresql",
      embedded: false,
      databasePoolSize: 25,
      authSecret: "s3cret",
      authUrl: "https://stunts.example.com",
      port: 8080,
      demo: false,
      trustedProxies: 1,
      smtpUrl: "smtps://stuntbook:pw@mail.example.com:465",
      mailFrom: "Stuntbook <noreply@example.com>",
    });
  });

  it("resolves a relative SQLite path against the working directory", () => {
    expect(parseEnvironment({ DATABASE_URL: "file:./db/app.db" }, cwd, "server").databaseUrl).toBe(`file:${path.join(cwd, "db", "app.db")}`);
  });

  it.each([
    [{ DATABASE_POOL_SIZE: "0" }, /^DATABASE_POOL_SIZE must be a whole number of connections ≥ 1/],
    [{ DATABASE_POOL_SIZE: "ten" }, /^DATABASE_POOL_SIZE must be a whole number of connections ≥ 1, got "ten"/],
    [{ DATABASE_POOL_SIZE: "2.5" }, /^DATABASE_POOL_SIZE must be a whole number/],
    [{ PORT: "70000" }, /^PORT must be a port number/],
    [{ PORT: "-1" }, /^PORT must be a port number/],
    [{ TRUSTED_PROXY: "yes" }, /^TRUSTED_PROXY must be the number of proxies in front of the app/],
    [{ SMTP_URL: "mail.example.com" }, /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
    [{ SMTP_URL: "https://mail.example.com" }, /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
    [{ MAIL_FROM: "not an address" }, /^MAIL_FROM must be an address/],
    [{ TRUSTED_PROXY: "11" }, /^TRUSTED_PROXY must be the number of proxies/],
    [{ DATABASE_URL: "mysql://db/stuntbook" }, /^DATABASE_URL must start with file: \(SQLite\) or postgresql:\/\//],
    [{ NEXTAUTH_URL: "stunts.example.com" }, /^NEXTAUTH_URL must be the app's public http:\/\/ or https:\/\/ URL, got "stunts.example.com"/],
    [{ NEXTAUTH_URL: "ftp://stunts.example.com" }, /^NEXTAUTH_URL must be the app's public/],
    [{ STUNTBOOK_DEMO: "no" }, /^STUNTBOOK_DEMO must be "0"/],
    [{ NODE_ENV: "staging" }, /^NODE_ENV must be "development", "production" or "test"/],
  ])("refuses %o, naming the variable", (raw, message) => {
    const found = problems(raw);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it("names every bad variable at once", () => {
    expect(problems({ PORT: "x", DATABASE_POOL_SIZE: "0" }).map((p) => p.split(" ")[0]).sort()).toEqual(["DATABASE_POOL_SIZE", "PORT"]);
  });

  it("refuses a production server without NEXTAUTH_SECRET, but not a development one", () => {
    expect(problems({ NODE_ENV: "production" })).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET must be set in production/)]);
    expect(problems({ NODE_ENV: "production", NEXTAUTH_SECRET: "  " })).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET must be set/)]);
    expect(problems({ NODE_ENV: "development" })).toEqual([]);
  });

  it("lets the launcher on SQLite go without a secret (it generates one), never on PostgreSQL", () => {
    expect(parseEnvironment({ NODE_ENV: "production" }, cwd, "launcher").authSecret).toBeUndefined();
    expect(problems({ DATABASE_URL: "postgresql://db/stuntbook" }, "launcher")).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET must be set with a PostgreSQL DATABASE_URL/),
      expect.stringMatching(/^NEXTAUTH_URL must be set with a PostgreSQL DATABASE_URL/),
    ]);
  });

  it("never prints a database password in its errors", () => {
    const message = (() => {
      try {
        parseEnvironment({ DATABASE_URL: "mysql://app:hunter2@db/stuntbook" }, cwd, "server");
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain("DATABASE_URL");
    expect(message).not.toContain("hunter2");
  });
});
