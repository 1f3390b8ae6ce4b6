import "server-only";
import { getDb } from "./db";
import { DatabaseNotReadyError } from "./db-migrations";
import { env } from "./env";
import { EnvironmentError } from "./env-schema";

/**
 * A server must not come up with a bad environment or against a database that
 * is missing migrations: every page would fail later with a confusing error.
 * Refuse at start, naming the variable or the command that fixes it.
 */
export async function refuseToStartMisconfigured(): Promise<void> {
  try {
    env();
    await getDb();
  } catch (error) {
    if (error instanceof EnvironmentError || error instanceof DatabaseNotReadyError) {
      console.error(`\n✖ Stuntbook will not start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
