import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runtimeEnv } from "@/scripts/lib/runtime-env";

afterEach(() => {
  vi.unstubAllEnvs();
});

function clearEnv() {
  for (const name of ["DATABASE_URL", "DATABASE_POOL_SIZE", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "PORT", "STUNTBOOK_DEMO"]) vi.stubEnv(name, "");
}

describe("runtimeEnv (npm start)", () => {
  it("on a fresh machine: embedded SQLite, a generated secret kept in data/, the local URL", () => {
    clearEnv();
    const cwd = mkdtempSync(path.join(tmpdir(), "runtime-env-"));
    const first = runtimeEnv(cwd);
    expect(first.embedded).toBe(true);
    expect(first.databaseUrl).toBe(`file:${path.join(cwd, "data", "stuntbook.db")}`);
    expect(first.env.NEXTAUTH_SECRET).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    expect(first.env.NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(runtimeEnv(cwd).env.NEXTAUTH_SECRET).toBe(first.env.NEXTAUTH_SECRET);
  });

  it("on PostgreSQL, refuses to invent a per-node secret or URL", () => {
    clearEnv();
    vi.stubEnv("DATABASE_URL", "postgresql://app@db.internal/stuntbook");
    expect(() => runtimeEnv()).toThrow(/NEXTAUTH_SECRET must be set with a PostgreSQL DATABASE_URL[\s\S]*NEXTAUTH_URL must be set/);
    vi.stubEnv("NEXTAUTH_SECRET", "shared-secret");
    expect(() => runtimeEnv()).toThrow(/The environment is not valid:\n {2}- NEXTAUTH_URL must be set[^\n]*$/);
    vi.stubEnv("NEXTAUTH_URL", "https://stuntbook.example");
    const env = runtimeEnv();
    expect(env.embedded).toBe(false);
    expect(env.env.NEXTAUTH_SECRET).toBe("shared-secret");
  });

  it("refuses a bad variable before migrating or building, naming it", () => {
    clearEnv();
    vi.stubEnv("PORT", "80a");
    expect(() => runtimeEnv(mkdtempSync(path.join(tmpdir(), "runtime-env-")))).toThrow(/PORT must be a port number/);
  });

  it("serves on the default port when PORT is empty, and passes the validated values to the server", () => {
    clearEnv();
    vi.stubEnv("STUNTBOOK_DEMO", "0");
    const runtime = runtimeEnv(mkdtempSync(path.join(tmpdir(), "runtime-env-")), "development");
    expect(runtime.port).toBe(3000);
    expect(runtime.demo).toBe(false);
    expect(runtime.env).toMatchObject({ PORT: "3000", NODE_ENV: "development", NEXTAUTH_URL: "http://localhost:3000" });
  });
});
