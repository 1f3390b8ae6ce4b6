// Import of a logbook file, through the real route handler: a preview that
// writes nothing, a commit that writes every row or none, duplicates skipped
// or added, dose limits, and the round trip from the export.

import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as getExport } from "@/app/api/v1/productions/[productionId]/export/route";
import { POST as postImport } from "@/app/api/v1/productions/[productionId]/imports/route";
import { logTrainingSession, rejectTrainingSession } from "@/lib/data/sessions";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, params } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function importAs(actor: Actor, world: World, csv: string | Uint8Array<ArrayBuffer>, query: Record<string, string>, contentType = "text/csv") {
  const request = await apiRequest(`/api/v1/productions/${world.productionId}/imports?${new URLSearchParams(query)}`, {
    actor,
    method: "POST",
    rawBody: csv,
    contentType,
  });
  return (postImport as unknown as Handler)(request, params({ productionId: world.productionId }));
}

const HEADER = "date,discipline,count,durationMinutes,location,notes\r\n";
const sessionsOf = (performerId: string) => db.trainingSession.count({ where: { performerId } });
const auditCount = () => db.auditEvent.count();

interface Preview {
  total: number;
  valid: number;
  duplicates: number;
  notCounting: number;
  invalid: number;
  errors: { line: number; column: string | null; message: string }[];
}

describe("previewing an import", () => {
  it("reports rows read, valid and every problem with its line and column, and writes nothing", async () => {
    const before = [await sessionsOf(w.performer2.userId), await auditCount()];
    const csv =
      HEADER +
      "2026-05-01,Skydive,3,45,Voss,fine\r\n" + // line 2: ok
      "2026-02-30,Skydive,3,,,\r\n" + // line 3: no such day
      "2099-01-01,Skydive,3,,,\r\n" + // line 4: the future
      "2026-05-02,Base jump,3,,,\r\n" + // line 5: unknown discipline
      '2026-05-03,skydive,0,,,"two\r\nlines"\r\n' + // line 6: count 0 (a quoted cell spans two lines)
      "2026-05-04,Motorbike jump,2,,,=HYPERLINK(1)\r\n"; // line 8: a formula
    const response = await importAs(w.coordinator, w, csv, { performerId: w.performer2.userId, dryRun: "1" });
    expect(response.status).toBe(200);
    const preview = (await response.json()) as Preview;
    expect(preview).toMatchObject({ total: 6, valid: 1, duplicates: 0, invalid: 5 });
    expect(preview.errors.map((e) => [e.line, e.column])).toEqual([
      [3, "date"],
      [4, "date"],
      [5, "discipline"],
      [6, "count"],
      [8, "notes"],
    ]);
    expect(preview.errors[1]!.message).toMatch(/after today/);
    expect(preview.errors[3]!.message).toMatch(/at least 1/);
    expect(preview.errors[4]!.message).toMatch(/formula/);
    expect([await sessionsOf(w.performer2.userId), await auditCount()]).toEqual(before);
  });

  it("a file without a required column, a binary file and an empty one are refused whole", async () => {
    const missing = await importAs(w.coordinator, w, "date,count\r\n2026-05-01,3\r\n", { performerId: w.performer2.userId, dryRun: "1" });
    expect(missing.status).toBe(200);
    const preview = (await missing.json()) as Preview;
    expect(preview.errors).toEqual([expect.objectContaining({ line: 1, column: "discipline" })]);
    expect(preview.valid).toBe(0);

    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x81, 0x92]); // a zip's start, not UTF-8
    const refused = await importAs(w.coordinator, w, binary, { performerId: w.performer2.userId, dryRun: "1" });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatch(/not UTF-8/);
    const nul = await importAs(w.coordinator, w, new Uint8Array([0x61, 0x00, 0x62]), { performerId: w.performer2.userId, dryRun: "1" });
    expect(nul.status).toBe(400);
    expect((await importAs(w.coordinator, w, "", { performerId: w.performer2.userId, dryRun: "1" })).status).toBe(400);
  });

  it("reads a byte-order mark, headers in any case, and an escaped formula from our own export as text", async () => {
    const csv = `\uFEFFDate,DISCIPLINE,Count,Notes,Whatever\r\n2026-04-01,Skydive,2,'=1+1 was the plan,x\r\n`;
    const preview = (await (await importAs(w.coordinator, w, csv, { performerId: w.performer2.userId, dryRun: "1" })).json()) as Preview;
    expect(preview).toMatchObject({ total: 1, valid: 1, invalid: 0, errors: [] });
  });
});

