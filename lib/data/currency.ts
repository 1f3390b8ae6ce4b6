import "server-only";
import type { CalendarDay } from "../domain/calendar-day";
import { computeCurrency, currencyStatus, currencyWindowStart, type CurrencyDay, type CurrencyRule, type CurrencyStatus } from "../domain/currency";
import { ForbiddenError } from "../domain/errors";
import { canViewPerformer } from "../domain/permissions";
import type { ProductionScope } from "../domain/scope";
import { currencyRuleSchema } from "../schemas/currency";
import { parseOrThrow } from "../schemas/parse";
import { asOfSchema } from "../schemas/progress-query";
import { getDb } from "../server/db";
import { int, rows } from "../server/sql-steps";
import { getSqlWriter } from "../server/sql-writer";
import { findDiscipline, findPerformer } from "./access";
import { requirePermission } from "./scope";
import { recordSettingChange } from "./setting-changes";
import { COUNTING_SESSION_SQL } from "./sql-fragments";

// Currency rules of disciplines (set by coordinators, recorded as safety
// settings) and the performers' currency under them, from the counting
// sessions (the same rule as progress: never rejected, superseded or a
// pending correction). The maths is lib/domain/currency.ts.

interface RuledDiscipline extends CurrencyRule {
  id: string;
  name: string;
}

const ruleOf = (d: { currencyCount: number | null; currencyDays: number | null }) =>
  d.currencyCount !== null && d.currencyDays !== null ? { count: d.currencyCount, days: d.currencyDays } : null;

/** Set (`{ count, days }`) or clear (`{}`) a discipline's currency rule (coordinators); recorded with the other safety settings. */
export async function setCurrencyRule(scope: ProductionScope, disciplineId: string, input: unknown, now = new Date()) {
  const data = parseOrThrow(currencyRuleSchema, input);
  requirePermission(scope, "discipline.manage");
  const db = await getDb();
  await findDiscipline(db, scope.production.id, disciplineId);
  const select = { id: true, name: true, currencyCount: true, currencyDays: true } as const;
  const row = await db.$transaction(async (tx) => {
    const before = await tx.discipline.findUniqueOrThrow({ where: { id: disciplineId }, select });
    const after = await tx.discipline.update({ where: { id: disciplineId }, data: { currencyCount: data.count ?? null, currencyDays: data.days ?? null }, select });
    await recordSettingChange(tx, scope, { subject: "discipline-currency", subjectId: disciplineId, before: ruleOf(before) ?? {}, after: ruleOf(after) ?? {} }, now);
    return after;
  });
  return { disciplineId: row.id, discipline: row.name, currency: ruleOf(row) };
}

async function ruledDisciplines(productionId: string): Promise<RuledDiscipline[]> {
  const db = await getDb();
  const found = await db.discipline.findMany({
    // An archived discipline is no longer trained: its rule lapses nobody.
    where: { productionId, archivedAt: null, currencyCount: { not: null }, currencyDays: { not: null } },
    select: { id: true, name: true, currencyCount: true, currencyDays: true },
    orderBy: { createdAt: "asc" },
  });
  return found.map((d) => ({ id: d.id, name: d.name, count: d.currencyCount!, days: d.currencyDays! }));
}

/**
 * Counting reps per performer, discipline and day, up to asOf; from a
 * discipline's own `from` day when given (the dashboard needs only each
 * rule's window), else the whole history.
 */
async function countingDays(productionId: string, performerIds: readonly string[] | null, disciplines: { id: string; from: CalendarDay | null }[], asOf: CalendarDay) {
  if (disciplines.length === 0 || performerIds?.length === 0) return new Map<string, CurrencyDay[]>();
  const params: unknown[] = [productionId, asOf];
  const byDiscipline = disciplines
    .map((d) => {
      params.push(d.id);
      if (d.from) params.push(d.from);
      return d.from ? `(s."disciplineId" = ? AND s."date" >= ?)` : `s."disciplineId" = ?`;
    })
    .join(" OR ");
  let performerClause = "";
  if (performerIds) {
    performerClause = ` AND s."performerId" IN (${performerIds.map(() => "?").join(", ")})`;
    params.push(...performerIds);
  }
  const found = await getSqlWriter().read(() =>
    rows<{ performerId: string; disciplineId: string; date: string; count: unknown }>(
      `SELECT s."performerId" AS "performerId", s."disciplineId" AS "disciplineId", s."date" AS "date", SUM(s."count") AS "count"
         FROM "TrainingSession" s
        WHERE s."productionId" = ? AND s."date" <= ? AND (${byDiscipline})${performerClause} AND ${COUNTING_SESSION_SQL}
        GROUP BY s."performerId", s."disciplineId", s."date"`,
      ...params,
    ),
  );
  const days = new Map<string, CurrencyDay[]>();
  for (const r of found) {
    const key = `${r.performerId}\u0000${r.disciplineId}`;
    const list = days.get(key) ?? [];
    list.push({ date: r.date, count: int(r.count) });
    days.set(key, list);
  }
  return days;
}

