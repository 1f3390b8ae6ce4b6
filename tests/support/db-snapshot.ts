// What a refused request must leave untouched: the row count of every table,
// and the fields of the rows an update can change. One query for the counts,
// so a fuzz run can take a snapshot around every request.

import type { Db } from "@/lib/server/db";

const TABLES = [
  "User", "Production", "Membership", "Discipline", "Goal", "GoalMilestone", "GoalReach", "GoalTotal",
  "TrainingSession", "Jump", "AuditEvent", "Stunt", "Take", "ReadinessCheckIn", "Incident", "Invitation", "ApiToken",
  "Credential", "Equipment", "SessionEquipment", "WitnessRequest", "NotificationRead", "AuditChain", "SettingChange", "Dossier", "PlannedSession", "IdempotentRequest",
] as const;

const COUNTS_SQL = `SELECT ${TABLES.map((t) => `(SELECT COUNT(*) FROM "${t}") AS "${t}"`).join(", ")}`;

export async function dbSnapshot(db: Db) {
  const [rawCounts] = await db.$queryRawUnsafe<Record<string, number | bigint>[]>(COUNTS_SQL);
  const counts = Object.fromEntries(Object.entries(rawCounts!).map(([table, n]) => [table, Number(n)]));
  const [productions, disciplines, sessions, incidents, users, apiTokens, credentials, equipment] = await Promise.all([
    db.production.findMany({ select: { id: true, name: true, coordinatorLogsAreVerified: true, verifierCredentialKind: true }, orderBy: { id: "asc" } }),
    db.discipline.findMany({
      select: { id: true, name: true, maxPerDay: true, maxPer7Days: true, minRestDays: true, limitsAreHard: true, currencyCount: true, currencyDays: true },
      orderBy: { id: "asc" },
    }),
    db.trainingSession.findMany({ orderBy: { id: "asc" } }),
    db.incident.findMany({ orderBy: { id: "asc" } }),
    db.user.findMany({ select: { id: true, name: true, email: true, sessionVersion: true }, orderBy: { id: "asc" } }),
    db.apiToken.findMany({ select: { id: true, revokedAt: true }, orderBy: { id: "asc" } }),
    db.credential.findMany({ select: { id: true, kind: true, name: true, number: true, issuedOn: true, expiresOn: true, scanName: true }, orderBy: { id: "asc" } }),
    db.equipment.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { counts, productions, disciplines, sessions, incidents, users, apiTokens, credentials, equipment };
}
