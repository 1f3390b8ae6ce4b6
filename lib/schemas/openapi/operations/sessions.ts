import { z } from "zod";
import { exportQuerySchema, logbookQuerySchema } from "../../logbook";
import { importQuerySchema } from "../../logbook-import";
import { errorResponse } from "../../responses/common";
import { auditEvent, bulkVerified, exportedLogbook, importPreview, importRefused, importResult, logbookPage, loggedSession, sessionDeleted, trainingSession } from "../../responses/sessions";
import { bulkVerifySchema, editTrainingSessionSchema, logTrainingSessionSchema, rejectTrainingSessionSchema } from "../../training-session";
import type { ApiOperation } from "../operation";
import { chainVerdict } from "../../responses/audit-chain";

const P = "/api/v1/productions/{productionId}";
const S = `${P}/sessions/{sessionId}`;
const area = "Training sessions";
// 32 MiB: lib/data/sessions/import.ts (MAX_IMPORT_BYTES), kept in step by the unit test.
export const DOCUMENTED_MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export const sessionOperations: ApiOperation[] = [
  {
    method: "get",
    path: `${P}/sessions`,
    area,
    summary: "The logbook, newest first, 25 a page (`limit` up to 200)",
    description: "Pass `nextCursor` back as `cursor` for the next page; it is null on the last.",
    who: "coordinator, viewer (anyone); performer (self, the default)",
    query: logbookQuerySchema,
    responses: { 200: { description: "One page of entries", schema: logbookPage } },
  },
  {
    method: "post",
    path: `${P}/sessions`,
    area,
    summary: "Log a training session, or with `correctsId` and `reason` a correction of a verified entry",
    description: "Answers with `warnings` (soft dose limits passed); 422 over a hard limit unless a coordinator sends `overrideReason`.",
    who: "coordinator (anyone), performer (self)",
    body: logTrainingSessionSchema,
    responses: { 201: { description: "The new entry", schema: loggedSession } },
    errors: { 409: "The entry to correct is not verified, or already corrected", 422: "Over a hard dose limit" },
  },
  {
    method: "patch",
    path: S,
    area,
    summary: "Change a pending entry (any field but the performer)",
    who: "coordinator, the performer",
    body: editTrainingSessionSchema,
    responses: { 200: { description: "The entry", schema: loggedSession } },
    errors: { 409: "Verified, rejected or superseded: log a correction instead", 422: "Over a hard dose limit" },
  },
  {
    method: "delete",
    path: S,
    area,
    summary: "Delete a pending entry",
    who: "coordinator, the performer",
    responses: { 200: { description: "Deleted", schema: sessionDeleted } },
    errors: { 409: "Verified: it can no longer be deleted" },
  },
  {
    method: "post",
    path: `${S}/verify`,
    area,
    summary: "Sign an entry off",
    who: "coordinator, not their own",
    responses: { 200: { description: "The verified entry", schema: trainingSession } },
    errors: { 409: "Already signed" },
  },
  {
    method: "post",
    path: `${S}/reject`,
    area,
    summary: "Reject an entry, with a reason the performer can act on",
    who: "coordinator, not their own",
    body: rejectTrainingSessionSchema,
    responses: { 200: { description: "The rejected entry", schema: trainingSession } },
    errors: { 409: "Already signed" },
  },
  {
    method: "get",
    path: `${S}/history`,
    area,
    summary: "An entry's audit trail, oldest first",
    who: "coordinator",
    responses: { 200: { description: "Every change, with who, when and the values before and after", schema: z.array(auditEvent) } },
  },
  {
    method: "post",
    path: `${P}/sessions/verify`,
    area,
    summary: "Sign off many entries at once",
    who: "coordinator",
    body: bulkVerifySchema,
    responses: { 200: { description: "What was verified, and what was skipped and why", schema: bulkVerified } },
  },
  {
    method: "get",
    path: `${P}/export`,
    area,
    summary: "The logbook as a file, oldest first: CSV (UTF-8 with BOM, formulas neutralised) or JSON",
    who: "coordinator, viewer (anyone); performer (self)",
    query: exportQuerySchema,
    responses: {
      200: {
        description: "A file to download (Content-Disposition: attachment)",
        mediaType: "text/csv",
        schema: z.string(),
        alternatives: { "application/json": exportedLogbook },
      },
    },
  },
  {
    method: "post",
    path: `${P}/imports`,
    area,
    summary: "Import a logbook file (CSV, or L&B Protrack II jump files) into one performer's logbook",
    description:
      "With `dryRun=1` a preview, nothing written. Without, every row is imported in one transaction, or nothing when any row has a problem. " +
      "A CSV's `jumps` column (as the export writes it) becomes the entries' jump rows. Another CSV layout: `map.<field>=<the file's header>` " +
      "(date, discipline, count, durationMinutes, location, notes), `disciplineId` for a file without a discipline column, `dateFormat`; " +
      "a mapping to a header the file does not have, or an unknown parameter, is a 400. `format=protrack` with `disciplineId` (a jump discipline): " +
      "one or more Protrack II per-jump files concatenated; each jump becomes a jump row, one entry per day; a jump number already in the logbook " +
      "is skipped with `duplicates=skip` and refused with `add`. A Protrack preview counts jumps (`unit`: jump).",
    who: "coordinator",
    query: importQuerySchema,
    csvBody: {
      description: "The logbook's own CSV export, any CSV naming (or mapping) at least date, discipline and count, or with format=protrack Protrack II jump files",
      maxBytes: DOCUMENTED_MAX_IMPORT_BYTES,
      plainText: "format=protrack only, and with an API token only (the session cookie takes text/csv)",
    },
    responses: {
      200: { description: "dryRun=1: the preview", schema: importPreview },
      201: { description: "Imported", schema: importResult },
      400: { description: "A row has a problem (the preview, nothing written), or the query or file is refused", schema: z.union([importRefused, errorResponse]) },
    },
  },
  {
    method: "get",
    path: "/api/v1/productions/{productionId}/audit/verify",
    area: "Training sessions",
    summary: "Recompute the production's audit chain",
    description:
      "Every audit event carries a SHA-256 link over its own content and the previous link's hash. This recomputes them all from the events as they are now: whole (with the head hash), or the first event where it breaks (changed, removed, or slipped in behind the app's back).",
    who: "coordinator",
    responses: { 200: { description: "The verdict", schema: chainVerdict } },
  },
];
