import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import { sha256Hex } from "../server/sha256";
import type { CalendarDay } from "../domain/calendar-day";
import { credentialStatus, MAX_SCAN_BYTES, sniffScanType, type CredentialStatus } from "../domain/credentials";
import { ForbiddenError, NotFoundError, ValidationError } from "../domain/errors";
import { can } from "../domain/permissions";
import type { ProductionScope } from "../domain/scope";
import { credentialQuerySchema, credentialSchema } from "../schemas/credential";
import { parseOrThrow } from "../schemas/parse";
import { getDb } from "../server/db";

// Credentials of the people in a production: a performer keeps their own, a
// coordinator anyone's; coordinators and viewers read them all (an insurer
// checks medicals), a performer their own. The status is computed on read
// (lib/domain/credentials.ts), never stored, so it can never be stale.

const select = { id: true, userId: true, kind: true, name: true, number: true, issuedOn: true, expiresOn: true, scanName: true, createdAt: true, updatedAt: true } as const;

/** What the audit log keeps of a credential: what it says, not when the row was touched. */
const recorded = ({ userId, kind, name, number, issuedOn, expiresOn, scanName }: { userId: string; kind: string; name: string; number: string | null; issuedOn: string | null; expiresOn: string | null; scanName: string | null }) => ({
  userId,
  kind,
  name,
  number,
  issuedOn,
  expiresOn,
  scanName,
});

export interface CredentialView {
  id: string;
  userId: string;
  person: string;
  kind: string;
  name: string;
  number: string | null;
  issuedOn: CalendarDay | null;
  expiresOn: CalendarDay | null;
  status: CredentialStatus;
  /** The next day the status changes (expiring, then expired); null: never. */
  statusChangesOn: CalendarDay | null;
  /** A scan is on file (its name), served at …/credentials/{id}/scan. */
  scanName: string | null;
}

async function memberName(productionId: string, userId: string): Promise<string> {
  const db = await getDb();
  const m = await db.membership.findUnique({ where: { productionId_userId: { productionId, userId } }, select: { user: { select: { name: true } } } });
  if (!m) throw new NotFoundError("No such person in this production");
  return m.user.name;
}

function mayManage(scope: ProductionScope, userId: string): boolean {
  return can(scope.role, "credential.manageAny") || (userId === scope.actor.userId && can(scope.role, "credential.manageOwn"));
}

function view(
  row: { id: string; userId: string; kind: string; name: string; number: string | null; issuedOn: string | null; expiresOn: string | null; scanName: string | null },
  person: string,
  today: CalendarDay,
): CredentialView {
  const { status, changesOn } = credentialStatus(row.expiresOn, today);
  return {
    id: row.id,
    userId: row.userId,
    person,
    kind: row.kind,
    name: row.name,
    number: row.number,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    status,
    statusChangesOn: changesOn,
    scanName: row.scanName,
  };
}

/** Credentials the caller may see, soonest expiry first; `?userId=` narrows to one person. */
export async function listCredentials(scope: ProductionScope, query: unknown = {}): Promise<CredentialView[]> {
  const { userId } = parseOrThrow(credentialQuerySchema, query);
  const productionId = scope.production.id;
  const all = can(scope.role, "credential.viewAny");
  if (!all && userId && userId !== scope.actor.userId) throw new ForbiddenError("You see your own credentials only");
  const db = await getDb();
  const rows = await db.credential.findMany({
    where: { productionId, ...(all ? (userId ? { userId } : {}) : { userId: scope.actor.userId }) },
    select,
    orderBy: [{ expiresOn: "asc" }, { name: "asc" }, { id: "asc" }],
  });
  const people = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.userId))] } }, select: { id: true, name: true } });
  const name = new Map(people.map((p) => [p.id, p.name]));
  // Without an expiry last: they never need attention.
  return rows.map((r) => view(r, name.get(r.userId) ?? "Unknown", scope.today)).sort((a, b) => (a.expiresOn ?? "9999").localeCompare(b.expiresOn ?? "9999"));
}

export async function createCredential(scope: ProductionScope, input: unknown, now = new Date()): Promise<CredentialView> {
  const data = parseOrThrow(credentialSchema, input);
  const userId = data.userId ?? scope.actor.userId;
  if (!mayManage(scope, userId)) throw new ForbiddenError(userId === scope.actor.userId ? "Viewers keep no credentials here" : "Only coordinators manage other people's credentials");
  const person = await memberName(scope.production.id, userId);
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.credential.create({
      data: { productionId: scope.production.id, userId, kind: data.kind, name: data.name, number: data.number ?? null, issuedOn: data.issuedOn ?? null, expiresOn: data.expiresOn ?? null, createdAt: now },
      select,
    });
    await recordAudit(tx, auditorOf(scope), { subject: "credential", subjectId: created.id, action: "create", after: recorded(created) }, now);
    return created;
  });
  return view(row, person, scope.today);
}

async function findVisible(scope: ProductionScope, credentialId: string) {
  const db = await getDb();
  const row = await db.credential.findFirst({ where: { id: credentialId, productionId: scope.production.id }, select });
  // Someone who may not see it learns nothing of it: the same 404 as a missing one.
  if (!row || (!can(scope.role, "credential.viewAny") && row.userId !== scope.actor.userId)) throw new NotFoundError("No such credential in this production");
  return row;
}

