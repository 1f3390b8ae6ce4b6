import "server-only";
import { performerVerdicts } from "../domain/go-no-go";
import { can } from "../domain/permissions";
import type { ProductionScope } from "../domain/scope";
import { listDisciplines } from "../data/disciplines";
import { listDossiers } from "../data/dossiers";
import { listEquipment } from "../data/equipment";
import { listIncidents } from "../data/incidents";
import { listPerformers } from "../data/performers";
import { getStuntReadiness } from "../data/stunt-readiness";
import { getStunt, listStunts } from "../data/stunts";

/** The stunts list, and what a coordinator picks from to create one. */
export async function loadStuntsView(scope: ProductionScope) {
  const manage = can(scope.role, "stunt.manage");
  const [stunts, performers, disciplines, equipment] = await Promise.all([
    listStunts(scope),
    manage ? listPerformers(scope) : Promise.resolve([]),
    manage ? listDisciplines(scope) : Promise.resolve([]),
    manage ? listEquipment(scope) : Promise.resolve([]),
  ]);
  return { stunts, performers, disciplines: disciplines.filter((d) => !d.archivedAt), equipment: equipment.map((e) => ({ id: e.id, name: e.name })), manage };
}

/**
 * One stunt: its take ledger, the reps behind it, the go / no-go verdict with
 * a line per performer, its incidents and the open ones of its performers
 * that the verdict cites, and its sealed dossiers.
 */
export async function loadStuntView(scope: ProductionScope, stuntId: string) {
  const [stunt, readiness, ofStunt, dossiers] = await Promise.all([
    getStunt(scope, stuntId),
    getStuntReadiness(scope, stuntId),
    listIncidents(scope, { stuntId }),
    can(scope.role, "dossier.read") ? listDossiers(scope, stuntId) : Promise.resolve(null),
  ]);
  // listIncidents shows each role what it may see (a performer: their own and the unnamed).
  const ofPerformers = (await Promise.all(stunt.performers.map((p) => listIncidents(scope, { performerId: p.performerId })))).flat().filter((i) => i.status === "open");
  const seen = new Set<string>();
  const incidents = [...ofStunt, ...ofPerformers].filter((i) => !seen.has(i.id) && seen.add(i.id)).sort((a, b) => (a.occurredOn < b.occurredOn ? 1 : a.occurredOn > b.occurredOn ? -1 : 0));
  // A performer sees the reasons about themself only: a line for someone else would read "ready" for want of them.
  const judged = can(scope.role, "performer.viewAny") ? stunt.performers : stunt.performers.filter((p) => p.performerId === scope.actor.userId);
  const performers = performerVerdicts(judged, readiness.reasons);
  return { stunt, readiness, performers, incidents, dossiers, canSeal: can(scope.role, "dossier.seal"), timeZone: scope.production.timeZone };
}
