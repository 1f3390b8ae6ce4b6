import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { POSTGRES_MISSING, findPostgresBin } from "./scripts/lib/postgres-cluster";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // "server-only" throws outside React Server Components; tests import data
  // modules directly, so it becomes an empty module here.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

const integration = (name: string, include: string[], globalSetup: string, setupFile: string): TestProjectInlineConfiguration => ({
  resolve: { alias },
  test: {
    name,
    include,
    environment: "node",
    globalSetup: [globalSetup],
    setupFiles: [setupFile],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

// The integration suite runs twice: on SQLite (the default) and on a
// PostgreSQL cluster the suite starts itself. Without PostgreSQL binaries a
// local run says so loudly and leaves that half out; CI (CI=true) runs it
// anyway, and it fails there with the install command.
const postgres = Boolean(findPostgresBin()) || Boolean(process.env.CI);
if (!postgres) {
  console.warn(`\n⚠ The PostgreSQL integration suite is NOT running. ${POSTGRES_MISSING}\n`);
}

export default defineConfig({
  resolve: { alias },
  test: {
    // Two workers fit the 2-core machines; each gets its own database.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      integration("integration", ["tests/integration/**/*.test.ts", "tests/sqlite/**/*.test.ts"], "tests/support/integration-global-setup.ts", "tests/support/integration-setup.ts"),
      ...(postgres
        ? [integration("integration-postgres", ["tests/integration/**/*.test.ts", "tests/postgres/**/*.test.ts"], "tests/support/postgres-global-setup.ts", "tests/support/postgres-setup.ts")]
        : []),
    ],
  },
});
