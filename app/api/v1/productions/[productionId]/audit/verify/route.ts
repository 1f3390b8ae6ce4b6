import { productionRoute } from "@/lib/api/handler";
import { checkAuditChain } from "@/lib/data/audit-check";

/** `{ ok: true, entries, head }`, or `{ ok: false, entries, firstBrokenEntry: { id, at, action, seq, problem } }` (coordinators). */
export const GET = productionRoute<{ productionId: string }>(async ({ scope }) => checkAuditChain(scope));
