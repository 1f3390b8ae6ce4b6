import { beforeEach, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/server/db";
import { listPendingSessions, rejectTrainingSession, verifyTrainingSession } from "@/lib/data/sessions";
import { logTrainingSession } from "@/lib/data/sessions";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { createWorld, type World, scopeOf } from "../support/world";

const NOW = new Date("2026-06-15T12:00:00Z"); // 15 June in Europe/Oslo
let db: Db;
let w: World;

beforeEach(async () => {
  db = await getDb();
  w = await createWorld(db);
});

const entry = (performerId: string, extra: Record<string, unknown> = {}) => ({
  performerId,
  disciplineId: w.skydive,
  date: "2026-06-14",
  count: 6,
  ...extra,
});

const sessionCount = () => db.trainingSession.count({ where: { productionId: w.productionId } });

describe("logging a training session", () => {
  it("a coordinator logs for a performer; the entry is verified by them under the default policy", async () => {
    const s = await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.performer1.userId, { durationMinutes: "90", location: " Voss " }), NOW);
    expect(s).toMatchObject({ status: "verified", count: 6, durationMinutes: 90, location: "Voss", date: "2026-06-14" });
    const row = await db.trainingSession.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.verifiedById).toBe(w.coordinator.userId);
    expect(row.loggedById).toBe(w.coordinator.userId);
    expect(row.verifiedAt?.toISOString()).toBe(NOW.toISOString());
  });

  it("with the policy off, a coordinator's entry waits for sign-off too", async () => {
    await db.production.update({ where: { id: w.productionId }, data: { coordinatorLogsAreVerified: false } });
    const s = await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.performer1.userId), NOW);
    expect(s.status).toBe("pending");
  });

  it("a performer logs their own session as pending", async () => {
    const s = await logTrainingSession(await scopeOf(w.performer1, w.productionId), entry(w.performer1.userId), NOW);
    expect(s.status).toBe("pending");
    expect(s.verifiedBy).toBeNull();
  });

  it.each([
    ["a performer, for another performer", "performer1", "performer2", ForbiddenError],
    ["a viewer", "viewer", "performer1", ForbiddenError],
    ["someone outside the production", "outsider", "performer1", NotFoundError],
  ] as const)("%s is refused and nothing is written", async (_label, who, forWhom, errorClass) => {
    await expect(scopeOf(w[who], w.productionId).then((s) => logTrainingSession(s, entry(w[forWhom].userId), NOW))).rejects.toBeInstanceOf(errorClass);
    expect(await sessionCount()).toBe(0);
  });

  it("unknown or foreign ids are 404: performer, discipline, production", async () => {
    await expect(logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry("nope"), NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.viewer.userId), NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.performer1.userId, { disciplineId: w.otherDiscipline }), NOW),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(scopeOf(w.coordinator, "no-such-production")).rejects.toBeInstanceOf(NotFoundError);
    expect(await sessionCount()).toBe(0);
  });

  it("bad fields come back by name and nothing is written", async () => {
    const error = await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.performer1.userId, { count: 0, date: "2026-13-01" }), NOW).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({
      count: "Count must be at least 1",
      date: "Date must be a real date written YYYY-MM-DD",
    });
    expect(await sessionCount()).toBe(0);
  });

  it("a date after today in the production's time zone is refused", async () => {
    // 23:30 UTC on 14 June is already 15 June in Oslo: the 15th is today there, the 16th is not.
    const lateEvening = new Date("2026-06-14T23:30:00Z");
    await expect(logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.performer1.userId, { date: "2026-06-15" }), lateEvening)).resolves.toBeTruthy();
    const error = await logTrainingSession(await scopeOf(w.coordinator, w.productionId), entry(w.performer1.userId, { date: "2026-06-16" }), lateEvening).catch(
      (e: unknown) => e,
    );
    expect((error as ValidationError).fields.date).toMatch(/cannot be after today \(15 Jun 2026 in Europe\/Oslo\)/);
    expect(await sessionCount()).toBe(1);
  });
});

describe("signing off", () => {
  async function pendingOf(performer: "performer1" | "performer2") {
    return logTrainingSession(await scopeOf(w[performer], w.productionId), entry(w[performer].userId), NOW);
  }

  it("lists pending entries oldest first, for coordinators only", async () => {
    await logTrainingSession(await scopeOf(w.performer1, w.productionId), entry(w.performer1.userId, { date: "2026-06-10" }), NOW);
    await logTrainingSession(await scopeOf(w.performer2, w.productionId), entry(w.performer2.userId, { date: "2026-06-02" }), NOW);
    const queue = await listPendingSessions(await scopeOf(w.coordinator, w.productionId));
    expect(queue.map((s) => s.date)).toEqual(["2026-06-02", "2026-06-10"]);
    await expect(listPendingSessions(await scopeOf(w.viewer, w.productionId))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listPendingSessions(await scopeOf(w.performer1, w.productionId))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(scopeOf(w.outsider, w.productionId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a coordinator verifies; the signer and time are recorded; a second signature is a conflict", async () => {
    const s = await pendingOf("performer1");
    const later = new Date("2026-06-15T18:00:00Z");
    const verified = await verifyTrainingSession(await scopeOf(w.coordinator, w.productionId), s.id, later);
    expect(verified.status).toBe("verified");
    expect(verified.verifiedBy?.name).toBe("Coordinator");
    expect(verified.verifiedAt?.toISOString()).toBe(later.toISOString());
    await expect(verifyTrainingSession(await scopeOf(w.coordinator, w.productionId), s.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("performers and viewers cannot sign off, not even their own entry", async () => {
    const s = await pendingOf("performer1");
    await expect(verifyTrainingSession(await scopeOf(w.performer1, w.productionId), s.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(verifyTrainingSession(await scopeOf(w.performer2, w.productionId), s.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(verifyTrainingSession(await scopeOf(w.viewer, w.productionId), s.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(scopeOf(w.outsider, w.productionId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("pending");
  });

  it("a session id from another production is 404 even for a coordinator there", async () => {
    const s = await pendingOf("performer1");
    await expect(verifyTrainingSession(await scopeOf(w.outsider, w.otherProductionId), s.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a rejection needs a reason, which the performer then sees", async () => {
    const s = await pendingOf("performer2");
    const error = await rejectTrainingSession(await scopeOf(w.coordinator, w.productionId), s.id, { reason: "" }).catch((e: unknown) => e);
    expect((error as ValidationError).fields.reason).toBe("Give a reason the performer can act on");
    const rejected = await rejectTrainingSession(await scopeOf(w.coordinator, w.productionId), s.id, { reason: "Manifest shows one load" });
    expect(rejected).toMatchObject({ status: "rejected", rejectionReason: "Manifest shows one load" });
    await expect(verifyTrainingSession(await scopeOf(w.coordinator, w.productionId), s.id)).rejects.toBeInstanceOf(ConflictError);
  });
});
