import "server-only";
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
  return { stunts, performers, disciplines, equipment: equipment.map((e) => ({ id: e.id, name: e.name })), manage };
}

/** One stunt: its take ledger, the reps behind it, the go / no-go verdict, its incidents and sealed dossiers. */
export async function loadStuntView(scope: ProductionScope, stuntId: string) {
  const [stunt, readiness, incidents, dossiers] = await Promise.all([
    getStunt(scope, stuntId),
    getStuntReadiness(scope, stuntId),
    listIncidents(scope, { stuntId }),
    can(scope.role, "dossier.read") ? listDossiers(scope, stuntId) : Promise.resolve(null),
  ]);
  return { stunt, readiness, incidents, dossiers, canSeal: can(scope.role, "dossier.seal"), timeZone: scope.production.timeZone };
}
