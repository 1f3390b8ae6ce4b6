// The audit log beyond training sessions (issue 13, decision 0015): every
// change a go/no-go verdict rests on is an event with its subject, linked into
// the production's hash chain in the transaction that makes it; writers of
// different subjects at once still make one unbroken chain; an old event of
// any subject changed behind the app's back is named by the verifier.

import { beforeAll, describe, expect, it } from "vitest";
import { verifyProductionChain } from "@/lib/data/audit-verify";
import { createCredential, deleteCredential, deleteCredentialScan, setCredentialScan, updateCredential } from "@/lib/data/credentials";
import { recordCheckIn } from "@/lib/data/check-ins";
import { setCurrencyRule } from "@/lib/data/currency";
import { createDiscipline, updateDiscipline } from "@/lib/data/disciplines";
import { createEquipment, deleteEquipment, markEquipmentServiced, updateEquipment } from "@/lib/data/equipment";
import { createGoal } from "@/lib/data/goals";
import { reportIncident, updateIncident } from "@/lib/data/incidents";
import { inviteMember } from "@/lib/data/invitations";
import { setDoseLimits } from "@/lib/data/limits";
import { changeMemberRole, removeMember, resetMemberPassword } from "@/lib/data/members";
import { prismaDialect, runStepsWithPrisma } from "@/lib/data/prisma-steps";
import { updateProductionSettings } from "@/lib/data/productions";
import { logTrainingSession } from "@/lib/data/sessions";
import { createStunt, logTake } from "@/lib/data/stunts";
import { getDb, type Db } from "@/lib/server/db";
import { sha256Hex } from "@/lib/server/sha256";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
const NOW = new Date("2026-06-15T12:00:00Z");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

beforeAll(async () => {
  db = await getDb();
});

const verify = (productionId: string) => db.$transaction((tx) => runStepsWithPrisma(tx, prismaDialect(tx), verifyProductionChain(productionId)));

/** The events a production's chain links, in chain order, as subject/action pairs with their recorded values. */
async function chained(productionId: string) {
  const links = await db.auditChain.findMany({ where: { productionId }, orderBy: { seq: "asc" }, select: { eventId: true } });
  const events = new Map((await db.auditEvent.findMany({ where: { productionId } })).map((e) => [e.id, e]));
  return links.map((l) => events.get(l.eventId)!);
}

/** Run `write`, then answer the events it added to the chain. */
async function eventsOf(w: World, write: () => Promise<unknown>) {
  const before = (await chained(w.productionId)).length;
  await write();
  return (await chained(w.productionId)).slice(before).map((e) => ({
    subject: e.subject,
    action: e.action,
    subjectId: e.sessionId,
    actorId: e.actorId,
    before: e.before === null ? null : (JSON.parse(e.before) as Record<string, unknown>),
    after: e.after === null ? null : (JSON.parse(e.after) as Record<string, unknown>),
  }));
}

