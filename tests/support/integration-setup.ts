import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { INTEGRATION_DIR, TEMPLATE_DB } from "./integration-global-setup";

// Each test file gets its own copy of the migrated template: files never
// see each other's rows, and two workers never share a SQLite file. The URL
// is always a file under tmp/: tests can never touch a configured database.
const file = path.join(INTEGRATION_DIR, `test-${process.env.VITEST_POOL_ID ?? "0"}-${randomUUID()}.db`);
copyFileSync(TEMPLATE_DB, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.NEXTAUTH_SECRET = "integration-test-secret";
delete process.env.NEXTAUTH_URL;

const holder = globalThis as {
  stuntbookDb?: Promise<{ $disconnect(): Promise<void> }>;
  stuntbookListener?: { close(): Promise<void> };
};
holder.stuntbookDb = undefined;

afterAll(async () => {
  await holder.stuntbookListener?.close();
  holder.stuntbookListener = undefined;
  await (await holder.stuntbookDb)?.$disconnect();
  holder.stuntbookDb = undefined;
});
