import "server-only";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { doseLimitsSchema } from "../schemas/limits";
import { parseOrThrow } from "../schemas/parse";
import { findDiscipline } from "./access";
import { requirePermission } from "./scope";
import { recordSettingChange } from "./setting-changes";
import { limitsOf } from "./sessions/dose-limits";

const disciplineLimitsSelect = { id: true, name: true, unit: true, fromTakes: true, maxPerDay: true, maxPer7Days: true, minRestDays: true, limitsAreHard: true } as const;

/** Set a discipline's dose limits (coordinators); null clears one. */
export async function setDoseLimits(scope: ProductionScope, disciplineId: string, input: unknown, now = new Date()) {
  const data = parseOrThrow(doseLimitsSchema, input);
  requirePermission(scope, "discipline.manage");
  const db = await getDb();
  await findDiscipline(db, scope.production.id, disciplineId);
  // The change and its record in one transaction: a safety setting never changes unrecorded.
  const row = await db.$transaction(async (tx) => {
    const before = await tx.discipline.findUniqueOrThrow({ where: { id: disciplineId }, select: disciplineLimitsSelect });
    const after = await tx.discipline.update({
      where: { id: disciplineId },
      data: { maxPerDay: data.maxPerDay, maxPer7Days: data.maxPer7Days, minRestDays: data.minRestDays, limitsAreHard: data.hard },
      select: disciplineLimitsSelect,
    });
    await recordSettingChange(tx, scope, { subject: "discipline-limits", subjectId: disciplineId, before: limitsOf(before), after: limitsOf(after) }, now);
    return after;
  });
  return { id: row.id, name: row.name, unit: row.unit, limits: limitsOf(row) };
}

/** Every discipline of a production with its limits (coordinators' settings page). */
export async function listDoseLimits(scope: ProductionScope) {
  requirePermission(scope, "discipline.manage");
  const db = await getDb();
  return db.discipline.findMany({
    where: { productionId: scope.production.id },
    select: { ...disciplineLimitsSelect, currencyCount: true, currencyDays: true, archivedAt: true, _count: { select: { goals: { where: { archivedAt: null } } } } },
    orderBy: { createdAt: "asc" },
  });
}
