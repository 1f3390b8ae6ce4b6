import "server-only";
import { getDb } from "./db";
import { DatabaseNotReadyError } from "./db-migrations";

/**
 * A server must not come up against a database that is missing migrations:
 * every page would fail later with a confusing error. Refuse at start, with
 * the command that fixes it.
 */
export async function refuseUnmigratedDatabase(): Promise<void> {
  try {
    await getDb();
  } catch (error) {
    if (error instanceof DatabaseNotReadyError) {
      console.error(`\n✖ Stuntbook will not start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
