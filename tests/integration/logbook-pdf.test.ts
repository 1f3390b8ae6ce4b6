// The logbook as a PDF (issue 13): a real PDF from pdfkit, read back with a
// PDF parser, holding what a paper logbook holds, on A4 or Letter, for
// whoever may read the logbook.

import { beforeAll, describe, expect, it } from "vitest";
import { GET as pdfRoute } from "@/app/api/v1/productions/[productionId]/performers/[performerId]/logbook.pdf/route";
import { logTrainingSession, rejectTrainingSession, verifyTrainingSession } from "@/lib/data/sessions";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { pdfText } from "../support/pdf-text";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;
const NOW = new Date("2026-06-15T12:00:00Z");

beforeAll(async () => {
  db = await getDb();
  w = await createWorld(db);
  await db.discipline.update({ where: { id: w.skydive }, data: { recordsJumps: true } });
  await db.user.update({ where: { id: w.coordinator.userId }, data: { credential: "USPA D-12345" } });
  const coordinator = await scopeOf(w.coordinator, w.productionId, NOW);
  const performer = await scopeOf(w.performer1, w.productionId, NOW);
  await logTrainingSession(coordinator, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-01", count: 2, location: "Voss", jumps: [{ jumpNumber: 101, exitAltitudeFt: 13500, freefallSeconds: 55, aircraft: "Twin Otter" }, { jumpNumber: 102, freefallSeconds: 50 }] }, NOW);
  const pending = await logTrainingSession(performer, { performerId: w.performer1.userId, disciplineId: w.motorbike, date: "2026-06-02", count: 40, notes: "Ramp park, wet" }, NOW);
  await verifyTrainingSession(coordinator, pending.id, NOW);
  const bad = await logTrainingSession(performer, { performerId: w.performer1.userId, disciplineId: w.motorbike, date: "2026-06-03", count: 400 }, NOW);
  await rejectTrainingSession(coordinator, bad.id, { reason: "Typo: 40, not 400" }, NOW);
});

async function pdfOf(actor: Actor, query = "") {
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/performers/${w.performer1.userId}/logbook.pdf${query}`, { actor });
  return callRoute(pdfRoute, request, { productionId: w.productionId, performerId: w.performer1.userId });
}

const textOf = pdfText;

describe("the logbook as a PDF", () => {
  it("holds each entry with its sign-off and jumps, the chain head and page numbers on every page, and totals", async () => {
    const response = await pdfOf(w.coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="logbook-performer-one-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const { text, pages } = await textOf(bytes);
    const head = (await db.auditChain.findFirstOrThrow({ where: { productionId: w.productionId }, orderBy: { seq: "desc" } })).hash;
    expect(pages).toBeGreaterThanOrEqual(2); // the entries, then the totals page
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
    expect(text.split(`audit chain head ${head}`).length - 1).toBe(pages);
    expect(text).toContain("Performer One — Test Production");
    expect(text).toContain("1 Jun 2026 · Skydive · 2 jumps · Verified");
    expect(text).toContain("Verified by Coordinator (USPA D-12345)");
    expect(text).toContain("Jump 101: exit 13,500 ft, 55 s freefall, Twin Otter");
    expect(text).toContain("Rejected: Typo: 40, not 400");
    expect(text).toContain("“Ramp park, wet”");
    expect(text).toContain("Totals per discipline");
    // The rejected 400 does not count: 40 motorbike jumps counting and verified; 2 skydives with 1 min 45 s of freefall.
    expect(text).toMatch(/Motorbike jump\s+2\s+40 jumps\s+40/);
    expect(text).toMatch(/Skydive\s+1\s+2 jumps\s+2\s+2\s+1 min/);
  });

  it("is A4 by default, Letter on request, and takes the logbook's filters", async () => {
    const a4 = new TextDecoder("latin1").decode(new Uint8Array(await (await pdfOf(w.performer1)).arrayBuffer()));
    expect(a4).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const letter = new TextDecoder("latin1").decode(new Uint8Array(await (await pdfOf(w.performer1, "?paper=letter")).arrayBuffer()));
    expect(letter).toMatch(/\/MediaBox \[0 0 612 792\]/);
    const filtered = await textOf(new Uint8Array(await (await pdfOf(w.viewer, `?disciplineId=${w.skydive}`)).arrayBuffer()));
    expect(filtered.text).toContain("Skydive");
    expect(filtered.text).not.toContain("Motorbike jump ·");
  });

  it("prints text outside Helvetica's encoding as readable letters or '?', never as other characters", async () => {
    // pdfkit's built-in fonts write a character outside WinAnsi as its raw code units: "Łódź" came out as other
    // letters, an emoji as "Ø=Þ", and U+3434 as the digits "44" — a note could print a number nobody wrote.
    const v = await createWorld(db);
    await db.user.update({ where: { id: v.performer1.userId }, data: { name: "Łukasz Żółć" } });
    await logTrainingSession(await scopeOf(v.coordinator, v.productionId, NOW), { performerId: v.performer1.userId, disciplineId: v.motorbike, date: "2026-06-01", count: 3, location: "Łódź", notes: "Tromsø 😀 count \u3434, Kraków" }, NOW);
    const request = await apiRequest(`/api/v1/productions/${v.productionId}/performers/${v.performer1.userId}/logbook.pdf`, { actor: v.coordinator });
    const response = await callRoute(pdfRoute, request, { productionId: v.productionId, performerId: v.performer1.userId });
    expect(response.status).toBe(200);
    const { text } = await textOf(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("Logbook — Lukasz Zólc"); // ó is in WinAnsi; Ł, Ż and ć are not
    expect(text).toContain("Lódz · logged by");
    expect(text).toContain("“Tromsø ? count ?, Kraków”");
    expect(text).not.toContain("count 44");
  });

  it("is refused to those who may not read the logbook, and on a bad filter names it", async () => {
    expect((await pdfOf(w.performer2)).status).toBe(403);
    expect((await pdfOf(w.outsider)).status).toBe(404);
    const bad = await pdfOf(w.coordinator, "?paper=a3");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: Record<string, string> }).fields.paper).toMatch(/a4 or letter/);
    expect((await pdfOf(w.coordinator, "?from=2026-02-30")).status).toBe(400);
  });
});
