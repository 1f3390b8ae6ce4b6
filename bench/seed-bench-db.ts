// Builds the benchmark database: one production at the full regimen scale
// (200 performers, about 10 million reps in about 700,000 sessions over a
// year) and one small production (200 performers, about 10 thousand reps),
// side by side in one SQLite file so that both are measured on one connection.
// Rows are inserted with better-sqlite3 directly: Prisma would take minutes.

import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { addDays } from "../lib/calendar-day";
import { seededRandom } from "../lib/demo/random";
import { CLIFF_JUMP_REGIMEN } from "../lib/regimen-template";
import { refreshGoalReaches } from "../lib/data/goal-reaches";
import { createPrismaClient } from "../lib/db-client";
import { migrateDatabase } from "../scripts/lib/migrate";

export const BENCH_START = "2026-01-01";
export const BENCH_AS_OF = "2026-12-31";

export interface BenchScale {
  productionId: string;
  performers: number;
  sessions: number;
  /** Reps per session are drawn from 1 … 2 × meanCount − 1. */
  meanCount: number;
}

export const LARGE: BenchScale = { productionId: "bench-large", performers: 200, sessions: 700_000, meanCount: 14 };
export const SMALL: BenchScale = { productionId: "bench-small", performers: 200, sessions: 700, meanCount: 14 };

function progressBar(label: string, done: number, total: number) {
  if (!process.stderr.isTTY && done !== total && done % Math.ceil(total / 10) !== 0) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r  ${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${Math.round((100 * done) / total)}%`);
  if (done === total) process.stderr.write("\n");
}

function seedScale(sqlite: Database.Database, scale: BenchScale, random: () => number) {
  const p = scale.productionId;
  sqlite.prepare(`INSERT INTO "Production" ("id", "name", "timeZone") VALUES (?, ?, 'UTC')`).run(p, `Bench ${p}`);
  const user = sqlite.prepare(`INSERT INTO "User" ("id", "email", "name", "passwordHash") VALUES (?, ?, ?, 'x')`);
  const member = sqlite.prepare(`INSERT INTO "Membership" ("id", "productionId", "userId", "role") VALUES (?, ?, ?, ?)`);
  const discipline = sqlite.prepare(`INSERT INTO "Discipline" ("id", "productionId", "name", "unit") VALUES (?, ?, ?, ?)`);
  const goal = sqlite.prepare(
    `INSERT INTO "Goal" ("id", "productionId", "performerId", "disciplineId", "target", "startDate", "deadline") VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const milestone = sqlite.prepare(`INSERT INTO "GoalMilestone" ("id", "goalId", "name", "count") VALUES (?, ?, ?, ?)`);
  const session = sqlite.prepare(
    `INSERT INTO "TrainingSession" ("id", "productionId", "performerId", "disciplineId", "date", "count", "status", "loggedById", "updatedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)`,
  );
  const coordinator = `${p}-coordinator`;
  user.run(coordinator, `${coordinator}@bench.test`, "Bench Coordinator");
  member.run(`${coordinator}-m`, p, coordinator, "coordinator");
  const disciplines = CLIFF_JUMP_REGIMEN.disciplines.map((d, i) => {
    discipline.run(`${p}-d${i}`, p, d.name, d.unit);
    return { id: `${p}-d${i}`, ...d };
  });
  for (let i = 0; i < scale.performers; i++) {
    const id = `${p}-u${i}`;
    user.run(id, `${id}@bench.test`, `Performer ${String(i).padStart(3, "0")}`);
    member.run(`${id}-m`, p, id, "performer");
    for (const d of disciplines) {
      goal.run(`${id}-${d.id}`, p, id, d.id, d.target, BENCH_START, BENCH_AS_OF);
      for (const [k, m] of d.milestones.entries()) milestone.run(`${id}-${d.id}-m${k}`, `${id}-${d.id}`, m.name, m.count);
    }
  }
  // Motorbike jumps dominate, as in the regimen.
  const weights = [0.7, 0.2, 0.07, 0.03];
  for (let s = 0; s < scale.sessions; s++) {
    const performer = `${p}-u${Math.floor(random() * scale.performers)}`;
    const r = random();
    const d = r < weights[0]! ? 0 : r < weights[0]! + weights[1]! ? 1 : r < 0.97 ? 2 : 3;
    const statusRoll = random();
    const status = statusRoll < 0.9 ? "verified" : statusRoll < 0.98 ? "pending" : "rejected";
    const count = 1 + Math.floor(random() * (2 * scale.meanCount - 1));
    session.run(`${p}-s${s}`, p, performer, disciplines[d]!.id, addDays(BENCH_START, Math.floor(random() * 365)), count, status, coordinator);
    if (s % 5000 === 0 || s === scale.sessions - 1) progressBar(`${p} sessions`, s + 1, scale.sessions);
  }
}

/** Creates (or reuses) the benchmark database at `file`. */
export async function ensureBenchDb(file: string): Promise<void> {
  if (existsSync(file)) {
    const sqlite = new Database(file, { readonly: true });
    const ready = sqlite.prepare(`SELECT COUNT(*) AS n FROM "Production" WHERE "id" = ?`).get(LARGE.productionId) as { n: number };
    sqlite.close();
    if (ready.n === 1) {
      // Reused data, current schema: apply any migration committed since it was seeded.
      await migrateDatabase(`file:${file}`);
      return;
    }
  }
  console.error(`Seeding ${file} (once; reused by later runs)…`);
  await migrateDatabase(`file:${file}`);
  const sqlite = new Database(file);
  sqlite.pragma("synchronous = OFF");
  const random = seededRandom(20261125);
  sqlite.transaction(() => {
    seedScale(sqlite, SMALL, random);
    seedScale(sqlite, LARGE, random);
  })();
  sqlite.close();
  // The reach days, as the app keeps them on every write (one pass per production here).
  const db = createPrismaClient(`file:${file}`);
  process.stderr.write("  computing goal reach days…\n");
  for (const scale of [SMALL, LARGE]) await refreshGoalReaches(db, { productionId: scale.productionId });
  await db.$disconnect();
  const analyze = new Database(file);
  analyze.exec("ANALYZE");
  analyze.close();
}
