import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// `npm install` must leave both Prisma clients generated whatever DATABASE_URL
// says: a node installed with its PostgreSQL URL already in the environment
// once got only the PostgreSQL client, and `npm start` then died on the
// missing SQLite one (generated/prisma). The real postinstall runs in a copy
// of the files it reads, so the repository's own generated/ is never
// rewritten under other tests.

const root = process.cwd();
const sandbox = mkdtempSync(path.join(tmpdir(), "stuntbook-postinstall-"));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

function copyInto(relative: string) {
  mkdirSync(path.dirname(path.join(sandbox, relative)), { recursive: true });
  cpSync(path.join(root, relative), path.join(sandbox, relative), { recursive: true });
}

describe("npm install (postinstall)", () => {
  it("generates the SQLite and the PostgreSQL client with a PostgreSQL DATABASE_URL set", () => {
    // What the postinstall reads: the scripts, both schemas, the Prisma config and what it imports.
    for (const file of ["package.json", "prisma.config.ts", "prisma", "scripts", "lib/server/database-url.ts"]) copyInto(file);
    symlinkSync(path.join(root, "node_modules"), path.join(sandbox, "node_modules"), "dir");

    const result = spawnSync("npm", ["run", "postinstall"], {
      cwd: sandbox,
      env: { ...process.env, DATABASE_URL: "postgresql://user:pw@127.0.0.1:1/x", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);

    const sqliteClient = path.join(sandbox, "generated", "prisma", "internal", "class.ts");
    const postgresClient = path.join(sandbox, "generated", "prisma-postgres", "internal", "class.ts");
    expect(existsSync(sqliteClient), output).toBe(true);
    expect(existsSync(postgresClient), output).toBe(true);
    // Each client for its own provider, not one schema generated twice.
    expect(readFileSync(sqliteClient, "utf8")).toMatch(/"activeProvider":\s*"sqlite"/);
    expect(readFileSync(postgresClient, "utf8")).toMatch(/"activeProvider":\s*"postgresql"/);
  }, 60_000);
});
