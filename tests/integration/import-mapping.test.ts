// Another CSV layout through the import route: columns mapped by name, one
// discipline for a file without a discipline column, dates in another format;
// a mapping the file cannot satisfy is a 400 that names it.

import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/server/db";
import { postImportFile } from "../support/import-request";
import { createWorld, type World } from "../support/world";

let db: Db;
let w: World;

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
});

const entriesOf = (performerId: string) => db.trainingSession.findMany({ where: { performerId }, orderBy: { date: "asc" } });
const written = async (performerId: string) => [await db.trainingSession.count({ where: { performerId } }), await db.auditEvent.count()];

describe("importing another CSV layout", () => {
  it("maps the file's own headers and reads its dates; the preview writes nothing, the commit writes every row", async () => {
    const world = await createWorld(db);
    const p2 = world.performer2.userId;
    const csv = "Day,Activity,Jumps,Where,Comment\r\n07/03/2026,Skydive,3,Voss,windy\r\n8/3/2026,motorbike jump,2,,\r\n";
    const query = { performerId: p2, "map.date": "Day", "map.discipline": "Activity", "map.count": "Jumps", "map.location": "Where", "map.notes": "Comment", dateFormat: "DD/MM/YYYY" };
    const preview = await postImportFile(world.productionId, csv, { ...query, dryRun: "1" }, { actor: world.coordinator });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ total: 2, valid: 2, invalid: 0, errors: [] });
    expect(await entriesOf(p2)).toEqual([]);

    const committed = await postImportFile(world.productionId, csv, query, { actor: world.coordinator });
    expect(committed.status).toBe(201);
    expect((await entriesOf(p2)).map((e) => [e.date, e.disciplineId, e.count, e.location, e.notes])).toEqual([
      ["2026-03-07", world.skydive, 3, "Voss", "windy"],
      ["2026-03-08", world.motorbike, 2, null, null],
    ]);
  });

  it("puts every row of a file without a discipline column into the chosen discipline; unmapped fields match by name", async () => {
    const world = await createWorld(db);
    const p2 = world.performer2.userId;
    const csv = "date,Reps,notes\r\n2026.04.01,4,a\r\n2026-04-02,5,b\r\n";
    const query = { performerId: p2, "map.count": "Reps", disciplineId: world.motorbike };
    const preview = await postImportFile(world.productionId, csv, { ...query, dryRun: "1" }, { actor: world.coordinator });
    // ISO is the default format: the first row's date is named with its line and column.
    expect(preview.body.errors).toEqual([{ line: 2, column: "date", message: expect.stringMatching(/Date must be a real date/) }]);
    const fixed = csv.replace("2026.04.01", "2026-04-01");
    expect((await postImportFile(world.productionId, fixed, query, { actor: world.coordinator })).status).toBe(201);
    expect((await entriesOf(p2)).map((e) => [e.disciplineId, e.count, e.notes])).toEqual([
      [world.motorbike, 4, "a"],
      [world.motorbike, 5, "b"],
    ]);
  });

  it("ignore leaves a column of a field's own name unread (the form's \"— none —\"); ignoring a mapped or unknown field is a 400", async () => {
    const world = await createWorld(db);
    const p2 = world.performer2.userId;
    const csv = "date,discipline,count,notes,location\r\n2026-04-01,Skydive,2,private remark,Voss\r\n";
    const refused = await postImportFile(world.productionId, csv, { performerId: p2, ignore: "notes,count" }, { actor: world.coordinator });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('\\"count\\" is not one');
    const both = await postImportFile(world.productionId, csv, { performerId: p2, ignore: "notes", "map.notes": "location" }, { actor: world.coordinator });
    expect(both.status).toBe(400);
    expect(await entriesOf(p2)).toEqual([]);

    const committed = await postImportFile(world.productionId, csv, { performerId: p2, ignore: "notes" }, { actor: world.coordinator });
    expect(committed.status).toBe(201);
    expect((await entriesOf(p2)).map((e) => [e.count, e.notes, e.location])).toEqual([[2, null, "Voss"]]);
  });

  it("a row whose date is not in the chosen format names its line and the file's column; the commit writes nothing", async () => {
    const before = await written(w.performer2.userId);
    const csv = "Datum,discipline,count\r\n01.02.2026,Skydive,1\r\n2026-02-02,Skydive,1\r\n31.02.2026,Skydive,1\r\n";
    const query = { performerId: w.performer2.userId, "map.date": "Datum", dateFormat: "DD.MM.YYYY" };
    const preview = await postImportFile(w.productionId, csv, { ...query, dryRun: "1" }, { actor: w.coordinator });
    expect(preview.body.errors.map((e) => [e.line, e.column])).toEqual([
      [3, "Datum"],
      [4, "Datum"],
    ]);
    expect(preview.body.errors[0]!.message).toMatch(/not written DD.MM.YYYY/);
    expect((await postImportFile(w.productionId, csv, query, { actor: w.coordinator })).status).toBe(400);
    expect(await written(w.performer2.userId)).toEqual(before);
  });

  it("400s that name the parameter: a mapped header the file lacks, an unknown parameter, a discipline of another production", async () => {
    const before = await written(w.performer2.userId);
    const csv = "Day,discipline,count\r\n2026-02-01,Skydive,1\r\n";
    const p = w.performer2.userId;
    const missing = await postImportFile(w.productionId, csv, { performerId: p, "map.date": "Datum", "map.count": "Reps" }, { actor: w.coordinator });
    expect(missing.status).toBe(400);
    expect(missing.body.fields).toEqual({
      "map.date": 'map.date names the column "Datum", which the file does not have (its columns: "Day", "discipline", "count")',
      "map.count": 'map.count names the column "Reps", which the file does not have (its columns: "Day", "discipline", "count")',
    });
    const unknown = await postImportFile(w.productionId, csv, { performerId: p, "map.date": "Day", "map.dat": "Day" }, { actor: w.coordinator });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toEqual({ "map.dat": expect.stringMatching(/Unknown query parameter "map.dat"/) });
    const elsewhere = await postImportFile(w.productionId, "date,count\r\n2026-02-01,1\r\n", { performerId: p, disciplineId: w.otherDiscipline }, { actor: w.coordinator });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.fields).toEqual({ disciplineId: expect.stringMatching(/no discipline of this production/) });
    expect(await written(w.performer2.userId)).toEqual(before);
  });

  it("a parameter given twice is a 400 naming it: dryRun=1&dryRun=0 must not commit what was meant as a preview", async () => {
    const p = w.performer2.userId;
    const csv = "date,discipline,count\r\n2026-02-01,Skydive,1\r\n";
    const before = await written(p);
    const twice = await postImportFile(w.productionId, csv, [["performerId", p], ["dryRun", "1"], ["dryRun", "0"]], { actor: w.coordinator });
    expect(twice.status).toBe(400);
    expect(twice.body.fields).toEqual({ dryRun: expect.stringMatching(/dryRun is given 2 times/) });
    const otherPerformer = await postImportFile(w.productionId, csv, [["performerId", w.performer1.userId], ["performerId", p], ["dryRun", "1"]], { actor: w.coordinator });
    expect(otherPerformer.status).toBe(400);
    expect(otherPerformer.body.fields).toEqual({ performerId: expect.stringMatching(/performerId is given 2 times/) });
    expect(await written(p)).toEqual(before);
  });
});