describe("the audit log beyond sessions", () => {
  it("records and chains each change to goals, disciplines, limits, currency, policy, stunts, takes, incidents, check-ins, credentials, equipment and members", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const p1 = await scopeOf(w.performer1, w.productionId, NOW);
    const me = w.coordinator.userId;

    const goal = await eventsOf(w, () => createGoal(c, { performerId: w.performer1.userId, disciplineId: w.motorbike, target: 500, startDate: "2026-06-01", deadline: "2026-09-01", milestones: [{ name: "First 100", count: 100 }] }, NOW));
    expect(goal).toMatchObject([{ subject: "goal", action: "create", actorId: me, before: null, after: { target: 500, deadline: "2026-09-01", milestones: [{ name: "First 100", count: 100 }] } }]);

    const discipline = await eventsOf(w, () => createDiscipline(c, { name: "Stair fall", unit: "falls" }, NOW));
    expect(discipline).toMatchObject([{ subject: "discipline", action: "create", after: { name: "Stair fall", unit: "falls" } }]);
    const renamed = await eventsOf(w, () => updateDiscipline(c, discipline[0]!.subjectId, { name: "Stairs fall", fromTakes: true }, NOW));
    expect(renamed).toMatchObject([{ subject: "discipline", action: "edit", before: { name: "Stair fall", fromTakes: false }, after: { name: "Stairs fall", unit: "falls", fromTakes: true } }]);
    const limits = await eventsOf(w, () => setDoseLimits(c, w.motorbike, { maxPerDay: 40, maxPer7Days: null, minRestDays: null, hard: true }, NOW));
    expect(limits).toMatchObject([{ subject: "discipline", action: "limits", subjectId: w.motorbike, after: { maxPerDay: 40, hard: true } }]);
    const currency = await eventsOf(w, () => setCurrencyRule(c, w.skydive, { count: 1, days: 30 }, NOW));
    expect(currency).toMatchObject([{ subject: "discipline", action: "currency", subjectId: w.skydive, before: {}, after: { count: 1, days: 30 } }]);
    const policy = await eventsOf(w, () => updateProductionSettings(c, { coordinatorLogsAreVerified: false }, NOW));
    expect(policy).toMatchObject([{ subject: "production", action: "settings", subjectId: w.productionId, after: { coordinatorLogsAreVerified: false } }]);

    let stuntId = "";
    const stunt = await eventsOf(w, async () => (stuntId = (await createStunt(c, { name: "Cliff jump", plannedDate: "2026-09-10", performerIds: [w.performer1.userId], disciplineIds: [w.motorbike] }, NOW)).id));
    expect(stunt).toMatchObject([{ subject: "stunt", action: "create", subjectId: stuntId, after: { name: "Cliff jump", plannedDate: "2026-09-10", performerIds: [w.performer1.userId] } }]);
    const take = await eventsOf(w, () => logTake(c, stuntId, { performerId: w.performer1.userId, outcome: "safety_cut", notes: "wind" }, NOW));
    expect(take).toMatchObject([{ subject: "take", action: "create", after: { stuntId, number: 1, outcome: "safety_cut", notes: "wind" } }]);

    let incidentId = "";
    const incident = await eventsOf(w, async () => (incidentId = (await reportIncident(p1, { occurredOn: "2026-06-14", severity: "minor", performerId: w.performer1.userId, description: "Bruised wrist" }, NOW)).id));
    expect(incident).toMatchObject([{ subject: "incident", action: "create", actorId: w.performer1.userId, after: { severity: "minor", description: "Bruised wrist", status: "open" } }]);
    const closed = await eventsOf(w, () => updateIncident(c, incidentId, { status: "closed", followUp: "Strapped" }, NOW));
    expect(closed).toMatchObject([{ subject: "incident", action: "edit", subjectId: incidentId, before: { status: "open" }, after: { status: "closed", followUp: "Strapped" } }]);

    const scores = { sleep: 4, soreness: 2, fatigue: 2, stress: 1, mood: 4 };
    const checkIn = await eventsOf(w, () => recordCheckIn(p1, { performerId: w.performer1.userId, date: "2026-06-15", ...scores }, NOW));
    expect(checkIn).toMatchObject([{ subject: "check-in", action: "create", before: null, after: { performerId: w.performer1.userId, date: "2026-06-15", sleep: 4 } }]);
    const again = await eventsOf(w, () => recordCheckIn(p1, { performerId: w.performer1.userId, date: "2026-06-15", ...scores, sleep: 2 }, NOW));
    expect(again).toMatchObject([{ subject: "check-in", action: "edit", subjectId: checkIn[0]!.subjectId, before: { sleep: 4 }, after: { sleep: 2 } }]);

    let credentialId = "";
    const credential = await eventsOf(w, async () => (credentialId = (await createCredential(p1, { kind: "licence", name: "USPA D", number: "D-1", expiresOn: "2027-01-01" }, NOW)).id));
    expect(credential).toMatchObject([{ subject: "credential", action: "create", after: { userId: w.performer1.userId, name: "USPA D", number: "D-1" } }]);
    const scan = await eventsOf(w, () => setCredentialScan(p1, credentialId, async () => ({ bytes: PNG, type: "image/png" }), "licence.png"));
    // The chain commits to the very file filed: its digest is in the event.
    expect(scan).toMatchObject([{ subject: "credential", action: "scan", after: { scanName: "licence.png", scanSha256: sha256Hex(PNG) } }]);
    expect(await eventsOf(w, () => deleteCredentialScan(p1, credentialId))).toMatchObject([{ action: "remove-scan", before: { scanName: "licence.png" }, after: { scanName: null } }]);
    expect(await eventsOf(w, () => updateCredential(c, credentialId, { kind: "licence", name: "USPA D", number: "D-2" }))).toMatchObject([{ action: "edit", actorId: me, before: { number: "D-1" }, after: { number: "D-2" } }]);
    expect(await eventsOf(w, () => deleteCredential(c, credentialId))).toMatchObject([{ subject: "credential", action: "delete", subjectId: credentialId, before: { number: "D-2" }, after: null }]);

    let equipmentId = "";
    const rig = await eventsOf(w, async () => (equipmentId = (await createEquipment(c, { name: "Rig 7", kind: "rig", serviceIntervalDays: 180, lastServiceOn: "2026-01-01" })).id));
    expect(rig).toMatchObject([{ subject: "equipment", action: "create", subjectId: equipmentId, before: null, after: { name: "Rig 7", serviceIntervalDays: 180 } }]);
    expect(await eventsOf(w, () => updateEquipment(c, equipmentId, { name: "Rig 7b", kind: "rig", serviceIntervalDays: 180, lastServiceOn: "2026-01-01" }))).toMatchObject([{ action: "edit", before: { name: "Rig 7" }, after: { name: "Rig 7b" } }]);
    expect(await eventsOf(w, () => markEquipmentServiced(c, equipmentId))).toMatchObject([{ action: "serviced", before: { lastServiceOn: "2026-01-01" }, after: { lastServiceOn: c.today } }]);
    expect(await eventsOf(w, () => deleteEquipment(c, equipmentId))).toMatchObject([{ subject: "equipment", action: "delete", subjectId: equipmentId, after: null }]);

    const invite = await eventsOf(w, () => inviteMember(c, { email: "new.rigger@test.test", name: "New Rigger", role: "performer" }, NOW));
    expect(invite).toMatchObject([{ subject: "member", action: "invite", after: { email: "new.rigger@test.test", role: "performer", performs: false } }]);
    const reset = await eventsOf(w, () => resetMemberPassword(c, w.viewer.userId, NOW));
    expect(reset).toEqual([{ subject: "member", action: "reset-password", subjectId: w.viewer.userId, actorId: me, before: null, after: null }]);
    expect(await eventsOf(w, () => changeMemberRole(c, w.viewer.userId, { role: "performer" }, NOW))).toMatchObject([
      { subject: "member", action: "role", subjectId: w.viewer.userId, before: { role: "viewer", performs: false }, after: { role: "performer", performs: false } },
    ]);
    expect(await eventsOf(w, () => removeMember(c, w.viewer.userId, NOW))).toMatchObject([{ subject: "member", action: "remove", subjectId: w.viewer.userId, before: { role: "performer" } }]);

    expect(await verify(w.productionId)).toMatchObject({ ok: true, entries: (await chained(w.productionId)).length });
  });

  it("writes nothing when the change is refused: no event without its change", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const count = () => db.auditEvent.count({ where: { productionId: w.productionId } });
    const before = await count();
    await expect(createDiscipline(c, { name: "", unit: "x" }, NOW)).rejects.toThrow();
    await expect(removeMember(c, w.coordinator.userId, NOW)).rejects.toThrow(); // the last coordinator stays
    await expect(changeMemberRole(c, w.coordinator.userId, { role: "viewer" }, NOW)).rejects.toMatchObject({ status: 409 }); // and keeps the role
    await expect(changeMemberRole(c, w.performer1.userId, { role: "viewer", performs: true }, NOW)).rejects.toMatchObject({ fields: { performs: expect.stringContaining("Only a coordinator") } });
    await expect(updateIncident(c, "no-such-incident", { status: "closed" }, NOW)).rejects.toThrow();
    await expect(updateDiscipline(c, w.motorbike, { name: "Skydive" }, NOW)).rejects.toMatchObject({ fields: { name: 'This production already has a discipline called "Skydive"' } });
    await expect(updateDiscipline(c, w.motorbike, {}, NOW)).rejects.toMatchObject({ status: 400 });
    await expect(updateDiscipline(c, w.otherDiscipline, { unit: "x" }, NOW)).rejects.toMatchObject({ status: 404 });
    expect(await count()).toBe(before);
  });

  it("stays one unbroken chain when sessions, goals, check-ins, incidents and takes are written at once", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    const { id: stuntId } = await createStunt(c, { name: "Wall run", performerIds: [w.performer1.userId, w.performer2.userId] }, NOW);
    const performers = [w.performer1.userId, w.performer2.userId];
    // One active goal per performer and discipline: each goal written here has a discipline of its own.
    const goalDisciplines = await Promise.all(Array.from({ length: 6 }, (_, k) => db.discipline.create({ data: { productionId: w.productionId, name: `Fall ${k}`, unit: "fall" } })));
    const writes = Array.from({ length: 30 }, (_, i) => {
      const performerId = performers[i % 2]!;
      const day = `2026-06-${String(1 + (i % 14)).padStart(2, "0")}`;
      switch (i % 5) {
        case 0: return logTrainingSession(c, { performerId, disciplineId: w.motorbike, date: day, count: 1 }, NOW);
        case 1: return createGoal(c, { performerId, disciplineId: goalDisciplines[Math.floor(i / 5)]!.id, target: 10 + i, startDate: "2026-06-01", deadline: "2026-12-01" }, NOW);
        case 2: return recordCheckIn(c, { performerId, date: day, sleep: 3, soreness: 3, fatigue: 3, stress: 3, mood: 3 }, NOW);
        case 3: return reportIncident(c, { occurredOn: day, severity: "near_miss", description: `Near miss ${i}` }, NOW);
        default: return logTake(c, stuntId, { performerId, outcome: "usable" }, NOW);
      }
    });
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    const events = await db.auditEvent.count({ where: { productionId: w.productionId } });
    expect(await verify(w.productionId)).toMatchObject({ ok: true, entries: events });
    const seqs = (await db.auditChain.findMany({ where: { productionId: w.productionId }, select: { seq: true }, orderBy: { seq: "asc" } })).map((l) => l.seq);
    expect(seqs).toEqual(Array.from({ length: events }, (_, i) => i + 1));
  });

  it("names a goal's event changed behind the app's back, with its action", async () => {
    const w = await createWorld(db);
    const c = await scopeOf(w.coordinator, w.productionId, NOW);
    await createGoal(c, { performerId: w.performer1.userId, disciplineId: w.motorbike, target: 500, startDate: "2026-06-01", deadline: "2026-09-01" }, NOW);
    await setDoseLimits(c, w.motorbike, { maxPerDay: 40, maxPer7Days: null, minRestDays: null, hard: true }, NOW);
    const [goalEvent] = await chained(w.productionId);
    expect(goalEvent).toMatchObject({ subject: "goal", action: "create" });
    const postgres = prismaDialect(db) === "postgresql";
    await db.$executeRawUnsafe(postgres ? `DROP TRIGGER "AuditEvent_no_update" ON "AuditEvent"` : `DROP TRIGGER "AuditEvent_no_update"`);
    try {
      // A lower target, and the subject moved to another kind: either alone breaks the link.
      await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "after" = REPLACE("after", '500', '50') WHERE "id" = '${goalEvent!.id}'`);
      expect(await verify(w.productionId)).toMatchObject({ ok: false, firstBrokenEntry: { id: goalEvent!.id, action: "create", seq: 1, problem: "the event is not what was recorded" } });
      // The value put back exactly as it was (not REPLACE back: an id may hold "50"), the subject moved.
      await db.$executeRaw`UPDATE "AuditEvent" SET "after" = ${goalEvent!.after}, "subject" = 'stunt' WHERE "id" = ${goalEvent!.id}`;
      expect(await verify(w.productionId)).toMatchObject({ ok: false, firstBrokenEntry: { id: goalEvent!.id, seq: 1 } });
      await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "subject" = 'goal' WHERE "id" = '${goalEvent!.id}'`);
      expect(await verify(w.productionId)).toMatchObject({ ok: true, entries: 2 });
    } finally {
      await db.$executeRawUnsafe(
        postgres
          ? `CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "AuditEvent_refuse_change"()`
          : `CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent" BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
      );
    }
  });
});
