import { beforeAll, describe, expect, it } from "vitest";
import { GET as events } from "@/app/api/v1/productions/[productionId]/events/route";
import { getDb, type Db } from "@/lib/server/db";
import { getWeeklyTrends } from "@/lib/data/progress";
import { logTrainingSession } from "@/lib/data/sessions";
import { ForbiddenError } from "@/lib/domain/errors";
import { apiRequest, params } from "../support/api-request";
import { createWorld, type World, scopeOf } from "../support/world";

let db: Db;
let w: World;

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

describe("weekly trends for the dashboard's sparklines", () => {
  it("sums counting reps into 7-day windows ending on asOf, oldest first", async () => {
    const add = (date: string, count: number, status = "verified") =>
      db.trainingSession.create({
        data: { productionId: w.productionId, performerId: w.performer1.userId, disciplineId: w.skydive, date, count, status, loggedById: w.coordinator.userId },
      });
    await add("2026-03-10", 1); // asOf: window 8 (latest)
    await add("2026-03-04", 2); // asOf-6: still the latest window
    await add("2026-03-03", 4); // asOf-7: window 7
    await add("2026-01-14", 8); // asOf-55: the oldest window
    await add("2026-01-13", 16); // asOf-56: outside
    await add("2026-03-09", 32, "rejected"); // never counts
    const trends = await getWeeklyTrends(await scopeOf(w.viewer, w.productionId), "2026-03-10");
    expect(trends.get(w.goalId)).toEqual([8, 0, 0, 0, 0, 0, 4, 3]);
    await expect(getWeeklyTrends(await scopeOf(w.performer1, w.productionId), "2026-03-10")).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("live updates", () => {
  it("a logged session reaches an open event stream of the production", async () => {
    const controller = new AbortController();
    const request = await apiRequest(`/api/v1/productions/${w.productionId}/events`, { actor: w.viewer, signal: controller.signal });
    const response = await events(request, params({ productionId: w.productionId }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toContain(": connected");

    await logTrainingSession(await scopeOf(w.coordinator, w.productionId), { performerId: w.performer2.userId, disciplineId: w.motorbike, date: "2026-03-01", count: 12 });
    const chunk = decoder.decode((await reader.read()).value);
    expect(chunk).toMatch(/^event: change\ndata: \{"kind":"session-logged","at":"[^"]+"\}\n\n$/);
    controller.abort();
  });

  it("refuses a performer before any stream opens", async () => {
    const response = await events(await apiRequest(`/api/v1/productions/${w.productionId}/events`, { actor: w.performer1 }), params({ productionId: w.productionId }));
    expect(response.status).toBe(403);
  });
});
