import "server-only";
import { formatDay } from "../../domain/calendar-day";
import type { ProductionScope } from "../../domain/scope";
import { GENESIS_HASH } from "../../domain/audit-chain";
import { logbookPdfQuerySchema } from "../../schemas/logbook";
import { parseOrThrow } from "../../schemas/parse";
import { getDb } from "../../server/db";
import { renderLogbookPdf } from "../../server/pdf/logbook-pdf";
import { findPerformer } from "../access";
import { entryBatches } from "./export";
import { logbookWhere } from "./read";

/**
 * A performer's logbook as a PDF (`…/performers/{id}/logbook.pdf`), with the
 * logbook's filters: for whoever may read that logbook. The audit chain's
 * head at printing is on every page: the entries printed are all behind it.
 */
export async function logbookPdf(scope: ProductionScope, performerId: string, input: Record<string, string>) {
  const query = parseOrThrow(logbookPdfQuerySchema, { ...input, performerId });
  const where = await logbookWhere(scope, query);
  const db = await getDb();
  const productionId = scope.production.id;
  const [performer, discipline] = await Promise.all([
    findPerformer(db, productionId, performerId),
    query.disciplineId ? db.discipline.findFirst({ where: { id: query.disciplineId, productionId }, select: { name: true } }) : null,
  ]);
  const selection = [
    discipline?.name,
    query.status ? `${query.status} entries` : null,
    query.from || query.to ? `${query.from ? formatDay(query.from) : "…"} – ${query.to ? formatDay(query.to) : "…"}` : null,
  ].filter(Boolean);
  const pdf = await renderLogbookPdf({
    production: scope.production.name,
    performer: performer.name,
    printedOn: scope.today,
    timeZone: scope.production.timeZone,
    chainHead: async () => (await db.auditChain.findFirst({ where: { productionId }, orderBy: { seq: "desc" }, select: { hash: true } }))?.hash ?? GENESIS_HASH,
    selection: selection.length ? selection.join(", ") : null,
    paper: query.paper,
    entries: entryBatches(where),
  });
  return { pdf, fileName: `logbook-${performer.name.replace(/[^\w-]+/g, "-").toLowerCase()}-${scope.today}.pdf` };
}
