import "server-only";
import { getDb } from "../server/db";

// Readiness of one app node, for a load balancer: the database answers and
// has every migration this node's code expects (getDb checks that). Says
// nothing about the data, and nothing of the cause: the endpoint is public;
// the cause goes to the node's log.

export type Health = { status: "ok" } | { status: "unavailable" };

export async function checkHealth(): Promise<Health> {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return { status: "ok" };
  } catch (error) {
    console.error(`Health check failed: ${error instanceof Error ? error.message : String(error)}`);
    return { status: "unavailable" };
  }
}