async function findOwn(scope: ProductionScope, credentialId: string) {
  const row = await findVisible(scope, credentialId);
  if (!mayManage(scope, row.userId)) throw new ForbiddenError("Only coordinators manage other people's credentials");
  return row;
}

/** File a scan (PDF, PNG or JPEG, at most 5 MiB) with a credential, replacing any before; its holder or a coordinator. */
export async function setCredentialScan(
  scope: ProductionScope,
  credentialId: string,
  /** The body, read only once the caller may change this credential: a stranger's 5 MB is never read. */
  readFile: () => Promise<{ bytes: Uint8Array; type: string }>,
  fileName?: string | null,
): Promise<CredentialView> {
  const existing = await findOwn(scope, credentialId);
  const file = { ...(await readFile()), fileName };
  if (file.bytes.length === 0) throw new ValidationError({ scan: "The scan is empty" });
  if (file.bytes.length > MAX_SCAN_BYTES) throw new ValidationError({ scan: "The scan is larger than 5 MB" });
  const sniffed = sniffScanType(file.bytes);
  if (!sniffed) throw new ValidationError({ scan: "The scan must be a PDF, PNG or JPEG file" });
  if (sniffed !== file.type) throw new ValidationError({ scan: `The file is a ${sniffed}, not the ${file.type} it was sent as` });
  const name = (file.fileName ?? "").replace(/[^\w. -]/g, "_").slice(0, 120) || `scan.${sniffed.split("/")[1]}`;
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.credential.update({ where: { id: credentialId }, data: { scan: Buffer.from(file.bytes), scanType: sniffed, scanName: name }, select });
    // The scan's digest, not its bytes: the chain then commits to the very file filed.
    const after = { ...recorded(updated), scanType: sniffed, scanSha256: sha256Hex(file.bytes) };
    await recordAudit(tx, auditorOf(scope), { subject: "credential", subjectId: credentialId, action: "scan", before: recorded(existing), after }, new Date());
    return updated;
  });
  return view(row, await memberName(scope.production.id, existing.userId), scope.today);
}

/** The scan's bytes, for whoever may see the credential; 404 when there is none. */
export async function getCredentialScan(scope: ProductionScope, credentialId: string): Promise<{ bytes: Uint8Array; type: string; name: string }> {
  await findVisible(scope, credentialId);
  const db = await getDb();
  const row = await db.credential.findUniqueOrThrow({ where: { id: credentialId }, select: { scan: true, scanType: true, scanName: true } });
  if (!row.scan || !row.scanType) throw new NotFoundError("This credential has no scan on file");
  return { bytes: new Uint8Array(row.scan), type: row.scanType, name: row.scanName ?? "scan" };
}

export async function deleteCredentialScan(scope: ProductionScope, credentialId: string): Promise<CredentialView> {
  const existing = await findOwn(scope, credentialId);
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.credential.update({ where: { id: credentialId }, data: { scan: null, scanType: null, scanName: null }, select });
    await recordAudit(tx, auditorOf(scope), { subject: "credential", subjectId: credentialId, action: "remove-scan", before: recorded(existing), after: recorded(updated) }, new Date());
    return updated;
  });
  return view(row, await memberName(scope.production.id, existing.userId), scope.today);
}

/** Replace a credential's details (the whole record; its owner cannot change). */
export async function updateCredential(scope: ProductionScope, credentialId: string, input: unknown): Promise<CredentialView> {
  const data = parseOrThrow(credentialSchema, input);
  const existing = await findOwn(scope, credentialId);
  if (data.userId && data.userId !== existing.userId) throw new ForbiddenError("A credential stays with its holder: add a new one for someone else");
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.credential.update({
      where: { id: credentialId },
      data: { kind: data.kind, name: data.name, number: data.number ?? null, issuedOn: data.issuedOn ?? null, expiresOn: data.expiresOn ?? null },
      select,
    });
    await recordAudit(tx, auditorOf(scope), { subject: "credential", subjectId: credentialId, action: "edit", before: recorded(existing), after: recorded(updated) }, new Date());
    return updated;
  });
  return view(row, await memberName(scope.production.id, row.userId), scope.today);
}

export async function deleteCredential(scope: ProductionScope, credentialId: string): Promise<{ id: string; deleted: true }> {
  const existing = await findOwn(scope, credentialId);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.credential.delete({ where: { id: credentialId } });
    await recordAudit(tx, auditorOf(scope), { subject: "credential", subjectId: credentialId, action: "delete", before: recorded(existing) }, new Date());
  });
  return { id: credentialId, deleted: true };
}

/** Credentials of the given people, for go / no-go and alerts (no permission check: callers decide what to show). */
export async function credentialsOf(productionId: string, userIds: readonly string[]) {
  const db = await getDb();
  return db.credential.findMany({ where: { productionId, userId: { in: [...userIds] } }, select: { userId: true, kind: true, name: true, expiresOn: true } });
}
