// Sealed stunt dossiers (issue 13): a coordinator freezes the evidence behind
// a stunt's verdict as canonical JSON and a PDF; the SHA-256 of the JSON is
// the seal; a public route says what a seal states and whether it still
// holds — also after someone changed the database behind the app's back.

import { beforeAll, describe, expect, it } from "vitest";
import { GET as fileRoute } from "@/app/api/v1/productions/[productionId]/dossiers/[file]/route";
import { GET as listRoute, POST as sealRoute } from "@/app/api/v1/productions/[productionId]/stunts/[stuntId]/dossiers/route";
import { GET as verifyRoute } from "@/app/api/v1/verify/[sha256]/route";
import { recordCheckIn } from "@/lib/data/check-ins";
import { createCredential } from "@/lib/data/credentials";
import { checkSeal } from "@/lib/data/dossiers";
import { reportIncident } from "@/lib/data/incidents";
import { prismaDialect } from "@/lib/data/prisma-steps";
import { logTrainingSession } from "@/lib/data/sessions";
import { createStunt, logTake } from "@/lib/data/stunts";
import type { Actor } from "@/lib/domain/actor";
import { addDays } from "@/lib/domain/calendar-day";
import type { DossierDocument } from "@/lib/domain/dossier";
import { getDb, type Db } from "@/lib/server/db";
import { sha256Hex } from "@/lib/server/sha256";
import { apiRequest, callRoute } from "../support/api-request";
import { pdfText } from "../support/pdf-text";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
// The routes read the real clock: the evidence is staged around today.
const NOW = new Date();
let today = "";
const ago = (days: number) => addDays(today, -days);

beforeAll(async () => {
  db = await getDb();
});

/** A production with a stunt and some of everything its verdict rests on. */
async function stage() {
  const w = await createWorld(db);
  const c = await scopeOf(w.coordinator, w.productionId, NOW);
  const p1 = await scopeOf(w.performer1, w.productionId, NOW);
  today = c.today;
  await logTrainingSession(c, { performerId: w.performer1.userId, disciplineId: w.skydive, date: ago(5), count: 30 }, NOW);
  await logTrainingSession(p1, { performerId: w.performer1.userId, disciplineId: w.skydive, date: ago(4), count: 12 }, NOW);
  const { id: stuntId } = await createStunt(c, { name: "Cliff jump", plannedDate: addDays(today, 30), performerIds: [w.performer1.userId], disciplineIds: [w.skydive] }, NOW);
  await logTake(c, stuntId, { performerId: w.performer1.userId, outcome: "no_good", notes: "Short of the mark" }, NOW);
  await reportIncident(p1, { occurredOn: ago(3), severity: "minor", performerId: w.performer1.userId, description: "Jarred wrist on landing" }, NOW);
  await recordCheckIn(p1, { performerId: w.performer1.userId, date: today, sleep: 4, soreness: 3, fatigue: 3, stress: 2, mood: 4 }, NOW);
  await createCredential(p1, { kind: "medical", name: "Stunt medical", number: "M-77", expiresOn: "2027-01-01" }, NOW);
  return { w, stuntId };
}

async function seal(w: World, stuntId: string, actor: Actor = w.coordinator) {
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/stunts/${stuntId}/dossiers`, { actor, method: "POST" });
  return callRoute(sealRoute, request, { productionId: w.productionId, stuntId });
}

async function list(w: World, stuntId: string, actor: Actor) {
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/stunts/${stuntId}/dossiers`, { actor });
  return callRoute(listRoute, request, { productionId: w.productionId, stuntId });
}

async function file(w: World, name: string, actor: Actor, query = "") {
  const request = await apiRequest(`/api/v1/productions/${w.productionId}/dossiers/${name}${query}`, { actor });
  return callRoute(fileRoute, request, { productionId: w.productionId, file: name });
}

async function verify(sha256: string) {
  return callRoute(verifyRoute, await apiRequest(`/api/v1/verify/${sha256}`, { actor: null }), { sha256 });
}

const textOf = pdfText;

