import "server-only";
import type { ChainedContent } from "../../domain/audit-chain";
import type { AuditAction, SessionSnapshot } from "../../domain/audit-snapshot";
import { NotFoundError, ValidationError } from "../../domain/errors";
import type { LogbookEntry } from "../../domain/logbook";
import { newId } from "../../server/ids";
import { bool, instant, int, row, rows, run, type SqlBody } from "../../server/sql-steps";

// The statements of the session writer, as SQL steps (lib/server/sql-steps.ts)
// that run on SQLite and PostgreSQL alike. Rows come back as the driver gives
// them; the mappers here turn them into the app's plain objects.

/** What the writer reads of an entry it is about to change (the entry screens show, without names). */
export type SessionRow = Pick<
  LogbookEntry,
  "id" | "productionId" | "performerId" | "disciplineId" | "date" | "count" | "durationMinutes" | "rpe" | "location" | "notes" | "status" | "correctsId" | "correctionReason"
>;

const SESSION_COLUMNS = `"id", "productionId", "performerId", "disciplineId", "date", "count", "durationMinutes", "rpe", "location", "notes", "status", "correctsId", "correctionReason"`;

function toSessionRow(r: Record<string, unknown>): SessionRow {
  return {
    id: String(r.id),
    productionId: String(r.productionId),
    performerId: String(r.performerId),
    disciplineId: String(r.disciplineId),
    date: String(r.date),
    count: int(r.count),
    durationMinutes: r.durationMinutes === null ? null : int(r.durationMinutes),
    rpe: r.rpe === null || r.rpe === undefined ? null : int(r.rpe),
    location: (r.location as string | null) ?? null,
    notes: (r.notes as string | null) ?? null,
    status: String(r.status),
    correctsId: (r.correctsId as string | null) ?? null,
    correctionReason: (r.correctionReason as string | null) ?? null,
  };
}

/** One entry of the production, or undefined. */
export function* findSession(productionId: string, sessionId: string): SqlBody<SessionRow | undefined> {
  const found = yield* row<Record<string, unknown>>(
    `SELECT ${SESSION_COLUMNS} FROM "TrainingSession" WHERE "id" = ? AND "productionId" = ?`,
    sessionId,
    productionId,
  );
  return found && toSessionRow(found);
}

/**
 * One entry of the production, read again after locking its performer's
 * records: what the first read saw may have changed while the lock was awaited.
 */
export function* findSessionLocked(lock: (performerIds: readonly string[]) => SqlBody<void>, productionId: string, sessionId: string): SqlBody<SessionRow | undefined> {
  const first = yield* findSession(productionId, sessionId);
  if (!first) return undefined;
  yield* lock([first.performerId]);
  return yield* findSession(productionId, sessionId);
}

/** Several entries of the production, by id. */
export function* findSessions(productionId: string, sessionIds: readonly string[]): SqlBody<SessionRow[]> {
  if (sessionIds.length === 0) return [];
  const found = yield* rows<Record<string, unknown>>(
    `SELECT ${SESSION_COLUMNS} FROM "TrainingSession" WHERE "productionId" = ? AND "id" IN (${sessionIds.map(() => "?").join(", ")})`,
    productionId,
    ...sessionIds,
  );
  return found.map(toSessionRow);
}

/** A performer of the production (a performer, or a coordinator who performs), or 404. */
export function* requirePerformer(productionId: string, performerId: string): SqlBody<{ id: string; name: string }> {
  const found = yield* row<{ id: string; name: string; role: string; performs: unknown }>(
    `SELECT u."id" AS "id", u."name" AS "name", m."role" AS "role", m."performs" AS "performs"
       FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
      WHERE m."productionId" = ? AND m."userId" = ?`,
    productionId,
    performerId,
  );
  if (!found || (found.role !== "performer" && !bool(found.performs))) throw new NotFoundError("No such performer in this production");
  return { id: found.id, name: found.name };
}

