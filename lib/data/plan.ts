import "server-only";
import type { CalendarDay } from "../domain/calendar-day";
import { ForbiddenError, ValidationError } from "../domain/errors";
import { canViewPerformer } from "../domain/permissions";
import { planCalendar, repeatWeek, type PlanDay, type PlanEntry } from "../domain/plan";
import type { ProductionScope } from "../domain/scope";
import { addDays } from "../domain/calendar-day";
import { parseOrThrow } from "../schemas/parse";
import { planBodySchema, planRangeSchema, repeatWeekSchema } from "../schemas/plan";
import { getDb } from "../server/db";
import { findPerformer } from "./access";
import { requirePermission } from "./scope";
import { lockPerformer } from "./production-lock";
import { COUNTING_SESSION_SQL } from "./sql-fragments";
import { int, rows } from "../server/sql-steps";
import { getSqlWriter } from "../server/sql-writer";

// A performer's training plan (issue 15): a coordinator plans reps per
// discipline and day; everyone who may see the performer sees the plan
// against what was logged (the sessions that count toward progress).

export interface PlanView {
  performer: { id: string; name: string };
  from: CalendarDay;
  to: CalendarDay;
  /** What is planned, one entry per day and discipline, with what was done and its compliance. */
  entries: { date: CalendarDay; disciplineId: string; count: number; done: number; compliance: PlanDay["compliance"] }[];
  days: PlanDay[];
}

async function readable(scope: ProductionScope, performerId: string) {
  const db = await getDb();
  const performer = await findPerformer(db, scope.production.id, performerId);
  if (!canViewPerformer(scope.role, scope.actor.userId, performerId)) throw new ForbiddenError("Performers see their own plan only");
  return performer;
}

async function planned(productionId: string, performerId: string, from: CalendarDay, to: CalendarDay): Promise<PlanEntry[]> {
  const db = await getDb();
  return db.plannedSession.findMany({
    where: { productionId, performerId, date: { gte: from, lte: to } },
    select: { date: true, disciplineId: true, count: true },
    orderBy: [{ date: "asc" }, { disciplineId: "asc" }],
  });
}

async function done(productionId: string, performerId: string, from: CalendarDay, to: CalendarDay): Promise<PlanEntry[]> {
  const found = await getSqlWriter().read(() =>
    rows<{ date: string; disciplineId: string; count: unknown }>(
      `SELECT s."date" AS "date", s."disciplineId" AS "disciplineId", SUM(s."count") AS "count"
         FROM "TrainingSession" s
        WHERE s."productionId" = ? AND s."performerId" = ? AND s."date" >= ? AND s."date" <= ? AND ${COUNTING_SESSION_SQL}
        GROUP BY s."date", s."disciplineId"`,
      productionId,
      performerId,
      from,
      to,
    ),
  );
  return found.map((r) => ({ date: r.date, disciplineId: r.disciplineId, count: int(r.count) }));
}

async function view(scope: ProductionScope, performer: { id: string; name: string }, from: CalendarDay, to: CalendarDay): Promise<PlanView> {
  const productionId = scope.production.id;
  const [plan, logged] = await Promise.all([planned(productionId, performer.id, from, to), done(productionId, performer.id, from, to)]);
  const days = planCalendar(plan, logged, from, to, scope.today);
  const entries = days.flatMap((d) => d.disciplines.filter((x) => x.planned > 0).map((x) => ({ date: d.date, disciplineId: x.disciplineId, count: x.planned, done: x.done, compliance: x.compliance })));
  return { performer, from, to, entries, days };
}

/** `?from=&to=` (this week by default, at most 366 days): the plan against what was done. */
export async function getPlan(scope: ProductionScope, performerId: string, query: unknown): Promise<PlanView> {
  const { from, to } = parseOrThrow(planRangeSchema(scope.today), query);
  return view(scope, await readable(scope, performerId), from, to);
}

/**
 * Replace what is planned from `from` to `to` (both inclusive) with `entries`, in one transaction, under the
 * performer's lock (two coordinators saving the same week at once go one after the other, and a discipline
 * archived meanwhile is seen). Days planned in an archived discipline are history: a save keeps them, and
 * accepts them back unchanged (what GET answered may be PUT again), but nothing new is planned in one.
 */
