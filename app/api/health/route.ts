import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/data/health";

// GET /api/health: 200 when this node can serve (database reachable and
// migrated), 503 otherwise. No session needed: load balancers call it.

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