export interface DisciplineLimitsRow {
  id: string;
  name: string;
  maxPerDay: number | null;
  maxPer7Days: number | null;
  minRestDays: number | null;
  limitsAreHard: boolean;
  /** Its sessions may carry per-jump rows. */
  recordsJumps: boolean;
  /** No longer trained: nothing new is logged to it (its entries stay, and may still be corrected). */
  archived: boolean;
}

/** A discipline of the production with its dose limits, or 404. */
export function* requireDiscipline(productionId: string, disciplineId: string): SqlBody<DisciplineLimitsRow> {
  const found = yield* row<Record<string, unknown>>(
    `SELECT "id", "name", "maxPerDay", "maxPer7Days", "minRestDays", "limitsAreHard", "recordsJumps", "archivedAt" FROM "Discipline" WHERE "id" = ? AND "productionId" = ?`,
    disciplineId,
    productionId,
  );
  if (!found) throw new NotFoundError("No such discipline in this production");
  const limit = (v: unknown) => (v === null || v === undefined ? null : int(v));
  return {
    id: String(found.id),
    name: String(found.name),
    maxPerDay: limit(found.maxPerDay),
    maxPer7Days: limit(found.maxPer7Days),
    minRestDays: limit(found.minRestDays),
    limitsAreHard: bool(found.limitsAreHard),
    recordsJumps: bool(found.recordsJumps),
    archived: found.archivedAt !== null && found.archivedAt !== undefined,
  };
}

/** Refuse a new entry in (or an entry moved to) an archived discipline, naming what to do. */
export function refuseArchivedDiscipline(discipline: DisciplineLimitsRow): void {
  if (discipline.archived) {
    throw new ValidationError({ disciplineId: `${discipline.name} is archived: nothing new is logged to it (a coordinator can restore it in Settings)` });
  }
}

/** A new entry: its fields as the writer inserts them (ids and instants are the writer's). */
export type NewSession = Omit<SessionRow, "id" | "status"> & {
  status: "pending" | "verified";
  loggedById: string;
  verifiedById: string | null;
  verifiedAt: Date | null;
  limitOverrideReason: string | null;
  /** An imported entry: the file's name, when and by whom (lib/data/sessions/import.ts). */
  import?: { source: string; at: Date; byId: string } | null;
};

const INSERT_COLUMNS = `"id", "productionId", "performerId", "disciplineId", "date", "count", "durationMinutes", "location", "notes",
       "status", "loggedById", "verifiedById", "verifiedAt", "correctsId", "correctionReason", "limitOverrideReason",
       "importSource", "importedAt", "importedById", "createdAt", "updatedAt", "rpe"`;
const INSERT_PLACEHOLDERS = `(${Array.from({ length: 22 }, () => "?").join(", ")})`;

function insertValues(id: string, entry: NewSession, now: Date): unknown[] {
  return [
    id,
    entry.productionId,
    entry.performerId,
    entry.disciplineId,
    entry.date,
    entry.count,
    entry.durationMinutes,
    entry.location,
    entry.notes,
    entry.status,
    entry.loggedById,
    entry.verifiedById,
    entry.verifiedAt,
    entry.correctsId,
    entry.correctionReason,
    entry.limitOverrideReason,
    entry.import?.source ?? null,
    entry.import?.at ?? null,
    entry.import?.byId ?? null,
    now,
    now,
    entry.rpe,
  ];
}

export function* insertSession(entry: NewSession, now: Date): SqlBody<string> {
  const id = newId(now.getTime());
  yield* run(`INSERT INTO "TrainingSession" (${INSERT_COLUMNS}) VALUES ${INSERT_PLACEHOLDERS}`, ...insertValues(id, entry, now));
  return id;
}

// Rows per multi-row INSERT: 22 parameters each stays far below SQLite's
// 32,766 and PostgreSQL's 65,535 bound parameters per statement, and an import
// of 100,000 entries is 200 statements instead of 100,000 round trips.
const SESSIONS_PER_INSERT = 500;

