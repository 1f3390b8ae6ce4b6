// The audit log's hash chain (issue 13): every event the session writer
// appends is linked, concurrent writers make one unbroken chain, and a change
// made behind the app's back — the trigger dropped, an old row rewritten, a
// row removed or slipped in — is named by the verifier.

import { beforeAll, describe, expect, it } from "vitest";
import { GET as verifyRoute } from "@/app/api/v1/productions/[productionId]/audit/verify/route";
import { chainHistory } from "@/lib/data/audit-chain";
import { verifyProductionChain } from "@/lib/data/audit-verify";
import { linkInput } from "@/lib/domain/audit-chain";
import { sha256Hex } from "@/lib/server/sha256";
import { prismaDialect, runStepsWithPrisma } from "@/lib/data/prisma-steps";
import { logTrainingSession, verifyTrainingSession } from "@/lib/data/sessions";
import type { Actor } from "@/lib/domain/actor";
import { getDb, type Db } from "@/lib/server/db";
import { apiRequest, callRoute } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
const NOW = new Date("2026-06-15T12:00:00Z");

beforeAll(async () => {
  db = await getDb();
});

type Verdict = { ok: boolean; entries: number; head?: string; firstBrokenEntry?: { id: string; seq: number | null; problem: string; action: string | null } };

async function verify(w: World, actor: Actor = w.coordinator): Promise<{ status: number; body: Verdict }> {
  const response = await callRoute(verifyRoute, await apiRequest(`/api/v1/productions/${w.productionId}/audit/verify`, { actor }), { productionId: w.productionId });
  return { status: response.status, body: (await response.json()) as Verdict };
}

const entry = (w: World, performerId: string, date: string, count = 1) => ({ performerId, disciplineId: w.skydive, date, count });
const isPostgres = () => prismaDialect(db) === "postgresql";

/** Run raw SQL as the database owner would, behind the app's back. */
const raw = (sql: string) => db.$executeRawUnsafe(sql);

async function dropTriggers() {
  if (isPostgres()) {
    await raw(`DROP TRIGGER "AuditEvent_no_update" ON "AuditEvent"`);
    await raw(`DROP TRIGGER "AuditEvent_no_delete" ON "AuditEvent"`);
  } else {
    await raw(`DROP TRIGGER "AuditEvent_no_update"`);
    await raw(`DROP TRIGGER "AuditEvent_no_delete"`);
  }
}

async function restoreTriggers() {
  if (isPostgres()) {
    await raw(`CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "AuditEvent_refuse_change"()`);
    await raw(`CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "AuditEvent_refuse_change"()`);
  } else {
    await raw(`CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent" BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`);
    await raw(`CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent" BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`);
  }
}

