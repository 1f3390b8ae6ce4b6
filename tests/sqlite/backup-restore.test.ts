import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "@/lib/server/database-url";
import { createPrismaClient } from "@/lib/server/db-client";
import { startNpmScript, waitUntil } from "../support/commands";
import { createWorld, type World } from "../support/world";

// `npm run backup` takes a consistent copy of the embedded database while the
// app keeps writing; `npm run restore` puts one back, refusing anything that
// is not a sound Stuntbook database and a database something has open.

const file = sqliteFilePath(process.env.DATABASE_URL!); // this test file's own migrated copy
const backups = mkdtempSync(path.join(tmpdir(), "stuntbook-backups-"));
let world: World;

type Row = Record<string, unknown>;
function readAll(dbFile: string, sql: string): Row[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as Row[];
  } finally {
    db.close();
  }
}
const sessionIds = (dbFile: string) => readAll(dbFile, `SELECT id FROM "TrainingSession" ORDER BY id`).map((r) => r.id as string);
const allSessions = (dbFile: string) => readAll(dbFile, `SELECT * FROM "TrainingSession" ORDER BY id`);

async function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return startNpmScript(script, args, env).finished;
}

beforeAll(async () => {
  const db = createPrismaClient(`file:${file}`);
  try {
    world = await createWorld(db);
  } finally {
    await db.$disconnect();
  }
});

afterAll(() => rmSync(backups, { recursive: true, force: true }));

describe("npm run backup and npm run restore (SQLite)", () => {
  let backup: string;
  let committedBeforeBackup: string[];

  it("backs up while sessions are being written: the copy is sound and holds every row committed before it began", async () => {
    const writer = spawn(
      process.execPath,
      ["--import", "tsx", "tests/support/sqlite-session-writer.ts", file, world.productionId, world.performer1.userId, world.skydive, world.coordinator.userId],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    let writerRunning = true;
    const writerExited = new Promise<number | null>((resolve) => writer.on("exit", (code) => ((writerRunning = false), resolve(code))));
    try {
      // The writer is really writing before the backup starts.
      await waitUntil(() => sessionIds(file).length >= 20, () => !writerRunning, () => "The session writer stopped before writing");
      committedBeforeBackup = sessionIds(file);
      const { code, output } = await runScript("backup", ["--dir", backups]);
      expect(code, output).toBe(0);
      backup = /to (\S+stuntbook-[^\s]+\.db)/.exec(output)![1]!;
      expect(path.dirname(backup)).toBe(backups);
      // ...and was still writing when the backup finished: the backup did not stop the app.
      const atBackupEnd = sessionIds(file).length;
      await waitUntil(() => sessionIds(file).length > atBackupEnd, () => !writerRunning, () => "The session writer stopped during the backup");
    } finally {
      writer.kill("SIGTERM");
      await writerExited;
    }

    expect(readAll(backup, "PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    const inBackup = new Set(sessionIds(backup));
    expect(committedBeforeBackup.filter((id) => !inBackup.has(id))).toEqual([]);
    expect(sessionIds(file).length).toBeGreaterThan(inBackup.size); // writes went on after the snapshot
  }, 60_000);

  it("refuses to restore while the database is in use, and changes nothing", async () => {
    const before = allSessions(file);
    const server = new Database(file); // an idle connection, as a serving app keeps
    try {
      server.prepare(`SELECT count(*) FROM "User"`).get();
      const { code, output } = await runScript("restore", [backup]);
      expect(code).toBe(1);
      expect(output).toMatch(/is in use \(is the server running\?\)\. Stop it first/);
    } finally {
      server.close();
    }
    expect(allSessions(file)).toEqual(before);
  }, 30_000);

  it("refuses a file that is not a Stuntbook database, and changes nothing", async () => {
    const before = allSessions(file);
    const text = path.join(backups, "notes.db");
    writeFileSync(text, "not a database at all");
    const other = path.join(backups, "other.db");
    new Database(other).exec("CREATE TABLE t (x)").close();

    const asText = await runScript("restore", [text]);
    expect(asText.code).toBe(1);
    expect(asText.output).toMatch(/Not restoring: .*notes\.db cannot be (opened|read) as a SQLite database/);
    const asOther = await runScript("restore", [other]);
    expect(asOther.code).toBe(1);
    expect(asOther.output).toMatch(/Not restoring: .*other\.db is not a Stuntbook database \(no _prisma_migrations, User, Production, TrainingSession table\)/);
    expect(allSessions(file)).toEqual(before);
  }, 30_000);

  it("restores the database to the backup's content, keeping the one it replaced", async () => {
    const replaced = allSessions(file);
    const { code, output } = await runScript("restore", [backup]);
    expect(code, output).toBe(0);
    expect(allSessions(file)).toEqual(allSessions(backup));
    expect(readAll(file, "PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    const kept = /kept as (\S+)\./.exec(output)![1]!;
    expect(allSessions(kept)).toEqual(replaced);

    // The app opens the restored database as usual.
    const db = createPrismaClient(`file:${file}`);
    try {
      expect(await db.trainingSession.count()).toBe(sessionIds(backup).length);
    } finally {
      await db.$disconnect();
    }
  }, 30_000);

  it("on PostgreSQL, points to pg_dump and pg_restore", async () => {
    const env = { ...process.env, DATABASE_URL: "postgresql://app:secret@127.0.0.1:1/stuntbook" };
    const dump = await runScript("backup", [], env);
    expect(dump.code).toBe(1);
    expect(dump.output).toContain("pg_dump --format=custom");
    expect(dump.output).not.toContain("secret");
    const restore = await runScript("restore", ["stuntbook.dump"], env);
    expect(restore.code).toBe(1);
    expect(restore.output).toContain("pg_restore --clean");
  }, 30_000);
});
