import "server-only";
import type { Actor } from "../domain/actor";
import type { CalendarDay } from "../domain/calendar-day";
import { getDb, type Db } from "../server/db";
import { checkDoseLimits, limitWindow, type DoseLimits, type LimitViolation } from "../domain/limits";
import { doseLimitsSchema } from "../schemas/limits";
import { authorize, findDiscipline } from "./access";
import { parseOrThrow } from "../schemas/parse";

export function limitsOf(d: { maxPerDay: number | null; maxPer7Days: number | null; minRestDays: number | null; limitsAreHard: boolean }): DoseLimits {
  return { maxPerDay: d.maxPerDay, maxPer7Days: d.maxPer7Days, minRestDays: d.minRestDays, hard: d.limitsAreHard };
}

/** Which of a discipline's limits an entry would break, against the performer's other counting sessions. */
export async function evaluateDoseLimits(
  db: Db,
  scope: { productionId: string; performerId: string; disciplineId: string },
  limits: DoseLimits,
  entry: { date: CalendarDay; count: number },
  /** Entries the new one replaces: the entry being edited, or the one a correction corrects. */
  excludeIds: string[] = [],
): Promise<LimitViolation[]> {
  if (limits.maxPerDay === null && limits.maxPer7Days === null && !limits.minRestDays) return [];
  const { from, to } = limitWindow(entry.date, limits);
  const others = await db.trainingSession.findMany({
    where: {
      ...scope,
      id: { notIn: excludeIds },
      date: { gte: from, lte: to },
      OR: [{ status: "verified" }, { status: "pending", correctsId: null }],
    },
    select: { date: true, count: true },
  });
  return checkDoseLimits(limits, entry, others);
}

/** Set a discipline's dose limits (coordinators); null clears one. */
export async function setDoseLimits(actor: Actor, productionId: string, disciplineId: string, input: unknown) {
  const data = parseOrThrow(doseLimitsSchema, input);
  const db = await getDb();
  await authorize(db, actor, productionId, "discipline.manage");
  await findDiscipline(db, productionId, disciplineId);
  const row = await db.discipline.update({
    where: { id: disciplineId },
    data: { maxPerDay: data.maxPerDay, maxPer7Days: data.maxPer7Days, minRestDays: data.minRestDays, limitsAreHard: data.hard },
    select: { id: true, name: true, unit: true, maxPerDay: true, maxPer7Days: true, minRestDays: true, limitsAreHard: true },
  });
  return { id: row.id, name: row.name, unit: row.unit, limits: limitsOf(row) };
}

/** Every discipline of a production with its limits (coordinators' settings page). */
export async function listDoseLimits(actor: Actor, productionId: string) {
  const db = await getDb();
  await authorize(db, actor, productionId, "discipline.manage");
  return db.discipline.findMany({
    where: { productionId },
    select: { id: true, name: true, unit: true, maxPerDay: true, maxPer7Days: true, minRestDays: true, limitsAreHard: true },
    orderBy: { createdAt: "asc" },
  });
}
