// The export's `jumps` column read back by the import: a round trip that keeps
// every jump row and the freefall a goal shows, and jump-number rules that
// refuse the whole file (nothing written) with the line and the column.

import { beforeAll, describe, expect, it } from "vitest";
import { GET as getExport } from "@/app/api/v1/productions/[productionId]/export/route";
import { getPerformerProgress } from "@/lib/data/progress";
import { logTrainingSession, rejectTrainingSession } from "@/lib/data/sessions";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { postImportFile } from "../support/import-request";
import { createWorld, scopeOf } from "../support/world";

let db: Db;

beforeAll(async () => {
  db = await getDb();
});

async function jumpWorld() {
  const w = await createWorld(db);
  const freefall = await db.discipline.create({ data: { productionId: w.productionId, name: "Freefall", unit: "jump", recordsJumps: true } });
  return { w, freefall: freefall.id };
}

const HEADER = "date,discipline,count,jumps\r\n";
const cell = (rows: object[]) => `"${JSON.stringify(rows).replaceAll('"', '""')}"`;
const counts = async (performerId: string) => [await db.trainingSession.count({ where: { performerId } }), await db.jump.count({ where: { performerId } }), await db.auditEvent.count()];

describe("the export's jumps column, imported", () => {
  it("round trip: entries with jump rows exported and imported into an empty performer give the same progress, freefall included", async () => {
    const { w, freefall } = await jumpWorld();
    const coordinator = await scopeOf(w.coordinator, w.productionId);
    const performer = await scopeOf(w.performer1, w.productionId);
    const [p1, p2] = [w.performer1.userId, w.performer2.userId];
    for (const performerId of [p1, p2]) {
      await db.goal.create({ data: { productionId: w.productionId, performerId, disciplineId: freefall, target: 200, startDate: "2026-01-01", deadline: "2026-12-31" } });
    }
    await logTrainingSession(coordinator, {
      performerId: p1,
      disciplineId: freefall,
      date: "2026-02-01",
      count: 2,
      jumps: [
        { jumpNumber: 101, exitAltitudeFt: 13_500, deploymentAltitudeFt: 4000, freefallSeconds: 61, dropzone: "Voss, \"the old strip\"", notes: "=not a formula" },
        { jumpNumber: 102, freefallSeconds: 57, aircraft: "Twin Otter" },
      ],
    });
    await logTrainingSession(performer, { performerId: p1, disciplineId: freefall, date: "2026-02-03", count: 1, jumps: [{ jumpNumber: 103, freefallSeconds: 45, landingDistanceM: 12 }] });
    await logTrainingSession(coordinator, { performerId: p1, disciplineId: freefall, date: "2026-02-04", count: 3 }); // no rows: counts, no freefall
    const rejected = await logTrainingSession(performer, { performerId: p1, disciplineId: freefall, date: "2026-02-05", count: 1, jumps: [{ jumpNumber: 104, freefallSeconds: 300 }] });
    await rejectTrainingSession(coordinator, rejected.id, { reason: "Not on the manifest" });

    const exported = await callRoute(getExport, await apiRequest(`/api/v1/productions/${w.productionId}/export?format=csv&performerId=${p1}`, { actor: w.coordinator }), {
      productionId: w.productionId,
    });
    const file = new Uint8Array(await exported.arrayBuffer());
    const preview = await postImportFile(w.productionId, file, { performerId: p2, dryRun: "1" }, { actor: w.coordinator });
    expect(preview.body).toMatchObject({ unit: "row", total: 4, valid: 3, notCounting: 1, invalid: 0, errors: [] });
    expect(await counts(p2)).toEqual([0, 0, await db.auditEvent.count()]);

    const imported = await postImportFile(w.productionId, file, { performerId: p2, fileName: "p1.csv" }, { actor: w.coordinator });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ imported: 3, jumps: 3, skippedNotCounting: 1 });

    // The goal's count and freefall, as the performer page shows them (verified counts aside: the import is signed by the coordinator).
    const progressOf = async (performerId: string) =>
      (await getPerformerProgress(coordinator, performerId)).goals.map(({ discipline, done, freefallSeconds, series }) => ({ discipline, done, freefallSeconds, series }));
    const [one, two] = [await progressOf(p1), await progressOf(p2)];
    expect(two.find((g) => g.discipline === "Freefall")).toEqual(one.find((g) => g.discipline === "Freefall"));
    expect(two.find((g) => g.discipline === "Freefall")).toMatchObject({ done: 6, freefallSeconds: 61 + 57 + 45 });

    const rowsOf = async (performerId: string) =>
      (await db.jump.findMany({ where: { performerId }, orderBy: { jumpNumber: "asc" } })).map(({ id: _id, sessionId: _s, performerId: _p, ...jump }) => jump);
    expect(await rowsOf(p2)).toEqual((await rowsOf(p1)).filter((j) => j.jumpNumber !== 104));

    // Imported again: every entry is a duplicate and skipped; added on purpose, the jump numbers are taken.
    const again = await postImportFile(w.productionId, file, { performerId: p2 }, { actor: w.coordinator });
    expect(again.body).toMatchObject({ imported: 0, skippedDuplicates: 3 });
    const before = await counts(p2);
    const added = await postImportFile(w.productionId, file, { performerId: p2, duplicates: "add" }, { actor: w.coordinator });
    expect(added.status).toBe(400);
    expect(added.body.errors.map((e) => [e.line, e.column])).toEqual([
      [2, "jumps"],
      [2, "jumps"],
      [3, "jumps"],
    ]);
    expect(added.body.errors[0]!.message).toMatch(/Jump number 101 is already in this performer's logbook/);
    expect(await counts(p2)).toEqual(before);
  });

  it("a jump number twice in the file is refused with both lines, and nothing is written", async () => {
    const { w } = await jumpWorld();
    const p2 = w.performer2.userId;
    const csv = HEADER + `2026-03-01,Freefall,2,${cell([{ jumpNumber: 7 }, { jumpNumber: 8 }])}\r\n` + `2026-03-02,Freefall,1,${cell([{ jumpNumber: 7, freefallSeconds: 50 }])}\r\n`;
    const before = await counts(p2);
    const preview = await postImportFile(w.productionId, csv, { performerId: p2, dryRun: "1" }, { actor: w.coordinator });
    expect(preview.body).toMatchObject({ total: 2, valid: 1, invalid: 1 });
    expect(preview.body.errors).toEqual([{ line: 3, column: "jumps", message: "Jump number 7 is also on line 2 of the file: a jump number is logged once" }]);
    const committed = await postImportFile(w.productionId, csv, { performerId: p2 }, { actor: w.coordinator });
    expect(committed.status).toBe(400);
    expect(committed.body.error).toMatch(/Nothing was written/);
    expect(await counts(p2)).toEqual(before);
  });

  it("names the line and the jumps column: rows for a discipline without jumps, a count that does not match, a number already logged, bad JSON", async () => {
    const { w, freefall } = await jumpWorld();
    const p2 = w.performer2.userId;
    await logTrainingSession(await scopeOf(w.coordinator, w.productionId), { performerId: p2, disciplineId: freefall, date: "2026-02-01", count: 1, jumps: [{ jumpNumber: 9 }] });
    const csv =
      HEADER +
      `2026-03-01,Skydive,1,${cell([{ jumpNumber: 20 }])}\r\n` + // line 2: Skydive does not record jumps
      `2026-03-02,Freefall,2,${cell([{ jumpNumber: 21 }])}\r\n` + // line 3: one row for two jumps
      `2026-03-03,Freefall,1,${cell([{ jumpNumber: 9 }])}\r\n` + // line 4: already logged
      `2026-03-04,Freefall,1,[{jumpNumber:22}]\r\n` + // line 5: not JSON
      `2026-03-05,Freefall,1,${cell([{ jumpNumber: 23, freefallSeconds: 40 }])}\r\n`; // line 6: fine
    const before = await counts(p2);
    const preview = await postImportFile(w.productionId, csv, { performerId: p2, dryRun: "1" }, { actor: w.coordinator });
    expect(preview.body).toMatchObject({ total: 5, valid: 1, invalid: 4 });
    expect(preview.body.errors.map((e) => [e.line, e.column])).toEqual([
      [2, "jumps"],
      [3, "jumps"],
      [4, "jumps"],
      [5, "jumps"],
    ]);
    expect(preview.body.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/Skydive does not record jumps/),
      expect.stringMatching(/1 jump rows for a count of 2/),
      expect.stringMatching(/Jump number 9 is already in this performer's logbook/),
      expect.stringMatching(/not the export's list of jump rows/),
    ]);
    expect((await postImportFile(w.productionId, csv, { performerId: p2 }, { actor: w.coordinator })).status).toBe(400);
    expect(await counts(p2)).toEqual(before);
  });
});
