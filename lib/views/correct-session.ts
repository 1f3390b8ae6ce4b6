import "server-only";
import { refuseCorrection, refuseEntryChange } from "../domain/permissions";
import type { ProductionScope } from "../domain/scope";
import { listDisciplines } from "../data/disciplines";
import { getTrainingSession } from "../data/sessions";

/** The form that edits a pending entry, logs a rejected one again, or corrects a verified one; or why this viewer may not. */
export async function loadEntryChangeView(scope: ProductionScope, sessionId: string, change: "edit" | "again" | "correct") {
  const [entry, disciplines] = await Promise.all([getTrainingSession(scope, sessionId), listDisciplines(scope)]);
  const refusal = change === "correct" ? refuseCorrection(scope.role, scope.actor.userId, entry) : refuseEntryChange(scope.role, scope.actor.userId, entry, change);
  // A correction or an edit may keep an entry in its own discipline once archived; it moves to no other archived
  // one, and logging a rejected entry again is new training, which no archived discipline takes.
  const keepOwn = change !== "again";
  return { entry, disciplines: disciplines.filter((d) => !d.archivedAt || (keepOwn && d.id === entry.disciplineId)), refusal };
}
