import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runtimeEnv } from "@/scripts/lib/runtime-env";

afterEach(() => {
  vi.unstubAllEnvs();
});

function clearEnv() {
  for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "PORT"]) vi.stubEnv(name, "");
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
    expect(() => runtimeEnv()).toThrow(/set NEXTAUTH_SECRET and NEXTAUTH_URL/);
    vi.stubEnv("NEXTAUTH_SECRET", "shared-secret");
    expect(() => runtimeEnv()).toThrow(/set NEXTAUTH_URL \(/);
    vi.stubEnv("NEXTAUTH_URL", "https://stuntbook.example");
    const env = runtimeEnv();
    expect(env.embedded).toBe(false);
    expect(env.env.NEXTAUTH_SECRET).toBe("shared-secret");
  });
});