/** Many entries at once (an import); their ids, in order. */
export function* insertSessions(entries: readonly NewSession[], now: Date): SqlBody<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < entries.length; start += SESSIONS_PER_INSERT) {
    const batch = entries.slice(start, start + SESSIONS_PER_INSERT);
    const params: unknown[] = [];
    for (const entry of batch) {
      const id = newId(now.getTime());
      ids.push(id);
      params.push(...insertValues(id, entry, now));
    }
    yield* run(`INSERT INTO "TrainingSession" (${INSERT_COLUMNS}) VALUES ${batch.map(() => INSERT_PLACEHOLDERS).join(", ")}`, ...params);
  }
  return ids;
}

/** Fields of a pending entry that an edit may change (never its performer). */
const EDITABLE = ["disciplineId", "date", "count", "durationMinutes", "rpe", "location", "notes"] as const;
export type SessionChanges = Partial<Record<(typeof EDITABLE)[number], string | number | null>>;

/** Apply an edit to an entry that is still pending; 0 when it no longer is. */
export function* updatePendingSession(sessionId: string, changes: SessionChanges, now: Date): SqlBody<number> {
  const fields = EDITABLE.filter((f) => changes[f] !== undefined);
  const assignments = [...fields.map((f) => `"${f}" = ?`), `"updatedAt" = ?`].join(", ");
  return yield* run(
    `UPDATE "TrainingSession" SET ${assignments} WHERE "id" = ? AND "status" = 'pending'`,
    ...fields.map((f) => changes[f]),
    now,
    sessionId,
  );
}

/** An outside witness who signed an entry (no account): the name and the licence or membership number they gave. */
export interface OutsideWitness {
  name: string;
  licence: string;
}

/**
 * Set an entry's sign-off state: verified (by a member, `signerId`, or by an
 * outside witness, `witness`), rejected (with a reason) or superseded.
 */
export function* setSessionStatus(
  sessionId: string,
  change: { status: "verified" | "rejected" | "superseded"; signerId?: string; witness?: OutsideWitness; rejectionReason?: string },
  now: Date,
): SqlBody<number> {
  if (change.status === "superseded") {
    return yield* run(`UPDATE "TrainingSession" SET "status" = 'superseded', "updatedAt" = ? WHERE "id" = ?`, now, sessionId);
  }
  return yield* run(
    `UPDATE "TrainingSession" SET "status" = ?, "verifiedById" = ?, "verifiedAt" = ?, "rejectionReason" = ?, "witnessName" = ?, "witnessLicence" = ?, "updatedAt" = ? WHERE "id" = ?`,
    change.status,
    change.signerId ?? null,
    now,
    change.rejectionReason ?? null,
    change.witness?.name ?? null,
    change.witness?.licence ?? null,
    now,
    sessionId,
  );
}

export function* deleteSession(sessionId: string): SqlBody<number> {
  return yield* run(`DELETE FROM "TrainingSession" WHERE "id" = ?`, sessionId);
}

export interface AuditRow {
  productionId: string;
  sessionId: string;
  actorId: string;
  action: AuditAction;
  before?: SessionSnapshot | null;
  after?: SessionSnapshot | null;
  reason?: string | null;
}

