import "server-only";
import type { ProductionScope } from "../domain/scope";
import { addDays, type CalendarDay } from "../domain/calendar-day";
import { getDb } from "../server/db";
import { goNoGo, type PerformerEvidence } from "../domain/go-no-go";
import { can } from "../domain/permissions";
import { checkInAverage } from "../schemas/check-in";
import { requirePermission } from "./scope";
import { queryGoalCounts } from "./progress-queries";
import { findStunt } from "./stunts";
import { currencyFor } from "./currency";
import { credentialsOf } from "./credentials";
import { equipmentByIds } from "./equipment";
import { equipmentStatus } from "../domain/credentials";
import { spanCovering } from "../domain/availability";
import { highLoadBefore, type LoadDay } from "../domain/training-load";
import { getSqlWriter } from "../server/sql-writer";
import { unavailableSpansOf } from "./availability";
import { performerGoalFeasibility } from "./feasibility";
import { performerLoad } from "./training-load";

const CHECK_IN_DAYS = 3;
const OVERRIDE_DAYS = 14;

/** The evidence behind a stunt's go / no-go verdict, gathered for each of its performers. */
export async function getStuntReadiness(scope: ProductionScope, stuntId: string) {
  requirePermission(scope, "stunt.view");
  const { actor, role, today } = scope;
  const { verdict, reasons } = await judgeStunt(scope.production.id, stuntId, today);
  // Everyone in the production sees the verdict; the evidence about a
  // performer (counts, readiness scores, incidents) only those who may see
  // that performer's page: a performer sees their own reasons.
  const visible = can(role, "performer.viewAny") ? reasons : reasons.filter((r) => r.performerId === null || r.performerId === actor.userId);
  return { stuntId, asOf: today, verdict, reasons: visible, hiddenReasons: reasons.length - visible.length };
}

/**
 * A stunt's verdict, every reason, and the evidence it rests on, as of `today`
 * (no permission check: the readiness screen filters the reasons; a sealed
 * dossier keeps them all).
 */
