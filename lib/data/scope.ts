import "server-only";
import type { Actor } from "../domain/actor";
import { dayInTimeZone } from "../domain/calendar-day";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "../domain/errors";
import { can, isRole, type Action } from "../domain/permissions";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { getSqlWriter } from "../server/sql-writer";
import { row as sqlRow } from "../server/sql-steps";
import { forbiddenMessage } from "./access";
import { sqlBoolean } from "./sql-fragments";
import { ID_PATTERN } from "../schemas/fields";
import { isCredentialKind } from "../domain/verifier-credential";

/**
 * The actor's scope in a production: their membership, read once per request.
 * Someone outside it gets 404, the same as for a production that does not
 * exist: its existence must not leak.
 *
 * `session`: the session version the request's cookie carries, when the
 * caller has not checked it yet (the API). It is checked in the same query
 * (one query per request), and a session that has been ended is a 401.
 */
export async function loadProductionScope(
  actor: Actor,
  productionId: string,
  now = new Date(),
  session?: { sessionVersion: number },
): Promise<ProductionScope> {
  // Every request starts here. On the driver (lib/server/sql-writer.ts), not
  // Prisma: the lookup took 2.6 ms through Prisma's model API, 0.6 ms as a
  // Prisma raw query, and about 0.05 ms on the driver (bench/README.md).
  // From the user, so that a row comes back for a member and an outsider
  // alike and the session version is read either way.
  // Pages pass the id from their URL unchecked (the API checks its own, lib/api/request-guards.ts):
  // one that cannot be an id names nothing, and PostgreSQL fails on some (a NUL) rather than find nothing.
  if (!ID_PATTERN.test(productionId)) throw new NotFoundError("No such production");
  await getDb(); // the database is known to be migrated before anything reads it
  const row = await getSqlWriter().read(() =>
    sqlRow<{ sessionVersion: unknown; role: string | null; id: string | null; name: string | null; timeZone: string | null; coordinatorLogsAreVerified: unknown; verifierCredentialKind: string | null }>(
      `SELECT u."sessionVersion" AS "sessionVersion", m."role" AS "role", p."id" AS "id", p."name" AS "name",
              p."timeZone" AS "timeZone", p."coordinatorLogsAreVerified" AS "coordinatorLogsAreVerified",
              p."verifierCredentialKind" AS "verifierCredentialKind"
         FROM "User" u
         LEFT JOIN "Membership" m ON m."userId" = u."id" AND m."productionId" = ?
         LEFT JOIN "Production" p ON p."id" = m."productionId"
        WHERE u."id" = ?`,
      productionId,
      actor.userId,
    ),
  );
  if (session && (!row || Number(row.sessionVersion) !== session.sessionVersion)) {
    throw new UnauthorizedError("Your session has ended. Sign in again.");
  }
  if (!row || !row.role || !isRole(row.role) || !row.id || !row.name || !row.timeZone) throw new NotFoundError("No such production");
  return {
    actor,
    role: row.role,
    production: { id: row.id, name: row.name, timeZone: row.timeZone, coordinatorLogsAreVerified: sqlBoolean(row.coordinatorLogsAreVerified),
      verifierCredentialKind: isCredentialKind(row.verifierCredentialKind) ? row.verifierCredentialKind : null,
    },
    today: dayInTimeZone(now, row.timeZone),
  };
}

/** 403 for a member whose role does not allow `action`. */
export function requirePermission(scope: ProductionScope, action: Action): void {
  if (!can(scope.role, action)) throw new ForbiddenError(forbiddenMessage(action, scope.role));
}