/** An event about another subject written by the session writer (a take that logs reps), decision 0015. */
export interface OtherAuditRow {
  productionId: string;
  actorId: string;
  subject: string;
  subjectId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** The event as stored, which is also what its chain link hashes (lib/domain/audit-chain.ts). */
function auditContent(event: AuditRow, now: Date): ChainedContent {
  return {
    id: newId(now.getTime()),
    productionId: event.productionId,
    subject: "session",
    sessionId: event.sessionId,
    actorId: event.actorId,
    action: event.action,
    before: event.before ? JSON.stringify(event.before) : null,
    after: event.after ? JSON.stringify(event.after) : null,
    reason: event.reason ?? null,
    createdAt: now.toISOString(),
  };
}

const auditValues = (c: ChainedContent, now: Date): unknown[] => [c.id, c.productionId, c.subject, c.sessionId, c.actorId, c.action, c.before, c.after, c.reason, now];

const AUDIT_INSERT = `INSERT INTO "AuditEvent" ("id", "productionId", "subject", "sessionId", "actorId", "action", "before", "after", "reason", "createdAt") VALUES`;
const AUDIT_PLACEHOLDERS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

/** Append an event about another subject; answers what was stored, for the chain. */
export function* insertOtherAudit(event: OtherAuditRow, now: Date): SqlBody<ChainedContent[]> {
  const content: ChainedContent = {
    id: newId(now.getTime()),
    productionId: event.productionId,
    subject: event.subject,
    sessionId: event.subjectId,
    actorId: event.actorId,
    action: event.action,
    before: event.before === undefined || event.before === null ? null : JSON.stringify(event.before),
    after: event.after === undefined || event.after === null ? null : JSON.stringify(event.after),
    reason: event.reason ?? null,
    createdAt: now.toISOString(),
  };
  yield* run(`${AUDIT_INSERT} ${AUDIT_PLACEHOLDERS}`, ...auditValues(content, now));
  return [content];
}
const AUDITS_PER_INSERT = 1000;

/** Append to the audit log (the database refuses to change or remove its rows); answers what was stored, for the chain. */
export function* insertAudit(event: AuditRow, now: Date): SqlBody<ChainedContent[]> {
  const content = auditContent(event, now);
  yield* run(`${AUDIT_INSERT} ${AUDIT_PLACEHOLDERS}`, ...auditValues(content, now));
  return [content];
}

/** Many audit events at once (an import), in order: their ids sort as they are given. */
export function* insertAudits(events: readonly AuditRow[], now: Date): SqlBody<ChainedContent[]> {
  const contents = events.map((e) => auditContent(e, now));
  for (let start = 0; start < contents.length; start += AUDITS_PER_INSERT) {
    const batch = contents.slice(start, start + AUDITS_PER_INSERT);
    yield* run(`${AUDIT_INSERT} ${batch.map(() => AUDIT_PLACEHOLDERS).join(", ")}`, ...batch.flatMap((c) => auditValues(c, now)));
  }
  return contents;
}

/** An entry as screens and the API read it, with the names of its discipline and people. */
export function* readEntry(sessionId: string): SqlBody<LogbookEntry> {
  const r = yield* row<Record<string, unknown>>(
    `SELECT s."id", s."productionId", s."performerId", s."disciplineId", s."date", s."count", s."durationMinutes", s."location", s."notes",
            s."status", s."rejectionReason", s."correctsId", s."correctionReason", s."limitOverrideReason", s."verifiedAt", s."createdAt",
            s."importSource", s."importedAt", s."witnessName", s."witnessLicence", s."rpe",
            s."verifiedById", d."name" AS "disciplineName", d."unit" AS "disciplineUnit", p."name" AS "performerName",
            l."id" AS "loggedById", l."name" AS "loggedByName", v."name" AS "verifiedByName", v."credential" AS "verifiedByCredential"
       FROM "TrainingSession" s
       JOIN "Discipline" d ON d."id" = s."disciplineId"
       JOIN "User" p ON p."id" = s."performerId"
       JOIN "User" l ON l."id" = s."loggedById"
       LEFT JOIN "User" v ON v."id" = s."verifiedById"
      WHERE s."id" = ?`,
    sessionId,
  );
  if (!r) throw new NotFoundError("No such session in this production");
  return {
    ...toSessionRow(r),
    rejectionReason: (r.rejectionReason as string | null) ?? null,
    limitOverrideReason: (r.limitOverrideReason as string | null) ?? null,
    verifiedAt: instant(r.verifiedAt),
    createdAt: instant(r.createdAt) ?? new Date(0),
    importSource: (r.importSource as string | null) ?? null,
    importedAt: instant(r.importedAt),
    witnessName: (r.witnessName as string | null) ?? null,
    witnessLicence: (r.witnessLicence as string | null) ?? null,
    discipline: { name: String(r.disciplineName), unit: String(r.disciplineUnit) },
    performer: { name: String(r.performerName) },
    loggedBy: { id: String(r.loggedById), name: String(r.loggedByName) },
    verifiedBy: r.verifiedById ? { name: String(r.verifiedByName), credential: (r.verifiedByCredential as string | null) ?? null } : null,
  };
}