export async function judgeStunt(productionId: string, stuntId: string, today: CalendarDay) {
  const db = await getDb();
  const stunt = await findStunt(db, productionId, stuntId);
  const inStunt = { productionId, performerId: { in: stunt.performerIds } };

  const [users, goals, counts, disciplines, pending, incidents, checkIns, overrides] = await Promise.all([
    db.user.findMany({ where: { id: { in: stunt.performerIds } }, select: { id: true, name: true } }),
    db.goal.findMany({ where: { ...inStunt, archivedAt: null, disciplineId: { in: stunt.disciplineIds } }, select: { id: true, performerId: true, disciplineId: true, target: true, startDate: true, deadline: true } }),
    queryGoalCounts(today, productionId),
    db.discipline.findMany({ where: { id: { in: stunt.disciplineIds } }, select: { id: true, name: true, archivedAt: true } }),
    db.trainingSession.groupBy({ by: ["performerId"], where: { ...inStunt, status: "pending", disciplineId: { in: stunt.disciplineIds } }, _count: true }),
    db.incident.findMany({
      where: { productionId, status: "open", OR: [{ performerId: { in: stunt.performerIds } }, { stuntId }] },
      select: { performerId: true, severity: true, description: true },
    }),
    db.readinessCheckIn.findMany({ where: { ...inStunt, date: { gte: addDays(today, -(CHECK_IN_DAYS - 1)) } }, orderBy: { date: "desc" } }),
    db.trainingSession.groupBy({
      by: ["performerId"],
      where: { ...inStunt, limitOverrideReason: { not: null }, date: { gte: addDays(today, -(OVERRIDE_DAYS - 1)) } },
      _count: true,
    }),
  ]);
  const disciplineName = new Map(disciplines.map((d) => [d.id, d.name]));
  const archivedIds = new Set(disciplines.filter((d) => d.archivedAt).map((d) => d.id));
  // The stunt's day: its planned date, or today while none is set.
  const stuntDay = stunt.plannedDate ?? today;
  const [currency, credentials, equipment, spans, feasibility, loads] = await Promise.all([
    currencyFor(productionId, stunt.performerIds, stunt.disciplineIds, today),
    credentialsOf(productionId, stunt.performerIds),
    equipmentByIds(productionId, stunt.equipmentIds),
    getSqlWriter().read(() => unavailableSpansOf(productionId, stunt.performerIds, stuntDay)),
    Promise.all(stunt.performerIds.map((p) => performerGoalFeasibility(productionId, p, today))).then((all) => all.flat()),
    stuntLoads(productionId, stunt.performerIds, stunt.plannedDate, today),
  ]);
  const evidence: PerformerEvidence[] = stunt.performerIds.map((performerId) => {
    const own = goals.filter((g) => g.performerId === performerId);
    const latest = checkIns.find((c) => c.performerId === performerId);
    return {
      performerId,
      name: users.find((u) => u.id === performerId)?.name ?? "Unknown performer",
      goals: own.map((g) => {
        const c = counts.get(g.id);
        return { discipline: disciplineName.get(g.disciplineId) ?? "?", target: g.target, done: c?.done ?? 0, verified: c?.verified ?? 0 };
      }),
      // An archived discipline is one reason for the stunt (goNoGo's archivedDisciplines), not a goal to set.
      disciplinesWithoutGoal: stunt.disciplineIds.filter((d) => !archivedIds.has(d) && !own.some((g) => g.disciplineId === d)).map((d) => disciplineName.get(d) ?? "?"),
      pendingEntries: pending.find((p) => p.performerId === performerId)?._count ?? 0,
      // An incident on the stunt itself, with no performer named, concerns everyone in it.
      openIncidents: incidents.filter((i) => i.performerId === performerId || i.performerId === null),
      latestCheckIn: latest ? { date: latest.date, average: checkInAverage(latest) } : null,
      overridesRecently: overrides.find((o) => o.performerId === performerId)?._count ?? 0,
      credentials: latestMedicalsAndLicences(credentials.filter((c) => c.userId === performerId)),
      currency: currency
        .filter((c) => c.performerId === performerId)
        .map((c) => ({ discipline: c.discipline, count: c.rule.count, days: c.rule.days, current: c.current, currentUntil: c.currentUntil })),
      unavailable: ((span) => (span ? { until: span.to, description: span.description } : null))(spanCovering(spans, performerId, stuntDay)),
      // A goal whose deadline has passed short is already "not done": only those still running can become unreachable.
      unreachableGoals: feasibility
        .filter((f) => f.performerId === performerId && stunt.disciplineIds.includes(f.disciplineId) && !f.feasible && f.deadline >= today && f.reason)
        .map((f) => ({ discipline: f.discipline, reason: f.reason! })),
      highLoadDays: stunt.plannedDate ? highLoadBefore(loads.get(performerId) ?? [], stunt.plannedDate).map((d) => ({ date: d.date, ratio: d.ratio! })) : [],
    };
  });
  const stuntEquipment = equipment.map((e) => {
    const s = equipmentStatus(e, today);
    return { name: e.name, overdue: s.status === "overdue", dueOn: s.dueOn };
  });
  const found = new Set(equipment.map((e) => e.id));
  const missingEquipment = new Set(stunt.equipmentIds.filter((id) => !found.has(id))).size;
  const { verdict, reasons } = goNoGo(evidence, { plannedDate: stunt.plannedDate, today, equipment: stuntEquipment, missingEquipment, archivedDisciplines: disciplines.filter((d) => d.archivedAt).map((d) => d.name) });
  return { stunt, verdict, reasons, evidence, goals, counts, credentials, equipment };
}

/**
 * Each performer's load over the 7 days before the planned date, as far as
 * it is known (to today): empty while the week before is still ahead, or
 * without a planned date.
 */
async function stuntLoads(productionId: string, performerIds: readonly string[], plannedDate: string | null, today: CalendarDay): Promise<Map<string, LoadDay[]>> {
  const from = plannedDate ? addDays(plannedDate, -7) : null;
  if (!plannedDate || !from || from > today) return new Map();
  const to = plannedDate < today ? plannedDate : today;
  return new Map(await Promise.all(performerIds.map(async (p) => [p, await performerLoad(productionId, p, from, to)] as const)));
}

/**
 * The medicals and licences that go / no-go judges: per kind and name, the
 * one that lasts longest (a renewed medical makes the old one history).
 * Other kinds (insurance, ratings) are listed on the profile, not judged here.
 */
function latestMedicalsAndLicences(rows: { kind: string; name: string; expiresOn: string | null }[]) {
  const best = new Map<string, { kind: string; name: string; expiresOn: string | null }>();
  for (const r of rows) {
    if (r.kind !== "medical" && r.kind !== "licence") continue;
    const key = `${r.kind}\u0000${r.name.trim().toLowerCase()}`;
    const seen = best.get(key);
    if (!seen || (seen.expiresOn !== null && (r.expiresOn === null || r.expiresOn > seen.expiresOn))) best.set(key, r);
  }
  return [...best.values()];
}
