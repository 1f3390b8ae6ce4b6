import "server-only";
import type { ProductionScope } from "../domain/scope";
import { dailyLoadSeries, loadBand, type LoadBand, type LoadSession } from "../domain/training-load";
import { getDb } from "../server/db";
import { int, rows } from "../server/sql-steps";
import { getSqlWriter } from "../server/sql-writer";
import { requirePermission } from "./scope";
import { COUNTING_SESSION_SQL } from "./sql-fragments";

// What the team dashboard says of each performer beyond their goals: who is
// kept off training today, and each one's acute:chronic load ratio today.
// One statement each, whatever the size of the team.

/** Performers off training today (a lost-time incident's span covers it), soonest back first; one line each. */
export async function unavailableToday(scope: ProductionScope) {
  requirePermission(scope, "team.viewProgress");
  const db = await getDb();
  const spans = await db.incident.findMany({
    where: { productionId: scope.production.id, performerId: { not: null }, occurredOn: { lte: scope.today }, unavailableUntil: { gte: scope.today } },
    select: { performerId: true, unavailableUntil: true, description: true },
  });
  // The span that ends last speaks for the performer.
  const latest = new Map<string, (typeof spans)[number]>();
  for (const s of spans) if (!latest.has(s.performerId!) || latest.get(s.performerId!)!.unavailableUntil! < s.unavailableUntil!) latest.set(s.performerId!, s);
  return [...latest.values()].sort((a, b) => a.unavailableUntil!.localeCompare(b.unavailableUntil!)).map((s) => ({ performerId: s.performerId!, until: s.unavailableUntil!, description: s.description }));
}

/** Each performer's acute:chronic ratio today, with its band (null while undefined: under 28 days of load, or none). */
export async function latestLoads(scope: ProductionScope, performerIds: readonly string[]): Promise<Map<string, { ratio: number; band: LoadBand } | null>> {
  requirePermission(scope, "team.viewProgress");
  if (performerIds.length === 0) return new Map();
  const today = scope.today;
  await getDb(); // migrated before anything reads
  const rated = await getSqlWriter().read(() =>
    rows<{ performerId: string; date: string; rpe: unknown; durationMinutes: unknown }>(
      `SELECT s."performerId" AS "performerId", s."date" AS "date", s."rpe" AS "rpe", s."durationMinutes" AS "durationMinutes"
         FROM "TrainingSession" s
        WHERE s."productionId" = ? AND s."performerId" IN (${performerIds.map(() => "?").join(", ")}) AND s."date" <= ?
          AND s."rpe" IS NOT NULL AND s."durationMinutes" IS NOT NULL AND ${COUNTING_SESSION_SQL}`,
      scope.production.id,
      ...performerIds,
      today,
    ),
  );
  const byPerformer = new Map<string, LoadSession[]>();
  for (const r of rated) byPerformer.set(r.performerId, [...(byPerformer.get(r.performerId) ?? []), { date: r.date, rpe: int(r.rpe), durationMinutes: int(r.durationMinutes) }]);
  return new Map(
    performerIds.map((id) => {
      const [day] = dailyLoadSeries(byPerformer.get(id) ?? [], today, today);
      const ratio = day?.ratio ?? null;
      return [id, ratio === null ? null : { ratio: Math.round(ratio * 100) / 100, band: loadBand(ratio)! }] as const;
    }),
  );
}
