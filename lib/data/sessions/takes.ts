import "server-only";
import { snapshot } from "../../domain/audit-snapshot";
import { dayInTimeZone } from "../../domain/calendar-day";
import type { ProductionScope } from "../../domain/scope";
import { newId } from "../../server/ids";
import { bool, int, row, rows, run } from "../../server/sql-steps";
import { lockProductionStep } from "../production-lock";
import { insertSession, readEntry } from "./sql";
import { writeSessions } from "./transaction";

// A take recorded on set (issue 15): numbered in the stunt's ledger and, for
// each discipline of the stunt that counts takes (`fromTakes`, a "take
// attempt" discipline), logged as a verified one-rep entry of the performer,
// in one transaction — so the take and the reps it adds to goals are never
// apart. No dose limit judges it: a take is the shot itself, which the
// coordinator has already decided to roll.

export interface TakeInput {
  performerId: string;
  outcome: string;
  at: Date;
  notes: string | null;
}

export interface RecordedTake {
  id: string;
  number: number;
  /** The entries it logged, one per discipline that counts takes. */
  loggedSessionIds: string[];
}

export async function recordTake(scope: ProductionScope, stunt: { id: string; name: string; disciplineIds: string[] }, take: TakeInput, now: Date): Promise<RecordedTake> {
  const productionId = scope.production.id;
  const actorId = scope.actor.userId;
  return writeSessions(scope, "take-logged", now, function* ({ lock, audit, auditOther, added }) {
    // Numbering across performers: the production first (so two takes of one stunt get the next two numbers),
    // then the performer's records, whose totals the take may add to; the chain's lock comes last, in the writer.
    yield* lockProductionStep(productionId);
    yield* lock([take.performerId]);
    const last = yield* row<{ n: unknown }>(`SELECT MAX("number") AS "n" FROM "Take" WHERE "stuntId" = ?`, stunt.id);
    const number = (last?.n === null || last?.n === undefined ? 0 : int(last.n)) + 1;
    const id = newId(now.getTime());
    yield* run(
      `INSERT INTO "Take" ("id", "productionId", "stuntId", "performerId", "number", "at", "outcome", "notes", "loggedById", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id,
      productionId,
      stunt.id,
      take.performerId,
      number,
      take.at,
      take.outcome,
      take.notes,
      actorId,
      now,
    );
    yield* auditOther({ subject: "take", subjectId: id, action: "create", after: { stuntId: stunt.id, number, performerId: take.performerId, at: take.at.toISOString(), outcome: take.outcome, notes: take.notes } });

    const loggedSessionIds: string[] = [];
    if (stunt.disciplineIds.length === 0) return { id, number, loggedSessionIds };
    const disciplines = yield* rows<{ id: string; fromTakes: unknown }>(
      `SELECT "id", "fromTakes" FROM "Discipline" WHERE "productionId" = ? AND "archivedAt" IS NULL AND "id" IN (${stunt.disciplineIds.map(() => "?").join(", ")}) ORDER BY "createdAt", "id"`,
      productionId,
      ...stunt.disciplineIds,
    );
    const date = dayInTimeZone(take.at, scope.production.timeZone);
    for (const discipline of disciplines.filter((d) => bool(d.fromTakes))) {
      const sessionId = yield* insertSession(
        {
          productionId,
          performerId: take.performerId,
          disciplineId: discipline.id,
          date,
          count: 1,
          durationMinutes: null,
          rpe: null,
          location: null,
          notes: `Take ${number} of ${stunt.name}: ${take.outcome.replace("_", " ")}`,
          status: "verified",
          loggedById: actorId,
          verifiedById: actorId,
          verifiedAt: now,
          correctsId: null,
          correctionReason: null,
          limitOverrideReason: null,
        },
        now,
      );
      yield* audit({ sessionId, action: "create", after: snapshot(yield* readEntry(sessionId)) });
      yield* audit({ sessionId, action: "verify", reason: `take ${number} recorded on set` });
      added(take.performerId, discipline.id, { date, count: 1, verified: true });
      loggedSessionIds.push(sessionId);
    }
    return { id, number, loggedSessionIds };
  });
}