export interface CurrencyView {
  disciplineId: string;
  discipline: string;
  count: number;
  days: number;
  current: boolean;
  currentUntil: CalendarDay | null;
  lastSession: CalendarDay | null;
  status: CurrencyStatus;
}

/** A performer's currency in every discipline with a rule, as of asOf (today by default). Who may see the performer may see it. */
export async function getPerformerCurrency(scope: ProductionScope, performerId: string, asOfInput?: unknown): Promise<{ asOf: CalendarDay; currency: CurrencyView[] }> {
  const db = await getDb();
  await findPerformer(db, scope.production.id, performerId);
  if (!canViewPerformer(scope.role, scope.actor.userId, performerId)) throw new ForbiddenError("Performers see their own currency only");
  const asOf = asOfInput === undefined || asOfInput === null || asOfInput === "" ? scope.today : parseOrThrow(asOfSchema, { asOf: asOfInput }).asOf;
  const disciplines = await ruledDisciplines(scope.production.id);
  // The whole history: a lapsed rule still says when it lapsed and when the performer last trained.
  const days = await countingDays(scope.production.id, [performerId], disciplines.map((d) => ({ id: d.id, from: null })), asOf);
  return {
    asOf,
    currency: disciplines.map((d) => {
      const c = computeCurrency(d, days.get(`${performerId}\u0000${d.id}`) ?? [], asOf);
      return { disciplineId: d.id, discipline: d.name, count: d.count, days: d.days, ...c, status: currencyStatus(c, asOf) };
    }),
  };
}

export interface CurrencyAlert {
  performerId: string;
  disciplineId: string;
  discipline: string;
  status: Exclude<CurrencyStatus, "current">;
  /** The last day the rule holds (lapsing), or null when it does not hold today. */
  currentUntil: CalendarDay | null;
}

/**
 * Lapsed and lapsing currency across the production, for the disciplines a
 * performer has a goal in (a rule about HALO jumps says nothing of someone
 * who never trains them). Reads only each rule's window of sessions.
 */
export async function getCurrencyAlerts(scope: ProductionScope, asOf: CalendarDay = scope.today): Promise<CurrencyAlert[]> {
  requirePermission(scope, "team.viewProgress");
  const productionId = scope.production.id;
  const disciplines = await ruledDisciplines(productionId);
  if (disciplines.length === 0) return [];
  const db = await getDb();
  const goals = await db.goal.findMany({ where: { productionId, archivedAt: null, disciplineId: { in: disciplines.map((d) => d.id) } }, select: { performerId: true, disciplineId: true } });
  const pairs = [...new Map(goals.map((g) => [`${g.performerId}\u0000${g.disciplineId}`, g])).values()];
  const days = await countingDays(productionId, [...new Set(pairs.map((p) => p.performerId))], disciplines.map((d) => ({ id: d.id, from: currencyWindowStart(d, asOf) })), asOf);
  const byId = new Map(disciplines.map((d) => [d.id, d]));
  const alerts: CurrencyAlert[] = [];
  for (const pair of pairs) {
    const d = byId.get(pair.disciplineId)!;
    const c = computeCurrency(d, days.get(`${pair.performerId}\u0000${d.id}`) ?? [], asOf);
    const status = currencyStatus(c, asOf);
    if (status !== "current") alerts.push({ performerId: pair.performerId, disciplineId: d.id, discipline: d.name, status, currentUntil: c.current ? c.currentUntil : null });
  }
  return alerts;
}

/**
 * Currency of the given performers in the given disciplines as of today, for
 * go / no-go: current until when (null: not current), for rules that exist.
 */
export async function currencyFor(productionId: string, performerIds: readonly string[], disciplineIds: readonly string[], today: CalendarDay) {
  const disciplines = (await ruledDisciplines(productionId)).filter((d) => disciplineIds.includes(d.id));
  const days = await countingDays(productionId, performerIds, disciplines.map((d) => ({ id: d.id, from: null })), today);
  return performerIds.flatMap((performerId) =>
    disciplines.map((d) => {
      const c = computeCurrency(d, days.get(`${performerId}\u0000${d.id}`) ?? [], today);
      return { performerId, disciplineId: d.id, discipline: d.name, rule: { count: d.count, days: d.days }, current: c.current, currentUntil: c.currentUntil };
    }),
  );
}

