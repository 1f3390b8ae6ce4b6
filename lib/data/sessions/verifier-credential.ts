import "server-only";
import { dayInTimeZone } from "../../domain/calendar-day";
import { initialSessionStatus } from "../../domain/permissions";
import type { ProductionScope } from "../../domain/scope";
import { isCredentialKind, verifierCredentialRefusal } from "../../domain/verifier-credential";
import { row, rows, type SqlBody } from "../../server/sql-steps";

// The verifier-credential rule, read inside the writer's transaction: the
// production's rule and the verifier's credentials are read in the same
// transaction that signs, so a rule set or a credential removed a moment
// before is what the signature is judged by. An outside witness is not
// subject to it (they state their own licence number).

/** Why the scope's member may not verify today under the production's rule, or null when they may. */
export function* verifierRefusal(scope: ProductionScope, now: Date): SqlBody<string | null> {
  const productionId = scope.production.id;
  const production = yield* row<{ kind: string | null }>(`SELECT "verifierCredentialKind" AS "kind" FROM "Production" WHERE "id" = ?`, productionId);
  const kind = production?.kind ?? null;
  if (kind === null) return null;
  const held = yield* rows<{ issuedOn: string | null; expiresOn: string | null }>(
    `SELECT "issuedOn", "expiresOn" FROM "Credential" WHERE "productionId" = ? AND "userId" = ? AND "kind" = ?`,
    productionId,
    scope.actor.userId,
    kind,
  );
  // A kind outside the list cannot be set through the API; if one were stored, nobody holds it.
  if (!isCredentialKind(kind)) return `Verifying needs a credential of kind ${kind}: you have none on record`;
  return verifierCredentialRefusal(kind, held, dayInTimeZone(now, scope.production.timeZone));
}

/**
 * A new entry's status (logged or imported): a coordinator's entry for
 * someone else counts as their signature when the policy says so, and only
 * while they may verify under the credential rule; otherwise it waits for
 * sign-off like any other.
 */
export function* initialStatusUnderRule(scope: ProductionScope, performerId: string, now: Date): SqlBody<"pending" | "verified"> {
  const { role, actor, production } = scope;
  const status = initialSessionStatus(role, actor.userId, performerId, production.coordinatorLogsAreVerified);
  if (status === "verified" && (yield* verifierRefusal(scope, now)) !== null) return "pending";
  return status;
}