describe("the audit chain", () => {
  it("links every event the writer appends; the head moves with each write; coordinators only", async () => {
    const w = await createWorld(db);
    const coordinator = await scopeOf(w.coordinator, w.productionId, NOW);
    const performer = await scopeOf(w.performer1, w.productionId, NOW);
    expect((await verify(w)).body).toEqual({ ok: true, entries: 0, head: "0".repeat(64) });
    const pending = await logTrainingSession(performer, entry(w, w.performer1.userId, "2026-06-10"), NOW);
    await logTrainingSession(coordinator, entry(w, w.performer1.userId, "2026-06-11"), NOW);
    const first = (await verify(w)).body;
    await verifyTrainingSession(coordinator, pending.id, NOW);
    const second = (await verify(w)).body;
    const events = await db.auditEvent.count({ where: { productionId: w.productionId } });
    expect(second).toMatchObject({ ok: true, entries: events });
    expect(second.head).not.toBe(first.head);
    expect((await verify(w, w.performer1)).status).toBe(403);
    expect((await verify(w, w.viewer)).status).toBe(403);
    expect((await verify(w, w.outsider)).status).toBe(404);
  });

  it("stays one unbroken chain when writers for different performers append at once", async () => {
    const w = await createWorld(db);
    const s = await scopeOf(w.coordinator, w.productionId, NOW);
    // Two performers, so two writers run side by side (each holds only its performer's lock); without the chain's
    // own lock on PostgreSQL, some of these failed on a duplicate link number.
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        logTrainingSession(s, { performerId: i % 2 ? w.performer1.userId : w.performer2.userId, disciplineId: w.motorbike, date: `2026-06-${String(1 + (i % 14)).padStart(2, "0")}`, count: 1 }, NOW),
      ),
    );
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    expect(await db.auditEvent.count({ where: { productionId: w.productionId } })).toBe(80); // each log: a create and a verify
    expect((await verify(w)).body).toMatchObject({ ok: true, entries: 80 });
    const seqs = (await db.auditChain.findMany({ where: { productionId: w.productionId }, select: { seq: true }, orderBy: { seq: "asc" } })).map((l) => l.seq);
    expect(seqs).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  });

  it("names the first event changed, removed or slipped in behind the app's back (the trigger dropped)", async () => {
    const w = await createWorld(db);
    const coordinator = await scopeOf(w.coordinator, w.productionId, NOW);
    for (const day of ["2026-06-01", "2026-06-02", "2026-06-03"]) await logTrainingSession(coordinator, entry(w, w.performer1.userId, day), NOW);
    const links = await db.auditChain.findMany({ where: { productionId: w.productionId }, orderBy: { seq: "asc" } });
    expect(links).toHaveLength(6);
    const second = links[1]!.eventId;
    await dropTriggers();
    try {
      // An old row rewritten: its reason changed.
      await raw(`UPDATE "AuditEvent" SET "reason" = 'nothing to see' WHERE "id" = '${second}'`);
      let verdict = (await verify(w)).body;
      expect(verdict).toMatchObject({ ok: false, entries: 1, firstBrokenEntry: { id: second, seq: 2, problem: "the event is not what was recorded" } });

      // A row removed (the first one: the break is named there, before the changed second).
      await raw(`DELETE FROM "AuditEvent" WHERE "id" = '${links[0]!.eventId}'`);
      verdict = (await verify(w)).body;
      expect(verdict).toMatchObject({ ok: false, entries: 0, firstBrokenEntry: { id: links[0]!.eventId, seq: 1, problem: "the event this link names is gone" } });
    } finally {
      await restoreTriggers();
    }

    // A row slipped in behind the app's back, in a production whose chain is whole.
    const v = await createWorld(db);
    await logTrainingSession(await scopeOf(v.coordinator, v.productionId, NOW), entry(v, v.performer1.userId, "2026-06-01"), NOW);
    const sessionId = (await db.trainingSession.findFirstOrThrow({ where: { productionId: v.productionId } })).id;
    const forged = await db.auditEvent.create({ data: { productionId: v.productionId, sessionId, actorId: v.coordinator.userId, action: "verify", reason: "forged" } });
    expect((await verify(v)).body).toMatchObject({ ok: false, entries: 2, firstBrokenEntry: { id: forged.id, seq: null, problem: "an event the chain does not name" } });
  });

  it("names an event slipped in with a link filed under another production (no trigger dropped: both tables take inserts)", async () => {
    const w = await createWorld(db);
    await logTrainingSession(await scopeOf(w.coordinator, w.productionId, NOW), entry(w, w.performer1.userId, "2026-06-01"), NOW);
    const sessionId = (await db.trainingSession.findFirstOrThrow({ where: { productionId: w.productionId } })).id;
    // The forger inserts an event, and a link naming it in a chain nobody verifies (a production that does not
    // exist): the event is then "linked", but not by its own production's chain.
    const forged = await db.auditEvent.create({ data: { productionId: w.productionId, sessionId, actorId: w.coordinator.userId, action: "verify", reason: "forged" } });
    await db.auditChain.create({ data: { eventId: forged.id, productionId: "no-such-production", seq: 1, prevHash: "0".repeat(64), hash: "f".repeat(64) } });
    expect((await verify(w)).body).toMatchObject({ ok: false, entries: 2, firstBrokenEntry: { id: forged.id, seq: null, problem: "an event the chain does not name" } });
  });

  it("links the history a production had before the chain: by the upgrade, or on its first write", async () => {
    const w = await createWorld(db);
    const sessionId = (await logTrainingSession(await scopeOf(w.coordinator, w.productionId, NOW), entry(w, w.performer1.userId, "2026-06-01"), NOW)).id;
    // A production from before the chain: its events, no links (as a database upgraded to this version).
    const v = await createWorld(db);
    for (const action of ["create", "verify", "edit"]) {
      await db.auditEvent.create({ data: { productionId: v.productionId, sessionId, actorId: v.coordinator.userId, action, createdAt: new Date(`2026-05-0${action.length}T10:00:00Z`) } });
    }
    expect((await verify(v)).body).toMatchObject({ ok: false, firstBrokenEntry: { problem: "an event the chain does not name" } });
    // The upgrade (npm run db:migrate) links them, oldest first; running it again changes nothing.
    const dialect = prismaDialect(db);
    expect(await db.$transaction((tx) => runStepsWithPrisma(tx, dialect, chainHistory(dialect, v.productionId)))).toBe(3);
    expect(await db.$transaction((tx) => runStepsWithPrisma(tx, dialect, chainHistory(dialect, v.productionId)))).toBe(0);
    expect((await verify(v)).body).toMatchObject({ ok: true, entries: 3 });

    // Without the upgrade, the production's first write links its history first.
    const u = await createWorld(db);
    await db.auditEvent.create({ data: { productionId: u.productionId, sessionId, actorId: u.coordinator.userId, action: "create", createdAt: new Date("2026-05-01T10:00:00Z") } });
    await logTrainingSession(await scopeOf(u.coordinator, u.productionId, NOW), entry(u, u.performer1.userId, "2026-06-02"), NOW);
    expect((await verify(u)).body).toMatchObject({ ok: true, entries: 3 });
  });

  it("names a second link under a number that closes a batch (the unique index dropped), which paging alone would skip", async () => {
    const w = await createWorld(db);
    const coordinator = await scopeOf(w.coordinator, w.productionId, NOW);
    for (const day of ["2026-06-01", "2026-06-02"]) await logTrainingSession(coordinator, entry(w, w.performer1.userId, day), NOW);
    const links = await db.auditChain.findMany({ where: { productionId: w.productionId }, orderBy: { seq: "asc" } });
    expect(links).toHaveLength(4);
    const sessionId = (await db.trainingSession.findFirstOrThrow({ where: { productionId: w.productionId } })).id;
    // A forged event, and a link for it that follows link 1 correctly, filed as a second link 2: with batches of 2
    // it sorts after the real link 2, at the end of the first batch, and the second batch starts after number 2.
    const at = new Date("2026-06-01T12:00:00.000Z");
    const forged = { id: "zzzzforgedevent", productionId: w.productionId, subject: "session", sessionId, actorId: w.coordinator.userId, action: "verify", before: null, after: null, reason: "forged", createdAt: at.toISOString() };
    await db.auditEvent.create({ data: { id: forged.id, productionId: w.productionId, sessionId, actorId: w.coordinator.userId, action: "verify", reason: "forged", createdAt: at } });
    const dropUnique = `DROP INDEX "AuditChain_productionId_seq_key"`;
    await raw(dropUnique);
    try {
      await db.auditChain.create({ data: { eventId: forged.id, productionId: w.productionId, seq: 2, prevHash: links[0]!.hash, hash: sha256Hex(linkInput(forged, links[0]!.hash)) } });
      const verdict = await db.$transaction((tx) => runStepsWithPrisma(tx, prismaDialect(tx), verifyProductionChain(w.productionId, 2)));
      expect(verdict).toMatchObject({ ok: false, firstBrokenEntry: { id: forged.id, seq: 2, problem: "the chain holds 5 links, but 4 follow one another" } });
    } finally {
      // Put the database back as the migrations made it: the forged link out (past the trigger), the index again.
      const noDelete = isPostgres() ? `DROP TRIGGER "AuditChain_no_delete" ON "AuditChain"` : `DROP TRIGGER "AuditChain_no_delete"`;
      await raw(noDelete);
      await raw(`DELETE FROM "AuditChain" WHERE "eventId" = '${forged.id}'`);
      await raw(
        isPostgres()
          ? `CREATE TRIGGER "AuditChain_no_delete" BEFORE DELETE ON "AuditChain" FOR EACH ROW EXECUTE FUNCTION "AuditEvent_refuse_change"()`
          : `CREATE TRIGGER "AuditChain_no_delete" BEFORE DELETE ON "AuditChain" BEGIN SELECT RAISE(ABORT, 'the audit chain is append-only'); END`,
      );
      await raw(`CREATE UNIQUE INDEX "AuditChain_productionId_seq_key" ON "AuditChain"("productionId", "seq")`);
    }
  });
});
