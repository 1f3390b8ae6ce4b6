import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { startPostgresCluster } from "../../scripts/lib/postgres-cluster";

export const POSTGRES_TEMPLATE = "stuntbook_template";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/**
 * Start a throw-away PostgreSQL cluster and migrate one template database;
 * every test file then gets its own database copied from it (see
 * postgres-setup.ts). Fails, never skips, when PostgreSQL cannot start.
 */
export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster(path.resolve("tmp", "pg-integration"));
  try {
    const admin = new pg.Client({ connectionString: cluster.url("postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${POSTGRES_TEMPLATE}"`);
    await admin.end();
    await migrateDatabase(cluster.url(POSTGRES_TEMPLATE));
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide("postgresAdminUrl", cluster.url("postgres"));
  return () => cluster.stop();
}