describe("committing an import", () => {
  it("a file with one bad row writes nothing (400, with the problems)", async () => {
    const before = [await sessionsOf(w.performer2.userId), await auditCount()];
    const csv = HEADER + "2026-03-01,Skydive,3,,,\r\n2026-03-02,Skydive,abc,,,\r\n";
    const response = await importAs(w.coordinator, w, csv, { performerId: w.performer2.userId });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Preview & { error: string };
    expect(body.error).toMatch(/Nothing was written/);
    expect(body.errors).toEqual([expect.objectContaining({ line: 3, column: "count" })]);
    expect([await sessionsOf(w.performer2.userId), await auditCount()]).toEqual(before);
  });

  it("writes valid rows marked as imported, with their audit rows, verified under the production's policy", async () => {
    const world = await createWorld(db);
    const csv = HEADER + "2026-03-01,Skydive,3,60,Voss,first\r\n2026-03-02,Motorbike jump,2,,,\r\n";
    const response = await importAs(world.coordinator, world, csv, { performerId: world.performer2.userId, fileName: "old-book.csv" });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ imported: 2, skippedDuplicates: 0 });
    const entries = await db.trainingSession.findMany({ where: { performerId: world.performer2.userId }, orderBy: { date: "asc" } });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ date: "2026-03-01", count: 3, durationMinutes: 60, location: "Voss", notes: "first", status: "verified", importSource: "old-book.csv" });
    expect(entries[0]!.importedById).toBe(world.coordinator.userId);
    expect(entries[0]!.importedAt).toBeInstanceOf(Date);
    const audits = await db.auditEvent.findMany({ where: { sessionId: { in: entries.map((e) => e.id) } } });
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "create", "verify", "verify"]);
  });

  it("duplicates of logged entries, or twice in the file, are skipped, or added on purpose", async () => {
    const world = await createWorld(db);
    const coordinator = await scopeOf(world.coordinator, world.productionId);
    await logTrainingSession(coordinator, { performerId: world.performer2.userId, disciplineId: world.skydive, date: "2026-02-01", count: 4 });
    const csv = HEADER + "2026-02-01,Skydive,4,,,\r\n2026-02-02,Skydive,1,,,\r\n2026-02-02,Skydive,1,,,\r\n2026-02-03,Skydive,1,,,\r\n";
    const preview = (await (await importAs(world.coordinator, world, csv, { performerId: world.performer2.userId, dryRun: "1" })).json()) as Preview;
    expect(preview).toMatchObject({ total: 4, valid: 4, duplicates: 2, invalid: 0 });

    const skipped = await importAs(world.coordinator, world, csv, { performerId: world.performer2.userId });
    expect(await skipped.json()).toEqual(expect.objectContaining({ imported: 2, skippedDuplicates: 2 }));
    expect(await sessionsOf(world.performer2.userId)).toBe(3);

    const added = await importAs(world.coordinator, world, csv, { performerId: world.performer2.userId, duplicates: "add" });
    expect(await added.json()).toEqual(expect.objectContaining({ imported: 4, skippedDuplicates: 0 }));
    expect(await sessionsOf(world.performer2.userId)).toBe(7);
  });

  it("a hard dose limit refuses the row that breaks it, counting the rows before it", async () => {
    const world = await createWorld(db);
    await db.discipline.create({ data: { productionId: world.productionId, name: "Fire burn", unit: "burn", maxPerDay: 5, limitsAreHard: true } });
    const csv = HEADER + "2026-02-01,Fire burn,3,,,\r\n2026-02-01,Fire burn,2,,,\r\n2026-02-01,Fire burn,1,,,\r\n";
    const preview = (await (await importAs(world.coordinator, world, csv, { performerId: world.performer2.userId, dryRun: "1" })).json()) as Preview;
    expect(preview).toMatchObject({ valid: 2, invalid: 1 });
    expect(preview.errors).toEqual([expect.objectContaining({ line: 4, column: "count", message: expect.stringMatching(/hard dose limit.*6 reps/) })]);
    expect((await importAs(world.coordinator, world, csv, { performerId: world.performer2.userId })).status).toBe(400);
    expect(await sessionsOf(world.performer2.userId)).toBe(0);
  });

  it("round trip: a logbook exported and imported into an empty performer gives the same progress", async () => {
    const world = await createWorld(db);
    const coordinator = await scopeOf(world.coordinator, world.productionId);
    const performer = await scopeOf(world.performer1, world.productionId);
    const p1 = world.performer1.userId;
    const log = (scope: typeof coordinator, disciplineId: string, date: string, count: number, notes?: string) =>
      logTrainingSession(scope, { performerId: p1, disciplineId, date, count, notes });
    await log(coordinator, world.skydive, "2026-02-01", 5, '=HYPERLINK("x") "quoted", two\nlines');
    await log(coordinator, world.skydive, "2026-02-03", 7, "+1 more than planned");
    await log(performer, world.skydive, "2026-02-04", 2); // pending: counts
    const rejected = await log(performer, world.skydive, "2026-02-05", 9);
    await rejectTrainingSession(coordinator, rejected.id, { reason: "Not on the manifest" }); // does not count
    await log(coordinator, world.motorbike, "2026-02-06", 4);
    // The same goals for performer 2, created before the import.
    const p2 = world.performer2.userId;
    const goal2 = await db.goal.create({ data: { productionId: world.productionId, performerId: p2, disciplineId: world.skydive, target: 500, startDate: "2026-01-01", deadline: "2026-12-31" } });

    const exported = await (getExport as unknown as Handler)(
      await apiRequest(`/api/v1/productions/${world.productionId}/export?format=csv&performerId=${p1}`, { actor: world.coordinator }),
      params({ productionId: world.productionId }),
    );
    const file = new Uint8Array(await exported.arrayBuffer());
    const response = await importAs(world.coordinator, world, file, { performerId: p2, fileName: "export.csv" });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ imported: 4, skippedDuplicates: 0, skippedNotCounting: 1 });

    const total = async (goalId: string) => (await db.goalTotal.findUniqueOrThrow({ where: { goalId } })).done;
    expect(await total(goal2.id)).toBe(await total(world.goalId));
    expect(await total(goal2.id)).toBe(14);
    const notes = (await db.trainingSession.findMany({ where: { performerId: p2, disciplineId: world.skydive }, orderBy: { date: "asc" } })).map((s) => s.notes);
    expect(notes.slice(0, 2)).toEqual(['=HYPERLINK("x") "quoted", two\nlines', "+1 more than planned"]);
  });

  it("imports a file of 100,000 rows in one go, and the goal's running total counts every rep", async () => {
    const world = await createWorld(db);
    const goal = await db.goal.create({
      data: { productionId: world.productionId, performerId: world.performer2.userId, disciplineId: world.motorbike, target: 13_000, startDate: "2016-01-01", deadline: "2026-12-31" },
    });
    // Ten years of a spreadsheet, about 27 rows a day: bigger than any real logbook.
    const ROWS = 100_000;
    let reps = 0;
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const day = new Date(Date.UTC(2016, 0, 1) + Math.floor((i * 3650) / ROWS) * 86_400_000).toISOString().slice(0, 10);
      const count = 1 + (i % 40);
      reps += count;
      return `${day},Motorbike jump,${count},${30 + (i % 90)},Site ${i % 7},row ${i}`;
    });
    const file = HEADER + rows.join("\r\n");
    const query = { performerId: world.performer2.userId, duplicates: "add" };
    const preview = await importAs(world.coordinator, world, file, { ...query, dryRun: "1" });
    expect(await preview.json()).toMatchObject({ total: ROWS, valid: ROWS, invalid: 0 });
    const response = await importAs(world.coordinator, world, file, query);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ imported: ROWS, skippedDuplicates: 0 });
    expect(await sessionsOf(world.performer2.userId)).toBe(ROWS);
    // Coordinator imports are verified under the default policy: a create and a verify per entry.
    expect(await db.auditEvent.count({ where: { productionId: world.productionId } })).toBe(2 * ROWS);
    expect((await db.goalTotal.findUniqueOrThrow({ where: { goalId: goal.id } })).done).toBe(reps);
  });
});

describe("refusals", () => {
  it("415 for another content type, 413 over the cap, 403 for performers and viewers, 404 for outsiders, 400 for a bad query", async () => {
    const csv = HEADER + "2026-03-01,Skydive,3,,,\r\n";
    const q = { performerId: w.performer2.userId, dryRun: "1" };
    expect((await importAs(w.coordinator, w, JSON.stringify({ csv }), q, "application/json")).status).toBe(415);
    expect((await importAs(w.coordinator, w, csv, q, "text/plain")).status).toBe(415);
    const big = new Uint8Array(33 * 1024 * 1024).fill(0x61);
    expect((await importAs(w.coordinator, w, big, q)).status).toBe(413);
    expect((await importAs(w.performer2, w, csv, q)).status).toBe(403);
    expect((await importAs(w.viewer, w, csv, q)).status).toBe(403);
    expect((await importAs(w.outsider, w, csv, q)).status).toBe(404);
    expect((await importAs(w.coordinator, w, csv, { ...q, duplicates: "update" })).status).toBe(400);
    expect((await importAs(w.coordinator, w, csv, { ...q, performerId: w.viewer.userId })).status).toBe(404);
  });
});
