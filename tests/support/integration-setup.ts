import { randomUUID } from "node:crypto";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { INTEGRATION_DIR, TEMPLATE_DB } from "./integration-global-setup";
import { provideTestDatabase } from "./use-test-database";

// Each test file gets its own copy of the migrated template: files never
// see each other's rows, and two workers never share a SQLite file. The URL
// is always a file under tmp/: tests can never touch a configured database.
const file = path.join(INTEGRATION_DIR, `test-${process.env.VITEST_POOL_ID ?? "0"}-${randomUUID()}.db`);
copyFileSync(TEMPLATE_DB, file);
provideTestDatabase(`file:${file}`);
