// After migrating: link the audit history of every production that has
// events but no chain yet (a database from before the chain existed), so that
// `npm run audit:verify` and the verify route find a whole chain at once. The
// app would chain it on the production's next write anyway
// (lib/data/audit-chain.ts); this does not wait for one.

import { chainHistory } from "../../lib/data/audit-chain";
import { prismaDialect, runStepsWithPrisma } from "../../lib/data/prisma-steps";
import { createCommandPrismaClient } from "../../lib/server/db-client";

export async function chainAuditHistory(databaseUrl: string): Promise<number> {
  const db = createCommandPrismaClient(databaseUrl);
  try {
    const dialect = prismaDialect(db);
    // Per production, two index probes (its first event, its first link): `npm start` runs this every time, and a
    // scan of the whole audit log would grow with it.
    const unchained = await db.$queryRawUnsafe<{ productionId: string }[]>(
      `SELECT p."id" AS "productionId" FROM "Production" p
        WHERE EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."productionId" = p."id")
          AND NOT EXISTS (SELECT 1 FROM "AuditChain" c WHERE c."productionId" = p."id")`,
    );
    let linked = 0;
    for (const { productionId } of unchained) {
      linked += await db.$transaction((tx) => runStepsWithPrisma(tx, dialect, chainHistory(dialect, productionId)), { timeout: 600_000 });
    }
    return linked;
  } finally {
    await db.$disconnect();
  }
}
