// L&B Protrack II jump files through the import route: jumps become jump rows,
// one entry per day; jump numbers already logged are skipped or refused; every
// problem names the line of the jump's block and the field; the commit writes
// all or nothing. `text/plain` is taken from an API token, never with the cookie.

import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/data/api-tokens";
import { logTrainingSession, verifyTrainingSession } from "@/lib/data/sessions";
import { getDb, type Db } from "@/lib/server/db";
import { postImportFile } from "../support/import-request";
import { createWorld, scopeOf } from "../support/world";

let db: Db;

beforeAll(async () => {
  db = await getDb();
});

// Jump 1042 on 2026-02-14, 29 lines (its profile included).
const FIXTURE = readFileSync(path.resolve(import.meta.dirname, "../fixtures/protrack-jump-1042.txt"), "utf8");

/** One jump's file, 15 lines. */
function block(jumpNumber: number, date: string, exitM = 4000, deploymentM = 1000, freefall = 55): string {
  return ["JIB", "1.00", "1", "1.00", `${date}093000`, jumpNumber, date, "093000", exitM, deploymentM, freefall, "190", "201", "40", "JIE", ""].join("\n");
}

async function jumpWorld(limits: { maxPerDay?: number; limitsAreHard?: boolean } = {}) {
  const w = await createWorld(db);
  const freefall = await db.discipline.create({ data: { productionId: w.productionId, name: "Freefall", unit: "jump", recordsJumps: true, ...limits } });
  return { w, freefall: freefall.id, query: { performerId: w.performer2.userId, format: "protrack", disciplineId: freefall.id } };
}

const written = async (performerId: string) => [await db.trainingSession.count({ where: { performerId } }), await db.jump.count({ where: { performerId } }), await db.auditEvent.count()];

