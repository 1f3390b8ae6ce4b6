import Database from "better-sqlite3";
import { afterEach, beforeEach, expect, it } from "vitest";
import { sqliteFilePath } from "@/lib/server/database-url";
import { createPrismaClient } from "@/lib/server/db-client";
import { isWaitingOnFile, startNpmScript, waitUntil } from "../support/commands";

// `npm run db:migrate` and `npm run create-coordinator` once died with
// "WASM_ERROR: unknown variant SocketTimeout" (SQLITE_BUSY) while `npm start`
// served the same file. Here a connection plays the serving app: open for the
// whole test, as the app's is, and holding a write lock when the command starts.

const file = sqliteFilePath(process.env.DATABASE_URL!); // this test file's own migrated copy
const env = { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
let app: Database.Database;

beforeEach(() => {
  app = new Database(file);
  app.exec("BEGIN IMMEDIATE");
});

afterEach(() => {
  if (app.inTransaction) app.exec("COMMIT");
  app.close();
});

it("db:migrate on an up-to-date database succeeds while the app holds a write lock", async () => {
  const { code, output } = await startNpmScript("db:migrate", [], env).finished;
  expect(code, output).toBe(0);
  expect(output).toContain("up to date");
}, 30_000);

it("create-coordinator waits for the app's write lock, then succeeds", async () => {
  const command = startNpmScript(
    "create-coordinator",
    ["--email", "maren@example.test", "--name", "Maren Dahl", "--production", "Cliff Jump"],
    { ...env, STUNTBOOK_PASSWORD: "a long enough password" },
  );
  await waitUntil(
    () => isWaitingOnFile(command, file),
    () => !command.isRunning(),
    () => `create-coordinator ended instead of waiting for the lock:\n${command.output()}`,
  );
  app.exec("COMMIT"); // the app's write is done; its connection stays open
  const { code, output } = await command.finished;
  expect(code, output).toBe(0);

  const db = createPrismaClient(`file:${file}`);
  try {
    expect(await db.user.count({ where: { email: "maren@example.test" } })).toBe(1);
  } finally {
    await db.$disconnect();
  }
}, 30_000);
