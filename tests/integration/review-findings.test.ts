// Defects found in review (helper-d), each shown by a test that failed on main
// at 8c5741a. Through the data layer or the real route handlers, on SQLite and
// PostgreSQL alike.

import { beforeEach, describe, expect, it } from "vitest";
import { GET as eventsRoute } from "@/app/api/v1/productions/[productionId]/events/route";
import { authenticate } from "@/lib/auth/options";
import { getSessionHistory } from "@/lib/data/audit";
import { acceptInvitation, inviteMember } from "@/lib/data/invitations";
import { resetMemberPassword } from "@/lib/data/members";
import { editTrainingSession, getTrainingSession, logTrainingSession } from "@/lib/data/sessions";
import { endAllSessions } from "@/lib/data/session-version";
import { changePassword } from "@/lib/data/users";
import type { Actor } from "@/lib/domain/actor";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { getDb, type Db } from "@/lib/server/db";
import { publishProductionChange } from "@/lib/server/live-updates";
import { apiRequest, params } from "../support/api-request";
import { createWorld, scopeOf, type World } from "../support/world";

let db: Db;
let w: World;

beforeEach(async () => {
  db = await getDb();
  w = await createWorld(db);
});

const emailOf = async (actor: Actor) => (await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true } })).email;

describe("instants the session writer stores", () => {
  // pg sends a Date as local time with an offset; a TIMESTAMP(3) column (no
  // zone, as Prisma makes it) drops the offset, and Prisma reads it back as UTC.
  it("read back through Prisma as the same instant when the server's time zone is not UTC", async () => {
    const previous = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const now = new Date("2026-03-02T12:00:00.000Z");
      const scope = await scopeOf(w.coordinator, w.productionId, now);
      const entry = await logTrainingSession(scope, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-03-01", count: 2 }, now);
      expect(entry.createdAt.toISOString()).toBe(now.toISOString());
      const read = await getTrainingSession(scope, entry.id);
      expect(read.createdAt.toISOString()).toBe(now.toISOString());
      expect(read.verifiedAt?.toISOString()).toBe(now.toISOString());
      const history = await getSessionHistory(scope, entry.id);
      expect(history.map((e) => e.at)).toEqual([now.toISOString(), now.toISOString()]);
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});

describe("a coordinator's password reset", () => {
  // The reset hands the coordinator the account; with it they can accept the
  // account's open invitation to a production they do not run.
  it("is refused for a member with an open invitation to a production the coordinator does not run", async () => {
    const email = await emailOf(w.performer1);
    await inviteMember(await scopeOf(w.outsider, w.otherProductionId), { email, name: "Performer One", role: "coordinator" });
    const reset = resetMemberPassword(await scopeOf(w.coordinator, w.productionId), w.performer1.userId);
    await expect(reset).rejects.toBeInstanceOf(ForbiddenError);
    // What the reset would have allowed: the coordinator signs in as them and joins the other production as its coordinator.
    const temporaryPassword = await reset.catch(() => null).then((r) => r?.temporaryPassword);
    if (temporaryPassword) {
      const signedIn = await authenticate(email, temporaryPassword);
      const invitation = await db.invitation.findFirstOrThrow({ where: { email, productionId: w.otherProductionId } });
      await acceptInvitation({ userId: signedIn!.id }, invitation.id);
    }
    expect(await db.membership.count({ where: { userId: w.performer1.userId, productionId: w.otherProductionId } })).toBe(0);
  });
});

describe("edits held to hard dose limits", () => {
  const NOW = new Date("2026-06-15T12:00:00Z");
  const DAY = "2026-06-10";

  beforeEach(async () => {
    await db.discipline.update({ where: { id: w.skydive }, data: { maxPerDay: 10, limitsAreHard: true } });
  });

  it("judge a pending correction without the entry it replaces, as logging it did", async () => {
    const original = await logTrainingSession(
      await scopeOf(w.coordinator, w.productionId),
      { performerId: w.performer1.userId, disciplineId: w.skydive, date: DAY, count: 6 },
      NOW,
    );
    expect(original.status).toBe("verified");
    const performer = await scopeOf(w.performer1, w.productionId);
    const correction = await logTrainingSession(
      performer,
      { performerId: w.performer1.userId, disciplineId: w.skydive, date: DAY, count: 8, correctsId: original.id, reason: "miscounted" },
      NOW,
    );
    // 7 replaces the 6: the day holds 7, under 10. It was judged as 6 + 7 = 13.
    const edited = await editTrainingSession(performer, correction.id, { count: 7 }, NOW);
    expect(edited.count).toBe(7);
  });

  it("let a pending entry's notes change on a day a coordinator's override already put over the limit", async () => {
    const performer = await scopeOf(w.performer1, w.productionId);
    const own = await logTrainingSession(performer, { performerId: w.performer1.userId, disciplineId: w.skydive, date: DAY, count: 6 }, NOW);
    await logTrainingSession(
      await scopeOf(w.coordinator, w.productionId),
      { performerId: w.performer1.userId, disciplineId: w.skydive, date: DAY, count: 5, overrideReason: "rehearsal day, agreed with the medic" },
      NOW,
    );
    // The note changes no dose: refusing it (422) leaves the entry unfixable.
    const edited = await editTrainingSession(performer, own.id, { notes: "windy" }, NOW);
    expect(edited.notes).toBe("windy");
  });
});

describe("the live event stream", () => {
  it("sends nothing more once the session behind it has ended (sign out everywhere)", async () => {
    const controller = new AbortController();
    const path = `/api/v1/productions/${w.productionId}/events`;
    const response = await eventsRoute(await apiRequest(path, { actor: w.viewer, signal: controller.signal }), params({ productionId: w.productionId }));
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toMatch(/connected/);
    try {
      await endAllSessions(w.viewer);
      await publishProductionChange(w.productionId, "session-logged", new Date("2026-06-15T12:00:00Z"));
      const next = await reader.read();
      expect(next.done ? "" : decoder.decode(next.value)).not.toMatch(/event: change/);
    } finally {
      controller.abort();
      await reader.cancel().catch(() => undefined);
    }
  });
});

describe("an account made from one production's one-time password", () => {
  // Coordinator A invites a new address and signs in with the code A was shown
  // (decision 0008 accepts that this creates the account). The account then
  // also holds the invitation production B sent the same address, as its
  // coordinator: A must not be able to accept it and run B.
  it("cannot accept another production's invitation to the same address", async () => {
    const email = "new-hire@test.test";
    const fromA = await inviteMember(await scopeOf(w.coordinator, w.productionId), { email, name: "New Hire", role: "viewer" });
    await inviteMember(await scopeOf(w.outsider, w.otherProductionId), { email, name: "New Hire", role: "coordinator" });
    const signedIn = await authenticate(email, fromA.temporaryPassword);
    expect(signedIn).not.toBeNull();
    const toB = await db.invitation.findFirstOrThrow({ where: { email, productionId: w.otherProductionId } });
    await expect(acceptInvitation({ userId: signedIn!.id }, toB.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.membership.count({ where: { userId: signedIn!.id, productionId: w.otherProductionId } })).toBe(0);

    // The invitation whose password it was is accepted; once the person sets
    // a password of their own, so is every other one addressed to them.
    const toA = await db.invitation.findFirstOrThrow({ where: { email, productionId: w.productionId } });
    await acceptInvitation({ userId: signedIn!.id }, toA.id);
    await changePassword({ userId: signedIn!.id }, { currentPassword: fromA.temporaryPassword, newPassword: "a password of my own" });
    await acceptInvitation({ userId: signedIn!.id }, toB.id);
    expect(await db.membership.count({ where: { userId: signedIn!.id } })).toBe(2);
  });
});

describe("ids from page URLs", () => {
  // The API checks path ids before any query (request-guards.ts); pages pass
  // theirs straight to the data layer. On PostgreSQL a NUL in a text
  // parameter is an encoding error, so /productions/%00 was a 500, not a 404.
  it("that cannot be ids are a 404 (NotFoundError), not a database error", async () => {
    await expect(scopeOf(w.coordinator, "bad\u0000id")).rejects.toBeInstanceOf(NotFoundError);
    const scope = await scopeOf(w.coordinator, w.productionId);
    await expect(getTrainingSession(scope, "bad\u0000id")).rejects.toBeInstanceOf(NotFoundError);
  });
});
