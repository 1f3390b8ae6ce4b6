import "server-only";
import type { ChainVerdict } from "../domain/audit-chain";
import type { ProductionScope } from "../domain/scope";
import { getSqlWriter } from "../server/sql-writer";
import { verifyProductionChain } from "./audit-verify";
import { requirePermission } from "./scope";

/** Recompute the production's audit chain (coordinators): whole, or the first place it breaks. */
export async function checkAuditChain(scope: ProductionScope): Promise<ChainVerdict> {
  requirePermission(scope, "session.readHistory");
  return getSqlWriter().read(() => verifyProductionChain(scope.production.id));
}
