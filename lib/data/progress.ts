import "server-only";
import type { ProductionScope } from "../domain/scope";
import type { CalendarDay } from "../domain/calendar-day";
import { getDb } from "../server/db";
import { ForbiddenError } from "../domain/errors";
import { canViewPerformer } from "../domain/permissions";
import {
  computeGoalProgress,
  countsFromDailyTotals,
  dailySeries,
  freefallCountsFromDaily,
  type DailyFreefall,
  type GoalCounts,
  type GoalProgressView,
  type GoalProgressWithSeries,
} from "../domain/progress";
import { asOfSchema } from "../schemas/progress-query";
import { findPerformer } from "./access";
import { requirePermission } from "./scope";
import { parseOrThrow } from "../schemas/parse";
import { queryDailyFreefall, queryDailyTotals, queryGoalCounts, queryGoals, queryPerformers, queryWeeklyTotals, type GoalDefinitionRow } from "./progress-queries";


export interface PerformerProgressView {
  performerId: string;
  name: string;
  goals: GoalProgressView[];
}

const EMPTY_COUNTS: GoalCounts = { done: 0, verified: 0, recent: 0, reachedOn: new Map() };

function resolveAsOf(asOf: unknown, scope: ProductionScope): CalendarDay {
  if (asOf === undefined || asOf === null || asOf === "") return scope.today;
  return parseOrThrow(asOfSchema, { asOf }).asOf;
}


function toView(goal: GoalDefinitionRow, counts: GoalCounts, asOf: CalendarDay, freefall: Map<string, DailyFreefall[]>): GoalProgressView {
  if (!goal.discipline.recordsJumps) {
    return { goalId: goal.id, discipline: goal.discipline.name, unit: goal.discipline.unit, ...computeGoalProgress(goal, counts, asOf) };
  }
  const freefallCounts = freefallCountsFromDaily(goal, freefall.get(goal.id) ?? [], asOf);
  return {
    goalId: goal.id,
    discipline: goal.discipline.name,
    unit: goal.discipline.unit,
    ...computeGoalProgress(goal, { ...counts, freefall: freefallCounts }, asOf),
    freefallSeconds: freefallCounts.total,
  };
}

/** Freefall per goal and day, read only when a goal's discipline records jumps (the dashboard's statement budget stays as it was otherwise). */
async function freefallOf(goals: GoalDefinitionRow[], asOf: CalendarDay, productionId: string, performerId?: string): Promise<Map<string, DailyFreefall[]>> {
  return goals.some((g) => g.discipline.recordsJumps) ? queryDailyFreefall(asOf, productionId, performerId) : new Map();
}

/** Every performer x goal of a production: the team dashboard and the wall screen. */
export async function getProductionProgress(scope: ProductionScope, asOfInput?: unknown) {
  requirePermission(scope, "team.viewProgress");
  const { production } = scope;
  const productionId = production.id;
  const asOf = resolveAsOf(asOfInput, scope);
  await getDb(); // migrated before anything reads
  const [performers, goals, counts] = await Promise.all([queryPerformers(productionId), queryGoals(productionId), queryGoalCounts(asOf, productionId)]);
  const freefall = await freefallOf(goals, asOf, productionId);
  const byPerformer = new Map<string, GoalProgressView[]>();
  for (const goal of goals) {
    const list = byPerformer.get(goal.performerId) ?? [];
    list.push(toView(goal, counts.get(goal.id) ?? EMPTY_COUNTS, asOf, freefall));
    byPerformer.set(goal.performerId, list);
  }
  const result: PerformerProgressView[] = performers.map((p) => ({ performerId: p.id, name: p.name, goals: byPerformer.get(p.id) ?? [] }));
  return { production: { id: production.id, name: production.name }, asOf, performers: result };
}

export const TREND_WEEKS = 8;

/** Reps per week over the last TREND_WEEKS weeks for every goal (the dashboard's sparklines). */
export async function getWeeklyTrends(scope: ProductionScope, asOf: CalendarDay): Promise<Map<string, number[]>> {
  requirePermission(scope, "team.viewProgress");
  await getDb();
  return queryWeeklyTotals(asOf, scope.production.id, TREND_WEEKS);
}


/** One performer, with a per-day series per goal for the charts. */
export async function getPerformerProgress(scope: ProductionScope, performerId: string, asOfInput?: unknown) {
  const { production } = scope;
  const productionId = production.id;
  const db = await getDb();
  const performer = await findPerformer(db, productionId, performerId);
  if (!canViewPerformer(scope.role, scope.actor.userId, performerId)) {
    throw new ForbiddenError("Performers see their own progress only");
  }
  const asOf = resolveAsOf(asOfInput, scope);
  const [goals, daily] = await Promise.all([queryGoals(productionId, performerId), queryDailyTotals(asOf, productionId, performerId)]);
  const freefall = await freefallOf(goals, asOf, productionId, performerId);
  const views: GoalProgressWithSeries[] = goals.map((goal) => {
    const days = daily.get(goal.id) ?? [];
    return {
      ...toView(goal, countsFromDailyTotals(goal, days, asOf), asOf, freefall),
      series: dailySeries(goal, days, asOf),
    };
  });
  return {
    production: { id: production.id, name: production.name, timeZone: production.timeZone },
    asOf,
    performerId: performer.id,
    name: performer.name,
    goals: views,
  };
}