const postgres = () => prismaDialect(db) === "postgresql";
const dropTrigger = (table: string, which: string) => db.$executeRawUnsafe(postgres() ? `DROP TRIGGER "${table}_no_${which}" ON "${table}"` : `DROP TRIGGER "${table}_no_${which}"`);
/** The trigger as the migrations made it (the same message on SQLite). */
const SQLITE_MESSAGE: Record<string, string> = { Dossier: "a sealed dossier cannot change", AuditEvent: "the audit log is append-only" };
const restoreUpdateTrigger = (table: string) =>
  db.$executeRawUnsafe(
    postgres()
      ? `CREATE TRIGGER "${table}_no_update" BEFORE UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "AuditEvent_refuse_change"()`
      : `CREATE TRIGGER "${table}_no_update" BEFORE UPDATE ON "${table}" BEGIN SELECT RAISE(ABORT, '${SQLITE_MESSAGE[table]}'); END`,
  );

describe("sealed stunt dossiers", () => {
  it("seals the verdict with its evidence; the SHA-256 is that of the JSON served; the seal is an event of the chain", async () => {
    const { w, stuntId } = await stage();
    const response = await seal(w, stuntId);
    expect(response.status).toBe(201);
    const sealed = (await response.json()) as { id: string; sha256: string; verdict: string; createdAt: string; createdBy: { id: string; name: string }; url: string };
    expect(sealed).toMatchObject({ verdict: "not_ready", createdBy: { id: w.coordinator.userId }, url: `http://localhost:3000/verify/${sealed.sha256}` });
    expect(sealed.sha256).toMatch(/^[0-9a-f]{64}$/);

    const json = await file(w, `${sealed.id}.json`, w.coordinator);
    expect(json.status).toBe(200);
    const bytes = new Uint8Array(await json.arrayBuffer());
    expect(sha256Hex(bytes)).toBe(sealed.sha256);
    const doc = JSON.parse(new TextDecoder().decode(bytes)) as DossierDocument;
    expect(doc).toMatchObject({ format: "stuntbook-dossier/1", stunt: { id: stuntId, name: "Cliff jump", plannedDate: addDays(today, 30) }, verdict: "not_ready", asOf: today });
    expect(doc.reasons.some((r) => r.blocking)).toBe(true);
    const [ana] = doc.performers;
    // The world's skydive goal: 42 logged, 30 of them signed (the coordinator's); the performer's own 12 wait.
    expect(ana!.goals).toEqual([expect.objectContaining({ discipline: "Skydive", target: 500, done: 42, verified: 30, verifiedShare: 0.714 })]);
    expect(ana!.pendingEntries).toBe(1);
    expect(ana!.checkIns).toEqual([expect.objectContaining({ date: today, sleep: 4, average: 3.2 })]);
    expect(ana!.credentials).toEqual([{ kind: "medical", name: "Stunt medical", number: "M-77", issuedOn: null, expiresOn: "2027-01-01" }]);
    expect(doc.incidents).toEqual([expect.objectContaining({ severity: "minor", description: "Jarred wrist on landing", status: "open" })]);
    expect(doc.takes).toEqual([expect.objectContaining({ number: 1, outcome: "no_good", notes: "Short of the mark" })]);

    const links = await db.auditChain.count({ where: { productionId: w.productionId } });
    expect(doc.auditChain.entries).toBe(links - 1); // every link before the seal's own
    const sealEvent = await db.auditEvent.findFirst({ where: { productionId: w.productionId, subject: "stunt", action: "seal" } });
    expect(JSON.parse(sealEvent!.after!)).toEqual({ dossierId: sealed.id, sha256: sealed.sha256, verdict: "not_ready" });

    const listed = (await (await list(w, stuntId, w.viewer)).json()) as { id: string; sha256: string }[];
    expect(listed).toEqual([expect.objectContaining({ id: sealed.id, sha256: sealed.sha256 })]);
  });

  it("draws the same dossier as a PDF: verdict, reasons, evidence, the seal, the chain head and page numbers, on A4 or Letter", async () => {
    const { w, stuntId } = await stage();
    const sealed = (await (await seal(w, stuntId)).json()) as { id: string; sha256: string };
    const doc = JSON.parse(new TextDecoder().decode(new Uint8Array(await (await file(w, `${sealed.id}.json`, w.viewer)).arrayBuffer()))) as DossierDocument;
    const a4 = await file(w, `${sealed.id}.pdf`, w.viewer);
    expect(a4.status).toBe(200);
    expect(a4.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await a4.arrayBuffer());
    const { text, pages } = await textOf(bytes.slice()); // a copy: the parser takes over the buffer it is given
    expect(pages).toBeGreaterThanOrEqual(2); // the evidence, then the seal's own page
    const flat = text.replace(/\s+/g, " ");
    for (const expected of ["Sealed dossier — Cliff jump", "Verdict: NOT READY", "Jarred wrist on landing", "Short of the mark", "Stunt medical", "M-77", "71.4 %", sealed.sha256, doc.auditChain.head, `Page 1 of ${pages}`, `/verify/${sealed.sha256}`]) {
      expect(flat, expected).toContain(expected);
    }
    const letter = await file(w, `${sealed.id}.pdf`, w.viewer, "?paper=letter");
    expect(Buffer.from(new Uint8Array(await letter.arrayBuffer())).toString("latin1")).toContain("/MediaBox [0 0 612 792]");
    expect(Buffer.from(bytes).toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]");
    expect((await file(w, `${sealed.id}.pdf`, w.viewer, "?paper=a3")).status).toBe(400);
    expect((await file(w, `${sealed.id}.txt`, w.viewer)).status).toBe(404);
    expect((await file(w, `nope.json`, w.viewer)).status).toBe(404);
  });

  it("lets coordinators seal, coordinators and viewers read; performers are refused; outsiders learn nothing", async () => {
    const { w, stuntId } = await stage();
    const sealed = (await (await seal(w, stuntId)).json()) as { id: string };
    expect((await seal(w, stuntId, w.performer1)).status).toBe(403);
    expect((await seal(w, stuntId, w.viewer)).status).toBe(403);
    expect((await seal(w, stuntId, w.outsider)).status).toBe(404);
    expect((await seal(w, "no-such-stunt")).status).toBe(404);
    expect((await list(w, stuntId, w.performer1)).status).toBe(403);
    expect((await list(w, stuntId, w.outsider)).status).toBe(404);
    expect((await file(w, `${sealed.id}.json`, w.performer1)).status).toBe(403);
    expect((await file(w, `${sealed.id}.json`, w.outsider)).status).toBe(404);
    expect(await db.dossier.count({ where: { productionId: w.productionId } })).toBe(1);
  });

  it("tells anyone what a seal states and that it holds; an unknown or malformed seal is a 404", async () => {
    const { w, stuntId } = await stage();
    const sealed = (await (await seal(w, stuntId)).json()) as { sha256: string };
    const response = await verify(sealed.sha256);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ statement: { sha256: sealed.sha256, stunt: "Cliff jump", verdict: "not_ready", sealedAt: expect.any(String) }, contentIntact: true, chain: { ok: true } });
    // What the seal states, nothing of the evidence: no reasons, no names of performers, no incidents.
    expect(JSON.stringify(body)).not.toContain("Jarred wrist");
    expect(JSON.stringify(body)).not.toContain("reasons");
    expect((await verify("0".repeat(64))).status).toBe(404);
    expect((await verify("xyz")).status).toBe(404);
  });

  it("cannot be changed; a dossier or an audit event changed behind the app's back shows on the public check", async () => {
    const { w, stuntId } = await stage();
    const sealed = (await (await seal(w, stuntId)).json()) as { id: string; sha256: string };
    await expect(db.dossier.update({ where: { id: sealed.id }, data: { verdict: "ready" } })).rejects.toThrow();
    await expect(db.dossier.delete({ where: { id: sealed.id } })).rejects.toThrow();

    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000); // past the public check's one-minute memo
    await dropTrigger("Dossier", "update");
    try {
      await db.$executeRaw`UPDATE "Dossier" SET "content" = REPLACE("content", '"not_ready"', '"ready"') WHERE "id" = ${sealed.id}`;
      expect(await checkSeal(sealed.sha256, later(2))).toMatchObject({ contentIntact: false, chain: { ok: true } });
    } finally {
      await restoreUpdateTrigger("Dossier");
    }

    const { w: v, stuntId: other } = await stage();
    const second = (await (await seal(v, other)).json()) as { sha256: string };
    const first = await db.auditEvent.findFirst({ where: { productionId: v.productionId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    await dropTrigger("AuditEvent", "update");
    try {
      await db.$executeRaw`UPDATE "AuditEvent" SET "reason" = 'rewritten' WHERE "id" = ${first!.id}`;
      expect(await checkSeal(second.sha256, later(4))).toMatchObject({ contentIntact: true, chain: { ok: false, problem: "the event is not what was recorded" } });
      // Nothing more is sealed on a broken record.
      const refused = await seal(v, other);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { error: string }).error).toContain("audit chain breaks at entry 1");
    } finally {
      await restoreUpdateTrigger("AuditEvent");
    }
  });
});
