import "server-only";
import { refuseCorrection, refuseEntryChange } from "../domain/permissions";
import type { ProductionScope } from "../domain/scope";
import { listDisciplines } from "../data/disciplines";
import { getTrainingSession } from "../data/sessions";

/** The correction form for a verified entry, or why this viewer may not correct it. */
export async function loadCorrectionView(scope: ProductionScope, sessionId: string) {
  const [original, disciplines] = await Promise.all([getTrainingSession(scope, sessionId), listDisciplines(scope)]);
  return { original, disciplines, refusal: refuseCorrection(scope.role, scope.actor.userId, original) };
}

/** The edit form of a pending entry, or the form that logs a rejected one again; or why this viewer may not. */
export async function loadEntryChangeView(scope: ProductionScope, sessionId: string, change: "edit" | "again") {
  const [entry, disciplines] = await Promise.all([getTrainingSession(scope, sessionId), listDisciplines(scope)]);
  return { entry, disciplines, refusal: refuseEntryChange(scope.role, scope.actor.userId, entry, change) };
}
