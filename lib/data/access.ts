import "server-only";
import type { Db } from "../server/db";
import { NotFoundError } from "../domain/errors";
import type { Action, Role } from "../domain/permissions";
import { sqlBoolean } from "./sql-fragments";

// Lookups that every write starts with: is this id a performer or a
// discipline of the production in scope? An id from another production and
// an unknown one look the same (404).

/** What a viewer is told when they try to change something: what they can do instead of what another role may. */
export const VIEWER_READ_ONLY =
  "Viewers follow this production read-only: the dashboard, performers' pages and plans, stunts with their go / no-go and dossiers, and credentials. A coordinator makes changes.";

const READS: readonly Action[] = ["production.view", "team.viewProgress", "performer.viewAny", "performer.viewOwn", "stunt.view", "credential.viewAny", "session.readHistory", "dossier.read"];

export function forbiddenMessage(action: Action, role?: Role): string {
  if (role === "viewer" && !READS.includes(action)) return VIEWER_READ_ONLY;
  const messages: Partial<Record<Action, string>> = {
    "team.viewProgress": "Only coordinators and viewers see the whole team's progress",
    "session.logForAnyone": "Only coordinators log sessions for other performers",
    "session.import": "Only coordinators import logbook files",
    "session.verify": "Only coordinators verify sessions",
    "goal.manage": "Only coordinators set goals",
    "discipline.manage": "Only coordinators add disciplines",
  };
  return messages[action] ?? "Your role in this production does not allow this";
}

/** Members who train: performers, and coordinators who also perform. */
export const PERFORMING_MEMBER = { OR: [{ role: "performer" }, { performs: true }] };

type QueryClient = Pick<Db, "$queryRaw" | "discipline">;

/** A performer of the production, or 404 (an unknown id and a non-performer look the same). */
export async function findPerformer(db: QueryClient, productionId: string, performerId: string) {
  // Raw SQL: a Prisma relation select costs five times this one join, on
  // every log and progress request (bench/README.md).
  const rows = await db.$queryRaw<{ id: string; name: string; role: string; performs: unknown }[]>`
    SELECT u."id" AS "id", u."name" AS "name", m."role" AS "role", m."performs" AS "performs"
      FROM "Membership" m
      JOIN "User" u ON u."id" = m."userId"
     WHERE m."productionId" = ${productionId} AND m."userId" = ${performerId}`;
  const row = rows[0];
  if (!row || (row.role !== "performer" && !sqlBoolean(row.performs))) {
    throw new NotFoundError("No such performer in this production");
  }
  return { id: row.id, name: row.name };
}

export async function findDiscipline(db: QueryClient, productionId: string, disciplineId: string) {
  const discipline = await db.discipline.findFirst({
    where: { id: disciplineId, productionId },
    select: { id: true, name: true, unit: true, maxPerDay: true, maxPer7Days: true, minRestDays: true, limitsAreHard: true, recordsJumps: true, archivedAt: true },
  });
  if (!discipline) throw new NotFoundError("No such discipline in this production");
  return discipline;
}
