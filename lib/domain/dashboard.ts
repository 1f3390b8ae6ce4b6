// The team dashboard's rows: every performer x goal, filtered and with the
// goals that need attention first. Pure.

import { compareByUrgency, type GoalProgress, type GoalStatus } from "./progress";

/** The dashboard's filters (validated from the URL by lib/schemas/dashboard-filter.ts). */
export interface DashboardFilter {
  discipline?: string | undefined;
  status?: GoalStatus | undefined;
  /** 1-based page of the filtered rows. */
  page?: number | undefined;
}

export interface DashboardGoal extends GoalProgress {
  goalId: string;
  discipline: string;
  unit: string;
}

export interface DashboardRow {
  performerId: string;
  performerName: string;
  goal: DashboardGoal;
}

export function dashboardRows(
  performers: readonly { performerId: string; name: string; goals: readonly DashboardGoal[] }[],
  filter: DashboardFilter,
): DashboardRow[] {
  return performers
    .flatMap((p) => p.goals.map((goal) => ({ performerId: p.performerId, performerName: p.name, goal })))
    .filter((row) => !filter.discipline || row.goal.discipline === filter.discipline)
    .filter((row) => !filter.status || row.goal.status === filter.status)
    .sort(
      (a, b) =>
        compareByUrgency(a.goal, b.goal) ||
        a.performerName.localeCompare(b.performerName) ||
        a.goal.discipline.localeCompare(b.goal.discipline),
    );
}

export function countByStatus(goals: readonly { status: GoalStatus }[]): Record<GoalStatus, number> {
  const counts: Record<GoalStatus, number> = { behind: 0, no_data: 0, on_track: 0, done: 0 };
  for (const g of goals) counts[g.status] += 1;
  return counts;
}

/** Discipline names in first-seen order, for the filter's options. */
export function disciplineNames(goals: readonly { discipline: string }[]): string[] {
  return [...new Set(goals.map((g) => g.discipline))];
}

/** Rows per page of the team dashboard: a coordinator scans the most urgent first; 200 performers stay light. */
export const DASHBOARD_PAGE_SIZE = 25;

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/** One page of `items` (1-based); a page past the end shows the last one. */
export function paginate<T>(items: readonly T[], page: number, size = DASHBOARD_PAGE_SIZE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { items: items.slice((current - 1) * size, current * size), page: current, pageCount, total: items.length };
}
