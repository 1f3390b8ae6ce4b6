import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as events } from "@/app/api/v1/productions/[productionId]/events/route";
import { getDb, type Db } from "@/lib/server/db";
import { logTrainingSession } from "@/lib/data/sessions";
import { CHANGE_CHANNEL } from "@/lib/server/live-updates";
import { apiRequest, params } from "../support/api-request";
import { createWorld, type World, scopeOf } from "../support/world";

let db: Db;
let w: World;

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

// A failed NOTIFY is logged, not thrown (the write has committed by then):
// any error logged here is a failure.
const errors = vi.spyOn(console, "error");
afterEach(() => {
  expect(errors).not.toHaveBeenCalled();
});

async function openStream(productionId: string, actor = w.viewer) {
  const controller = new AbortController();
  const request = await apiRequest(`/api/v1/productions/${productionId}/events`, { actor, signal: controller.signal });
  const response = await events(request, params({ productionId }));
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const next = async () => decoder.decode((await reader.read()).value);
  expect(await next()).toContain(": connected");
  return { next, close: () => controller.abort() };
}

describe("live updates across app nodes (PostgreSQL LISTEN/NOTIFY)", () => {
  it("a change announced by another node's connection reaches this node's streams", async () => {
    const stream = await openStream(w.productionId);
    // Another node = another connection to the same database, publishing as the app does.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    const payload = JSON.stringify({ productionId: w.productionId, kind: "session-verified", at: "2026-03-01T10:00:00.000Z" });
    await other.query(`SELECT pg_notify($1, $2)`, [CHANGE_CHANNEL, payload]);
    await other.end();
    expect(await stream.next()).toBe(`event: change\ndata: {"kind":"session-verified","at":"2026-03-01T10:00:00.000Z"}\n\n`);
    stream.close();
  });

  it("a session logged on this node arrives once, and only on its own production's streams", async () => {
    const stream = await openStream(w.productionId);
    const otherProduction = await openStream(w.otherProductionId, w.outsider);
    const leaked: string[] = [];
    void otherProduction.next().then((chunk) => leaked.push(chunk));

    const log = async (date: string, at: string) =>
      logTrainingSession(await scopeOf(w.coordinator, w.productionId), { performerId: w.performer1.userId, disciplineId: w.motorbike, date, count: 3 }, new Date(at));
    await log("2026-03-01", "2026-03-01T08:00:00.000Z");
    await log("2026-03-02", "2026-03-02T08:00:00.000Z");
    // Read back in order: had the first change arrived twice (once from the
    // local publish, once from LISTEN), the second read would repeat it.
    expect(await stream.next()).toContain(`"at":"2026-03-01T08:00:00.000Z"`);
    expect(await stream.next()).toContain(`"at":"2026-03-02T08:00:00.000Z"`);
    expect(leaked).toEqual([]);
    stream.close();
    otherProduction.close();
  });

  it("when the listening connection is cut, it reconnects, tells open screens to refresh, and hears changes again", async () => {
    const stream = await openStream(w.productionId);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const listeners = () =>
      admin
        .query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`)
        .then((r) => r.rows.map((row) => row.pid));
    const [pid] = await listeners();
    expect(pid).toBeDefined();
    await admin.query(`SELECT pg_terminate_backend($1)`, [pid]);

    expect(await stream.next()).toMatch(/^event: change\ndata: \{"kind":"resync","at":"[^"]+"\}\n\n$/);
    const [newPid] = await listeners();
    expect(newPid).toBeDefined();
    expect(newPid).not.toBe(pid);
    const payload = JSON.stringify({ productionId: w.productionId, kind: "session-rejected", at: "2026-03-03T10:00:00.000Z" });
    await admin.query(`SELECT pg_notify($1, $2)`, [CHANGE_CHANNEL, payload]);
    expect(await stream.next()).toContain(`"kind":"session-rejected","at":"2026-03-03T10:00:00.000Z"`);
    await admin.end();
    stream.close();
  });
});
