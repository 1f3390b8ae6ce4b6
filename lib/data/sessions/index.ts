// Training sessions: the one writer (log, edit, delete, verify, reject, an outside witness's signature,
// correct) and the reads. Import from here; transaction.ts stays private.
export { logTrainingSession } from "./log";
export { deleteTrainingSession, editTrainingSession } from "./change";
export { rejectTrainingSession, verifyTrainingSession, verifyTrainingSessions } from "./sign-off";
export { signAsOutsideWitness } from "./witness";
export { exportLogbook } from "./export";
export { importLogbook, ImportRefusedError, MAX_IMPORT_BYTES, MAX_LISTED_PROBLEMS, type ImportPreview, type ImportResult } from "./import";
export { correctedOriginals, countPendingSessions, withPendingCorrection, getTrainingSession, listLogbook, listPendingSessions, listSessionsForPerformer, logbookWhere, type TrainingSessionRow } from "./read";
export { logbookPdf } from "./logbook-pdf";
export { recordTake, type RecordedTake } from "./takes";
