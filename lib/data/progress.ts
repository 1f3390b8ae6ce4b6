import "server-only";
import type { ProductionScope } from "../domain/scope";
import type { CalendarDay } from "../domain/calendar-day";
import { getDb, type Db } from "../server/db";
import { ForbiddenError } from "../domain/errors";
import { canViewPerformer } from "../domain/permissions";
import {
  computeGoalProgress,
  countsFromDailyTotals,
  dailySeries,
  type GoalCounts,
  type GoalProgressView,
  type GoalProgressWithSeries,
} from "../domain/progress";
import { asOfSchema } from "../schemas/progress-query";
import { PERFORMING_MEMBER, findPerformer } from "./access";
import { requirePermission } from "./scope";
import { parseOrThrow } from "../schemas/parse";
import { queryDailyTotals, queryGoalCounts, queryWeeklyTotals } from "./progress-queries";


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

async function loadGoals(db: Db, productionId: string, performerId?: string) {
  return db.goal.findMany({
    where: { productionId, ...(performerId ? { performerId } : {}) },
    select: {
      id: true,
      performerId: true,
      target: true,
      startDate: true,
      deadline: true,
      discipline: { select: { name: true, unit: true } },
      milestones: { select: { name: true, count: true }, orderBy: { count: "asc" } },
    },
    orderBy: [{ discipline: { createdAt: "asc" } }, { createdAt: "asc" }],
  });
}

type GoalRow = Awaited<ReturnType<typeof loadGoals>>[number];

function toView(goal: GoalRow, counts: GoalCounts, asOf: CalendarDay): GoalProgressView {
  return {
    goalId: goal.id,
    discipline: goal.discipline.name,
    unit: goal.discipline.unit,
    ...computeGoalProgress(goal, counts, asOf),
  };
}

/** Every performer x goal of a production: the team dashboard and the wall screen. */
export async function getProductionProgress(scope: ProductionScope, asOfInput?: unknown) {
  requirePermission(scope, "team.viewProgress");
  const { production } = scope;
  const productionId = production.id;
  const asOf = resolveAsOf(asOfInput, scope);
  const db = await getDb();
  const [performers, goals, counts] = await Promise.all([
    db.membership.findMany({
      where: { productionId, ...PERFORMING_MEMBER },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    loadGoals(db, productionId),
    queryGoalCounts(db, asOf, productionId),
  ]);
  const byPerformer = new Map<string, GoalProgressView[]>();
  for (const goal of goals) {
    const list = byPerformer.get(goal.performerId) ?? [];
    list.push(toView(goal, counts.get(goal.id) ?? EMPTY_COUNTS, asOf));
    byPerformer.set(goal.performerId, list);
  }
  const result: PerformerProgressView[] = performers.map((m) => ({
    performerId: m.user.id,
    name: m.user.name,
    goals: byPerformer.get(m.user.id) ?? [],
  }));
  return { production: { id: production.id, name: production.name }, asOf, performers: result };
}

export const TREND_WEEKS = 8;

/** Reps per week over the last TREND_WEEKS weeks for every goal (the dashboard's sparklines). */
export async function getWeeklyTrends(scope: ProductionScope, asOf: CalendarDay): Promise<Map<string, number[]>> {
  requirePermission(scope, "team.viewProgress");
  const db = await getDb();
  return queryWeeklyTotals(db, asOf, scope.production.id, TREND_WEEKS);
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
  const [goals, daily] = await Promise.all([
    loadGoals(db, productionId, performerId),
    queryDailyTotals(db, asOf, productionId, performerId),
  ]);
  const views: GoalProgressWithSeries[] = goals.map((goal) => {
    const days = daily.get(goal.id) ?? [];
    return {
      ...toView(goal, countsFromDailyTotals(goal, days, asOf), asOf),
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

