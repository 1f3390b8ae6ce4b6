// The rows of one benchmark production: a coordinator, a viewer, `performers`
// performers with a goal (and its milestones) in each discipline of the
// cliff-jump regimen, and `sessions` training sessions spread over 2026.
// Drawn from the scale's own seeded PRNG, so SQLite and PostgreSQL hold the
// same data.

import { addDays } from "../lib/domain/calendar-day";
import { seededRandom } from "../lib/demo/random";
import { CLIFF_JUMP_REGIMEN } from "../lib/domain/regimen-template";
import { BatchInsert } from "./batch-insert";
import { ProgressBar } from "./progress-bar";
import { BENCH_AS_OF, BENCH_START, coordinatorOf, disciplineOf, performerOf, viewerOf, type BenchScale } from "./scales";
import type { SeedConnection } from "./seed-connection";

/**
 * The production's name records how it was generated: a database seeded by
 * an older generator (or another seed) has a different name and is re-seeded.
 */
export const productionName = (scale: BenchScale) =>
  `Bench ${scale.productionId} (${scale.performers} performers, ${scale.sessions} sessions, seed ${scale.seed})`;

// Motorbike jumps dominate, as in the regimen.
const DISCIPLINE_WEIGHTS = [0.7, 0.2, 0.07, 0.03];

function drawDiscipline(r: number): number {
  let cumulative = 0;
  for (const [i, weight] of DISCIPLINE_WEIGHTS.entries()) {
    cumulative += weight;
    if (r < cumulative) return i;
  }
  return DISCIPLINE_WEIGHTS.length - 1;
}

/** Inserts one production. Parents are flushed before children: PostgreSQL checks foreign keys row by row. */
export async function seedProduction(db: SeedConnection, scale: BenchScale): Promise<void> {
  const p = scale.productionId;
  const random = seededRandom(scale.seed);
  const insert = (table: string, columns: string[], constants?: Record<string, string>) =>
    new BatchInsert(db, table, columns, constants);

  const production = insert("Production", ["id", "name", "timeZone"]);
  await production.add([p, productionName(scale), "UTC"]);
  await production.flush();

  const coordinator = coordinatorOf(scale);
  const people: [id: string, name: string, role: string][] = [
    [coordinator, "Bench Coordinator", "coordinator"],
    [viewerOf(scale), "Bench Viewer", "viewer"],
    ...Array.from({ length: scale.performers }, (_, i): [string, string, string] => [
      performerOf(scale, i),
      `Performer ${String(i).padStart(3, "0")}`,
      "performer",
    ]),
  ];
  const users = insert("User", ["id", "email", "name", "passwordHash"]);
  for (const [id, name] of people) await users.add([id, `${id}@bench.test`, name, "x"]);
  await users.flush();
  const members = insert("Membership", ["id", "productionId", "userId", "role"]);
  for (const [id, , role] of people) await members.add([`${id}-m`, p, id, role]);
  await members.flush();

  // No dose limits: nothing the benches log is ever refused.
  const disciplines = insert("Discipline", ["id", "productionId", "name", "unit"]);
  for (const [i, d] of CLIFF_JUMP_REGIMEN.disciplines.entries()) await disciplines.add([disciplineOf(scale, i), p, d.name, d.unit]);
  await disciplines.flush();

  const planned = Array.from({ length: scale.performers }, (_, u) =>
    CLIFF_JUMP_REGIMEN.disciplines.map((d, i) => ({ d, performerId: performerOf(scale, u), disciplineId: disciplineOf(scale, i) })),
  ).flat();
  const goalId = (g: (typeof planned)[number]) => `${g.performerId}-${g.disciplineId}`;
  const goals = insert("Goal", ["id", "productionId", "performerId", "disciplineId", "target", "startDate", "deadline"]);
  for (const g of planned) await goals.add([goalId(g), p, g.performerId, g.disciplineId, g.d.target, BENCH_START, BENCH_AS_OF]);
  await goals.flush();
  const milestones = insert("GoalMilestone", ["id", "goalId", "name", "count"]);
  for (const g of planned) {
    for (const [k, m] of g.d.milestones.entries()) await milestones.add([`${goalId(g)}-m${k}`, goalId(g), m.name, m.count]);
  }
  await milestones.flush();

  const sessions = insert(
    "TrainingSession",
    ["id", "productionId", "performerId", "disciplineId", "date", "count", "status", "loggedById", "verifiedById"],
    { updatedAt: "CURRENT_TIMESTAMP" },
  );
  const bar = scale.sessions >= 10_000 ? new ProgressBar(`${p} sessions`, scale.sessions) : undefined;
  for (let s = 0; s < scale.sessions; s++) {
    const performer = performerOf(scale, Math.floor(random() * scale.performers));
    const discipline = disciplineOf(scale, drawDiscipline(random()));
    const statusRoll = random();
    const status = statusRoll < 0.9 ? "verified" : statusRoll < 0.98 ? "pending" : "rejected";
    const count = 1 + Math.floor(random() * (2 * scale.meanCount - 1));
    const date = addDays(BENCH_START, Math.floor(random() * 365));
    await sessions.add([`${p}-s${s}`, p, performer, discipline, date, count, status, coordinator, status === "verified" ? coordinator : null]);
    if (bar && (s % 1000 === 999 || s === scale.sessions - 1)) bar.update(s + 1);
  }
  await sessions.flush();
}