describe("importing Protrack II jump files", () => {
  it("previews in jumps and writes nothing; the commit writes one entry per day with a jump row per jump, marked with the file name", async () => {
    const { w, freefall, query } = await jumpWorld();
    const p2 = w.performer2.userId;
    const files = FIXTURE + block(1044, "20260214", 3000, 900, 30) + block(1043, "20260214") + block(1045, "20260301");
    const preview = await postImportFile(w.productionId, files, { ...query, dryRun: "1" }, { actor: w.coordinator });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ unit: "jump", total: 4, valid: 4, duplicates: 0, invalid: 0, errors: [] });
    expect(await written(p2)).toEqual([0, 0, await db.auditEvent.count()]);

    const committed = await postImportFile(w.productionId, files, { ...query, fileName: "1042.txt … 1045.txt" }, { actor: w.coordinator });
    expect(committed.status).toBe(201);
    expect(committed.body).toMatchObject({ imported: 2, jumps: 4, skippedDuplicates: 0 });
    const entries = await db.trainingSession.findMany({ where: { performerId: p2 }, orderBy: { date: "asc" }, include: { jumps: { orderBy: { jumpNumber: "asc" } } } });
    expect(entries.map((e) => [e.date, e.disciplineId, e.count, e.notes, e.importSource, e.status])).toEqual([
      ["2026-02-14", freefall, 3, "Protrack II import: jumps 1042–1044", "1042.txt … 1045.txt", "verified"],
      ["2026-03-01", freefall, 1, "Protrack II import: jump 1045", "1042.txt … 1045.txt", "verified"],
    ]);
    expect(entries[0]!.jumps.map((j) => [j.jumpNumber, j.exitAltitudeFt, j.deploymentAltitudeFt, j.freefallSeconds])).toEqual([
      [1042, 13_501, 3346, 58],
      [1043, 13_123, 3281, 55],
      [1044, 9843, 2953, 30],
    ]);
    expect(await db.auditEvent.count({ where: { sessionId: { in: entries.map((e) => e.id) } } })).toBe(4); // create + verify each
  });

  it("jumps already in the logbook are skipped with skip, and refused with add (jump numbers are unique), nothing written", async () => {
    const { w, query } = await jumpWorld();
    const p2 = w.performer2.userId;
    expect((await postImportFile(w.productionId, FIXTURE, query, { actor: w.coordinator })).status).toBe(201);
    const files = FIXTURE + block(1046, "20260215");
    const skipped = await postImportFile(w.productionId, files, query, { actor: w.coordinator });
    expect(skipped.body).toMatchObject({ imported: 1, jumps: 1, skippedDuplicates: 1 });

    const before = await written(p2);
    const added = await postImportFile(w.productionId, files + block(1047, "20260216"), { ...query, duplicates: "add" }, { actor: w.coordinator });
    expect(added.status).toBe(400);
    expect(added.body.errors).toEqual([
      { line: 1, column: "jumps", message: expect.stringMatching(/Jump number 1042 is already in this performer's logbook: with "add" it cannot be added again/) },
      { line: 30, column: "jumps", message: expect.stringMatching(/Jump number 1046/) },
    ]);
    expect(await written(p2)).toEqual(before);
  });

  it("names the line of each jump's block and the field: cut short, not a number, deployment above exit, a date in the future, a number twice", async () => {
    const { w, query } = await jumpWorld();
    const p2 = w.performer2.userId;
    const files = [
      block(1, "20260110"), // line 1: fine
      block(2, "20260110").replace("JIE\n", ""), // line 16: cut short (the next JIB comes first)
      block(3, "20260110").replace("\n4000\n", "\n4k\n"), // line 30: exit altitude not a number
      block(4, "20260110", 1000, 1200), // line 45: deployment above exit
      block(5, "20991231"), // line 60: in the future
      block(1, "20260111"), // line 75: jump 1 again
    ].join("");
    const before = await written(p2);
    const preview = await postImportFile(w.productionId, files, { ...query, dryRun: "1" }, { actor: w.coordinator });
    expect(preview.body).toMatchObject({ unit: "jump", total: 6, valid: 1, invalid: 5 });
    expect(preview.body.errors.map((e) => [e.line, e.column])).toEqual([
      [16, null],
      [30, "exit altitude"],
      [45, "deployment altitude"],
      [60, "date"],
      [75, "jumps"],
    ]);
    expect(preview.body.errors[3]!.message).toMatch(/after today.*altimeter's clock/);
    expect(preview.body.errors[4]!.message).toMatch(/Jump number 1 is also on line 1/);
    const committed = await postImportFile(w.productionId, files, query, { actor: w.coordinator });
    expect(committed.status).toBe(400);
    expect(committed.body.error).toMatch(/5 jump\(s\) have problems. Nothing was written/);
    expect(await written(p2)).toEqual(before);
  });

  it("a file that is not a Protrack file, a discipline without jumps, and a hard dose limit are refused", async () => {
    const { w, query } = await jumpWorld({ maxPerDay: 2, limitsAreHard: true });
    const p2 = w.performer2.userId;
    const before = await written(p2);
    const csv = await postImportFile(w.productionId, "date,discipline,count\r\n2026-02-01,Freefall,1\r\n", query, { actor: w.coordinator });
    expect(csv.status).toBe(400);
    expect(csv.body.errors).toEqual([{ line: 1, column: null, message: expect.stringMatching(/not an L&B Protrack II jump file/) }]);
    const skydive = await postImportFile(w.productionId, FIXTURE, { ...query, disciplineId: w.skydive }, { actor: w.coordinator });
    expect(skydive.status).toBe(400);
    expect(skydive.body.fields).toEqual({ disciplineId: expect.stringMatching(/Skydive does not record jumps/) });
    const threeInADay = block(1, "20260110") + block(2, "20260110") + block(3, "20260110");
    const limited = await postImportFile(w.productionId, threeInADay, query, { actor: w.coordinator });
    expect(limited.status).toBe(400);
    expect(limited.body.errors).toEqual([{ line: 1, column: "count", message: expect.stringMatching(/hard dose limit/) }]);
    expect(await written(p2)).toEqual(before);
  });

  it("a jump number a pending correction carries is taken: skipped or refused, never counted twice once the correction is verified", async () => {
    const { w, freefall, query } = await jumpWorld();
    const p2 = w.performer2.userId;
    const NOW = new Date("2026-03-10T12:00:00Z");
    const coordinator = await scopeOf(w.coordinator, w.productionId);
    const performer = await scopeOf(w.performer2, w.productionId);
    const oneJump = (jumpNumber: number) => ({ performerId: p2, disciplineId: freefall, date: "2026-03-01", count: 1, jumps: [{ jumpNumber, freefallSeconds: 50 }] });
    // Jump 700 verified; the performer corrects it to jump 701 (pending: it counts once verified).
    const original = await logTrainingSession(coordinator, oneJump(700), NOW);
    const correction = await logTrainingSession(performer, { ...oneJump(701), correctsId: original.id, reason: "It was my 701st jump" }, NOW);
    expect(correction.status).toBe("pending");

    // A Protrack file with jump 701: with add it is refused, with skip it is left out; nothing carries 701 twice.
    const before = await written(p2);
    const added = await postImportFile(w.productionId, block(701, "20260302"), { ...query, duplicates: "add" }, { actor: w.coordinator });
    expect(added.status).toBe(400);
    expect(added.body.errors).toEqual([{ line: 1, column: "jumps", message: expect.stringMatching(/Jump number 701 is already in this performer's logbook/) }]);
    expect(await written(p2)).toEqual(before);
    const skipped = await postImportFile(w.productionId, block(701, "20260302"), query, { actor: w.coordinator });
    expect(skipped.body).toMatchObject({ imported: 0, jumps: 0, skippedDuplicates: 1 });

    await verifyTrainingSession(coordinator, correction.id, NOW);
    const counting = await db.jump.count({ where: { performerId: p2, jumpNumber: 701, session: { status: "verified" } } });
    expect(counting).toBe(1);
  });

  it("text/plain is taken from an API token for Protrack files only, and refused with the session cookie", async () => {
    const { w, query } = await jumpWorld();
    const { token } = await createApiToken(w.coordinator, { name: "Altimeter sync", scope: "write", expiresInDays: 1 });
    const dry = { ...query, dryRun: "1" };
    expect((await postImportFile(w.productionId, FIXTURE, dry, { bearer: token, contentType: "text/plain; charset=utf-8" })).status).toBe(200);
    expect((await postImportFile(w.productionId, FIXTURE, dry, { actor: w.coordinator, contentType: "text/plain" })).status).toBe(415);
    const csvAsPlain = await postImportFile(w.productionId, "date,discipline,count\r\n2026-02-01,Skydive,1\r\n", { performerId: w.performer2.userId, dryRun: "1" }, { bearer: token, contentType: "text/plain" });
    expect(csvAsPlain.status).toBe(415);
    expect((await postImportFile(w.productionId, FIXTURE, query, { bearer: token })).status).toBe(201);
  });
});
