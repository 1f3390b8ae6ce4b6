import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { POSTGRES_TEMPLATE } from "./postgres-global-setup";

// The PostgreSQL twin of integration-setup.ts: each test file gets its own
// database, copied from the migrated template, on the suite's own cluster.
const adminUrl = inject("postgresAdminUrl");
const database = `test_${randomUUID().replaceAll("-", "")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${POSTGRES_TEMPLATE}"`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
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
