import "server-only";
import { requirePermission } from "./scope";
import type { ProductionScope } from "../domain/scope";
import { loadBand, type LoadBand } from "../domain/training-load";
import { getDb } from "../server/db";
import { getSqlWriter } from "../server/sql-writer";
import { unavailableSpansOf } from "./availability";
import { performerLoad } from "./training-load";

// What the team dashboard says of each performer beyond their goals: who is
// kept off training today, and each one's latest acute:chronic load ratio.

/** Performers off training today (a lost-time incident's span covers it), soonest back first. */
export async function unavailableToday(scope: ProductionScope) {
  requirePermission(scope, "team.viewProgress");
  const db = await getDb();
  const productionId = scope.production.id;
  const performers = (await db.incident.findMany({ where: { productionId, unavailableUntil: { gte: scope.today }, performerId: { not: null } }, select: { performerId: true } })).map((i) => i.performerId!);
  const spans = await getSqlWriter().read(() => unavailableSpansOf(productionId, [...new Set(performers)], scope.today));
  const covering = spans.filter((s) => s.from <= scope.today);
  // One line per performer: the span that ends last.
  const latest = new Map<string, (typeof covering)[number]>();
  for (const s of covering) if (!latest.has(s.performerId) || latest.get(s.performerId)!.to < s.to) latest.set(s.performerId, s);
  return [...latest.values()].sort((a, b) => a.to.localeCompare(b.to)).map((s) => ({ performerId: s.performerId, until: s.to, description: s.description }));
}

/** Each performer's acute:chronic ratio today, with its band (null while undefined: under 28 days of load, or none). */
export async function latestLoads(scope: ProductionScope, performerIds: readonly string[]): Promise<Map<string, { ratio: number; band: LoadBand } | null>> {
  requirePermission(scope, "team.viewProgress");
  const today = scope.today;
  const entries = await Promise.all(
    performerIds.map(async (id) => {
      const [day] = await performerLoad(scope.production.id, id, today, today);
      const ratio = day?.ratio ?? null;
      return [id, ratio === null ? null : { ratio: Math.round(ratio * 100) / 100, band: loadBand(ratio)! }] as const;
    }),
  );
  return new Map(entries);
}

