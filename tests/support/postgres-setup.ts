import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { POSTGRES_TEMPLATE } from "./postgres-global-setup";
import { provideTestDatabase } from "./use-test-database";

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
provideTestDatabase(url.toString());
