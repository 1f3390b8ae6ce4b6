import "server-only";
import type { ProductionScope } from "../domain/scope";
import { listPendingSessions } from "../data/sessions";

/** The coordinator's sign-off queue: pending entries oldest first, and how many the viewer may sign (not their own). */
export async function loadSignOffView(scope: ProductionScope) {
  const pending = await listPendingSessions(scope);
  return { pending, selectable: pending.filter((s) => s.performerId !== scope.actor.userId).length };
}