async function replacePlan(scope: ProductionScope, performerId: string, from: CalendarDay, to: CalendarDay, entries: readonly PlanEntry[]) {
  const productionId = scope.production.id;
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await lockPerformer(tx, productionId, performerId);
    const ids = [...new Set(entries.map((e) => e.disciplineId))];
    const found = new Map((await tx.discipline.findMany({ where: { productionId, id: { in: ids } }, select: { id: true, name: true, archivedAt: true } })).map((d) => [d.id, d]));
    const archivedIds = (await tx.discipline.findMany({ where: { productionId, archivedAt: { not: null } }, select: { id: true } })).map((d) => d.id);
    const kept = await tx.plannedSession.findMany({ where: { productionId, performerId, date: { gte: from, lte: to }, disciplineId: { in: archivedIds } }, select: { disciplineId: true, date: true, count: true } });
    const keptKeys = new Set(kept.map((k) => `${k.disciplineId}/${k.date}/${k.count}`));
    const fields: Record<string, string> = {};
    entries.forEach((e, i) => {
      const discipline = found.get(e.disciplineId);
      if (!discipline) fields[`${i}.disciplineId`] ??= "No such discipline in this production";
      else if (discipline.archivedAt && !keptKeys.has(`${e.disciplineId}/${e.date}/${e.count}`)) fields[`${i}.disciplineId`] ??= `${discipline.name} is archived: nothing new is planned in it`;
    });
    if (Object.keys(fields).length) throw new ValidationError(fields);
    await tx.plannedSession.deleteMany({ where: { productionId, performerId, date: { gte: from, lte: to }, disciplineId: { notIn: archivedIds } } });
    const rowsToWrite = entries
      .filter((e) => e.count > 0 && !found.get(e.disciplineId)!.archivedAt)
      .map((e) => ({ productionId, performerId, disciplineId: e.disciplineId, date: e.date, count: e.count, updatedById: scope.actor.userId }));
    if (rowsToWrite.length) await tx.plannedSession.createMany({ data: rowsToWrite });
  });
}

/** PUT: the whole plan for `?from=&to=`, replacing it (coordinators). Every entry's day must lie in that range. */
export async function setPlan(scope: ProductionScope, performerId: string, query: unknown, body: unknown): Promise<PlanView> {
  requirePermission(scope, "goal.manage");
  const { from, to } = parseOrThrow(planRangeSchema(scope.today), query);
  const entries = parseOrThrow(planBodySchema, body);
  const outside = entries.findIndex((e) => e.date < from || e.date > to);
  if (outside >= 0) throw new ValidationError({ [`${outside}.date`]: `${entries[outside]!.date} is outside ${from} – ${to}: send the range it belongs to as ?from=&to=` });
  const performer = await readable(scope, performerId);
  await replacePlan(scope, performerId, from, to, entries);
  return view(scope, performer, from, to);
}

/** Copy a week's plan onto the `weeks` weeks after it, replacing what those weeks held (coordinators). */
export async function repeatPlanWeek(scope: ProductionScope, performerId: string, input: unknown): Promise<{ copied: number; until: CalendarDay }> {
  requirePermission(scope, "goal.manage");
  const { week, weeks } = parseOrThrow(repeatWeekSchema, input);
  await readable(scope, performerId);
  // Only disciplines trained now: an archived one's days are history, not a pattern to repeat.
  const archived = new Set((await (await getDb()).discipline.findMany({ where: { productionId: scope.production.id, archivedAt: { not: null } }, select: { id: true } })).map((d) => d.id));
  const source = (await planned(scope.production.id, performerId, week, addDays(week, 6))).filter((p) => !archived.has(p.disciplineId));
  if (source.length === 0) throw new ValidationError({ week: "Nothing is planned in this week: plan it first, then repeat it" });
  const copies = repeatWeek(source, week, weeks);
  const until = addDays(week, 7 * weeks + 6);
  await replacePlan(scope, performerId, addDays(week, 7), until, copies);
  return { copied: copies.length, until };
}
