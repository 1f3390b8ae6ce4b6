// `npm run audit:verify`: recompute every production's audit chain
// (lib/domain/audit-chain.ts) in DATABASE_URL and say whether each is whole,
// or where it first breaks. Exit 1 when any is broken: for an operator's cron.

import { verifyProductionChain } from "../lib/data/audit-verify";
import { prismaDialect, runStepsWithPrisma } from "../lib/data/prisma-steps";
import { resolveDatabaseUrl } from "../lib/server/database-url";
import { createCommandPrismaClient } from "../lib/server/db-client";

async function main(): Promise<number> {
  const db = createCommandPrismaClient(resolveDatabaseUrl(process.env.DATABASE_URL, process.cwd()));
  try {
    const dialect = prismaDialect(db);
    const productions = await db.production.findMany({ select: { id: true, name: true }, orderBy: { createdAt: "asc" } });
    let broken = 0;
    for (const p of productions) {
      const verdict = await runStepsWithPrisma(db, dialect, verifyProductionChain(p.id));
      if (verdict.ok) console.log(`✔ ${p.name} (${p.id}): ${verdict.entries.toLocaleString("en-US")} entries, head ${verdict.head}`);
      else {
        broken++;
        const b = verdict.firstBrokenEntry;
        console.log(`✖ ${p.name} (${p.id}): broken at ${b.seq === null ? "an unlinked event" : `link ${b.seq}`}: event ${b.id} (${b.action ?? "?"}, ${b.at ?? "?"}): ${b.problem}`);
      }
    }
    if (productions.length === 0) console.log("No productions.");
    return broken ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
