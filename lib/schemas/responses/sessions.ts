import { z } from "zod";
import { AUDIT_ACTIONS } from "../../domain/audit-snapshot";
import { SESSION_STATUSES } from "../logbook";
import { count, day, id, instant, nullableText } from "./common";

const jumpRow = z
  .object({
    jumpNumber: count.describe("The performer's running jump number"),
    exitAltitudeFt: z.number().int().nullable(),
    deploymentAltitudeFt: z.number().int().nullable(),
    freefallSeconds: z.number().int().nullable(),
    jumpType: nullableText,
    aircraft: nullableText,
    dropzone: nullableText,
    equipment: nullableText,
    landingDistanceM: z.number().int().nullable(),
    notes: nullableText,
  })
  .meta({ id: "Jump" });

/** A training session as the API shows it (lib/api/session-json.ts). */
export const trainingSession = z
  .object({
    id,
    performerId: id,
    disciplineId: id,
    discipline: z.string(),
    unit: z.string(),
    date: day,
    count,
    durationMinutes: z.number().int().nullable(),
    rpe: z.number().int().min(0).max(10).nullable().describe("Effort rating, 0-10 (session-RPE); null when not rated"),
    location: nullableText,
    notes: nullableText,
    status: z.enum(SESSION_STATUSES),
    loggedBy: z.string().describe("The name of whoever logged it"),
    verifiedBy: nullableText.describe("Who signed it: a coordinator's name, or an outside witness's"),
    verifierCredential: nullableText.describe("The signer's credential: a member's as on their profile, or the licence or membership number an outside witness gave"),
    verifiedByOutsideWitness: z.boolean().describe("Signed through a witness link by someone without an account"),
    verifiedAt: instant.nullable(),
    rejectionReason: nullableText,
    correctsId: id.nullable(),
    correctionReason: nullableText,
    limitOverrideReason: nullableText,
    createdAt: instant,
    importSource: nullableText.describe("The file an imported entry came from"),
    importedAt: instant.nullable(),
    jumps: z.array(jumpRow).optional().describe("One row per jump, for a discipline that records jumps (only when the entry has rows)"),
    equipment: z.array(z.object({ id, name: z.string() })).optional().describe("The equipment used (only when some was recorded)"),
  })
  .meta({ id: "TrainingSession" });

export const limitWarning = z.object({ kind: z.enum(["per_day", "per_7_days", "rest"]), message: z.string() }).meta({ id: "LimitWarning" });

export const loggedSession = trainingSession.extend({ warnings: z.array(limitWarning).describe("Soft dose limits this entry passes") });

export const logbookPage = z.object({
  entries: z.array(trainingSession),
  total: count,
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last"),
});

export const sessionDeleted = z.object({ id, deleted: z.literal(true) });

export const bulkVerified = z.object({ verified: z.array(id), skipped: z.array(z.object({ id, reason: z.string() })) });

const snapshot = z
  .object({
    performerId: id,
    disciplineId: id,
    date: day,
    count,
    durationMinutes: z.number().int().nullable(),
    rpe: z.number().int().min(0).max(10).nullable().optional().describe("Absent from events written before entries had an effort rating"),
    location: nullableText,
    notes: nullableText,
    status: z.string(),
    correctsId: id.nullable().optional(),
  })
  .meta({ id: "SessionSnapshot" });

export const auditEvent = z
  .object({
    action: z.enum(AUDIT_ACTIONS).describe("witness-verify: an outside witness signed through a link (the reason names them; the actor made the link)"),
    at: instant,
    actorId: id,
    actor: z.string(),
    reason: nullableText,
    before: snapshot.nullable(),
    after: snapshot.nullable(),
  })
  .meta({ id: "AuditEvent" });

const importProblem = z.object({ line: z.number().int(), column: z.string().nullable(), message: z.string() }).meta({ id: "ImportProblem" });

export const importPreview = z.object({
  unit: z.enum(["row", "jump"]).describe("What the counts count: CSV rows, or Protrack jumps (one entry per day)"),
  total: count,
  valid: count,
  duplicates: count,
  notCounting: count,
  invalid: count,
  errors: z.array(importProblem),
  warnings: z.array(importProblem),
});

export const importResult = z.object({ imported: count, jumps: count.describe("Jump rows written with the entries"), skippedDuplicates: count, skippedNotCounting: count, warnings: z.array(importProblem) });

/** A refused import: the error and the same preview, nothing written. */
export const importRefused = importPreview.extend({ error: z.string() });

/** `GET …/export?format=json`: one row per entry, the columns of EXPORT_COLUMNS (lib/data/sessions/export.ts). */
export const exportedLogbook = z.object({
  production: z.object({ id, name: z.string() }),
  exportedAt: instant,
  entries: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
});
