import "server-only";
import type { UnavailableSpan } from "../domain/availability";
import type { CalendarDay } from "../domain/calendar-day";
import { rows, type SqlBody } from "../server/sql-steps";

// When a performer cannot train (issue 15): a lost-time incident may keep
// them off until a day, inclusive, from the day it happened. Read by the
// feasibility of their goals, go / no-go and the dashboard. An incident's
// span holds whatever its status: closing an incident records that its
// follow-up is done, not that the performer is back (a coordinator clears or
// moves the day for that).

/** The spans of the given performers that end on or after `from`, earliest first. */
export function* unavailableSpansOf(productionId: string, performerIds: readonly string[], from: CalendarDay): SqlBody<UnavailableSpan[]> {
  if (performerIds.length === 0) return [];
  const found = yield* rows<{ performerId: string; occurredOn: string; unavailableUntil: string; id: string; description: string }>(
    `SELECT i."performerId" AS "performerId", i."occurredOn" AS "occurredOn", i."unavailableUntil" AS "unavailableUntil", i."id" AS "id", i."description" AS "description"
       FROM "Incident" i
      WHERE i."productionId" = ? AND i."performerId" IN (${performerIds.map(() => "?").join(", ")}) AND i."unavailableUntil" IS NOT NULL AND i."unavailableUntil" >= ?
      ORDER BY i."occurredOn", i."id"`,
    productionId,
    ...performerIds,
    from,
  );
  return found.map((r) => ({ performerId: r.performerId, from: r.occurredOn, to: r.unavailableUntil, incidentId: r.id, description: r.description }));
}
