// Writes the demo production (lib/demo/demo-plan.ts) into a database. Used by
// `npm run seed:demo`, by `npm start` on an empty embedded database, and by
// the end-to-end tests. Never imported by the app itself.

import type { CalendarDay } from "../domain/calendar-day";
import type { Db } from "../server/db-client";
import { snapshot } from "../domain/audit-snapshot";
import { refreshGoalReachesWithPrisma } from "../data/goal-reaches";
import { chainHistory } from "../data/audit-chain";
import { prismaDialect, runStepsWithPrisma } from "../data/prisma-steps";
import { hashPassword } from "../server/password";
import { buildDemoPlan, DEMO_PASSWORD, DEMO_USERS } from "./demo-plan";

export type SeedResult = { seeded: true; sessions: number } | { seeded: false; reason: string };

export async function seedDemo(db: Db, today: CalendarDay): Promise<SeedResult> {
  const existing = await db.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
  if (existing > 0) return { seeded: false, reason: "the demo accounts already exist" };

  const plan = buildDemoPlan(today);
  const hashes = await Promise.all(plan.users.map(() => hashPassword(DEMO_PASSWORD)));

  await db.$transaction(async (tx) => {
    const production = await tx.production.create({ data: plan.production, select: { id: true } });
    const userIds = new Map<string, string>();
    for (const [i, u] of plan.users.entries()) {
      const user = await tx.user.create({
        data: { email: u.email, name: u.name, credential: u.credential ?? null, passwordHash: hashes[i]! },
        select: { id: true },
      });
      userIds.set(u.key, user.id);
      await tx.membership.create({ data: { productionId: production.id, userId: user.id, role: u.role } });
    }
    const disciplineIds = new Map<string, string>();
    for (const d of plan.disciplines) {
      const row = await tx.discipline.create({
        data: { productionId: production.id, name: d.name, unit: d.unit, recordsJumps: d.recordsJumps ?? false, fromTakes: d.fromTakes ?? false },
        select: { id: true },
      });
      disciplineIds.set(d.name, row.id);
    }
    const id = (map: Map<string, string>, key: string) => {
      const value = map.get(key);
      if (!value) throw new Error(`Demo plan refers to unknown ${key}`);
      return value;
    };
    for (const g of plan.goals) {
      await tx.goal.create({
        data: {
          productionId: production.id,
          performerId: id(userIds, g.performerKey),
          disciplineId: id(disciplineIds, g.disciplineName),
          target: g.target,
          startDate: g.startDate,
          deadline: g.deadline,
          milestones: { create: g.milestones },
        },
      });
    }
    const signedAt = new Date();
    const sessions = await tx.trainingSession.createManyAndReturn({
      data: plan.sessions.map((s) => ({
        productionId: production.id,
        performerId: id(userIds, s.performerKey),
        disciplineId: id(disciplineIds, s.disciplineName),
        date: s.date,
        count: s.count,
        durationMinutes: s.durationMinutes,
        rpe: s.rpe ?? null,
        location: s.location,
        notes: s.notes ?? null,
        status: s.status,
        loggedById: id(userIds, s.loggedByKey),
        verifiedById: s.verifiedByKey ? id(userIds, s.verifiedByKey) : s.status === "rejected" ? id(userIds, "coordinator") : null,
        verifiedAt: s.status === "pending" ? null : signedAt,
        rejectionReason: s.rejectionReason ?? null,
      })),
    });
    // The audit log tells the same story as the entries: logged, then signed off.
    await tx.auditEvent.createMany({
      data: sessions.flatMap((row) => {
        const events = [
          { productionId: production.id, sessionId: row.id, actorId: row.loggedById, action: "create", after: JSON.stringify(snapshot({ ...row, status: "pending" })), createdAt: signedAt },
        ];
        if (row.status !== "pending" && row.verifiedById) {
          const action = row.status === "rejected" ? "reject" : "verify";
          events.push({ productionId: production.id, sessionId: row.id, actorId: row.verifiedById, action, after: "", createdAt: signedAt });
        }
        return events.map((e) => ({ ...e, after: e.after || null, reason: e.action === "reject" ? row.rejectionReason : null }));
      }),
    });
    await refreshGoalReachesWithPrisma(tx, { productionId: production.id });
    // The demo's history, linked into the audit chain as the app would have (lib/data/audit-chain.ts).
    await runStepsWithPrisma(tx, prismaDialect(tx), chainHistory(prismaDialect(tx), production.id));

    const stuntIds = new Map<string, string>();
    for (const stunt of plan.stunts) {
      const row = await tx.stunt.create({
        data: {
          productionId: production.id,
          name: stunt.name,
          plannedDate: stunt.plannedDate,
          description: stunt.description,
          performerIds: JSON.stringify(stunt.performerKeys.map((k) => id(userIds, k))),
          disciplineIds: JSON.stringify(stunt.disciplineNames.map((d) => id(disciplineIds, d))),
        },
      });
      stuntIds.set(stunt.name, row.id);
      for (const [i, take] of stunt.takes.entries()) {
        await tx.take.create({
          data: {
            productionId: production.id,
            stuntId: row.id,
            performerId: id(userIds, take.performerKey),
            number: i + 1,
            at: new Date(signedAt.getTime() - take.daysAgo * 86_400_000 + i * 20 * 60_000),
            outcome: take.outcome,
            notes: take.notes ?? null,
            loggedById: id(userIds, "coordinator"),
          },
        });
      }
    }
    await tx.readinessCheckIn.createMany({
      data: plan.checkIns.map(({ performerKey, ...c }) => ({ ...c, productionId: production.id, performerId: id(userIds, performerKey), loggedById: id(userIds, performerKey) })),
    });
    for (const incident of plan.incidents) {
      await tx.incident.create({
        data: {
          productionId: production.id,
          performerId: id(userIds, incident.performerKey),
          occurredOn: incident.occurredOn,
          severity: incident.severity,
          description: incident.description,
          followUp: incident.followUp ?? null,
          status: incident.status,
          closedAt: incident.status === "closed" ? signedAt : null,
          stuntId: incident.stuntName ? (stuntIds.get(incident.stuntName) ?? null) : null,
          reportedById: id(userIds, "coordinator"),
        },
      });
    }
  });
  return { seeded: true, sessions: plan.sessions.length };
}

export function demoAccountsTable(): string {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  const lines = DEMO_USERS.map((u) => `  ${u.email.padEnd(width)}  ${u.role.padEnd(11)}  ${u.name}`);
  return [`Demo accounts (password: ${DEMO_PASSWORD}):`, ...lines].join("\n");
}
