import "server-only";
import type { ProductionScope } from "../domain/scope";
import { correctedOriginals, listPendingSessions } from "../data/sessions";

/**
 * The coordinator's sign-off queue: pending entries oldest first (of one
 * performer when filtered), the performers who have any (for the filter),
 * what each correction would replace, and how many the viewer may sign (not
 * their own).
 */
export async function loadSignOffView(scope: ProductionScope, filter: { performerId?: string } = {}) {
  const all = await listPendingSessions(scope);
  const performers = [...new Map(all.map((s) => [s.performerId, s.performer.name])).entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  const performerId = performers.some((p) => p.id === filter.performerId) ? filter.performerId : undefined;
  const pending = performerId ? all.filter((s) => s.performerId === performerId) : all;
  const originals = await correctedOriginals(scope, pending.flatMap((s) => (s.correctsId ? [s.correctsId] : [])));
  return { pending, performers, performerId, originals, total: all.length, selectable: pending.filter((s) => s.performerId !== scope.actor.userId).length };
}
