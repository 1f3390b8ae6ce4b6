import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { migrateDatabase } from "../../scripts/lib/migrate";

export const INTEGRATION_DIR = path.resolve("tmp", "integration");
export const TEMPLATE_DB = path.join(INTEGRATION_DIR, "template.db");

/** Migrate one template database; every test file then starts from a copy of it (see integration-setup.ts). */
export default async function setup() {
  rmSync(INTEGRATION_DIR, { recursive: true, force: true });
  mkdirSync(INTEGRATION_DIR, { recursive: true });
  await migrateDatabase(`file:${TEMPLATE_DB}`);
}
