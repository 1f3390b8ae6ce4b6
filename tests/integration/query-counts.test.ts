import { beforeAll, describe, expect, it } from "vitest";
import { logTrainingSession } from "@/lib/data/sessions";
import type { Statement } from "@/lib/server/sql-steps";
import { getDb } from "@/lib/server/db";
import { observeStatements } from "@/lib/server/sql-writer";
import { loadDashboardView } from "@/lib/views/dashboard";
import { loadWallView } from "@/lib/views/wall";
import { createWorld, scopeOf, type World } from "../support/world";

// What a screen or a write asks the database, counted. The team dashboard used
// to look the membership up in each of its six data calls and list the
// performers twice; now the request's scope is resolved once, before the view
// loader runs, and one progress read serves the whole screen.

let w: World;

beforeAll(async () => {
  w = await createWorld(await getDb());
});

async function statementsOf(work: () => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = [];
  const stop = observeStatements((step) => seen.push(step));
  try {
    await work();
  } finally {
    stop();
  }
  return seen;
}

const reading = (table: string) => (s: Statement) => new RegExp(`FROM "${table}"`).test(s.sql);

describe("the statements behind a screen", () => {
  it("the team dashboard lists the performers once and never looks the membership up again", async () => {
    const scope = await scopeOf(w.coordinator, w.productionId);
    const statements = await statementsOf(() => loadDashboardView(scope, {}));
    expect(statements.filter(reading("Membership"))).toHaveLength(1); // the performer list
    expect(statements.filter(reading("User"))).toHaveLength(0);
    // performers, goals, milestones, running totals and recent reps, reach days, weekly trend; since issue 15, who is
    // off training today and every performer's training load: one statement each, whatever the size of the team
    expect(statements.length).toBeLessThanOrEqual(8);
  });

  it("the wall screen too", async () => {
    const scope = await scopeOf(w.viewer, w.productionId);
    const statements = await statementsOf(() => loadWallView(scope));
    expect(statements.filter(reading("Membership"))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(5); // the dashboard's, without the weekly trend
  });

  it("resolving the scope is one statement", async () => {
    expect(await statementsOf(() => scopeOf(w.coordinator, w.productionId))).toHaveLength(1);
  });

  // Thirteen since the verifier-credential rule (issue 12): the production's rule is read inside the
  // transaction that signs, so a rule set a moment before judges the entry (lib/data/sessions/verifier-credential.ts).
  // Sixteen since the audit chain (issue 13): its lock, its head, and the new links (lib/data/audit-chain.ts).
  it("logging a session is one transaction of sixteen statements at most", async () => {
    const scope = await scopeOf(w.coordinator, w.productionId);
    // The production's first write also links its history into the chain (one read more): not the steady state measured here.
    await logTrainingSession(scope, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-13", count: 1 }, new Date("2026-06-15T12:00:00Z"));
    const statements = await statementsOf(() =>
      logTrainingSession(scope, { performerId: w.performer1.userId, disciplineId: w.skydive, date: "2026-06-14", count: 4 }, new Date("2026-06-15T12:00:00Z")),
    );
    expect(statements.length).toBeLessThanOrEqual(16);
  });
});
