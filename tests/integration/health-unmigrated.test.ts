import { describe, expect, it, vi } from "vitest";
import { createEmptyDatabase } from "../support/test-database";

// This file's node points at an empty database (set before the app first
// reads its environment): the health check must take it out of rotation.
process.env.DATABASE_URL = await createEmptyDatabase();
const { GET } = await import("@/app/api/health/route");

describe("GET /api/health on an unmigrated database", () => {
  it("is 503 and names no cause (the node's log does)", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/Health check failed: .*npm run db:migrate/));
  });
});
