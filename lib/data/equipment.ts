import "server-only";
import { auditorOf, recordAudit } from "./audit-log";
import type { CalendarDay } from "../domain/calendar-day";
import { equipmentStatus, type EquipmentStatus } from "../domain/credentials";
import { NotFoundError, ValidationError } from "../domain/errors";
import type { ProductionScope } from "../domain/scope";
import { equipmentSchema, type EquipmentInput } from "../schemas/credential";
import { parseOrThrow } from "../schemas/parse";
import { getDb } from "../server/db";
import { requirePermission } from "./scope";

// Equipment of a production: rigs, reserves, AADs, bikes, helmets, with a
// service interval and the last service, or an expiry. Everyone in the
// production sees it; coordinators manage it. Its status is computed on read.

const select = { id: true, name: true, kind: true, ownerId: true, serviceIntervalDays: true, lastServiceOn: true, expiresOn: true } as const;

export interface EquipmentView {
  id: string;
  name: string;
  kind: string;
  ownerId: string | null;
  owner: string | null;
  serviceIntervalDays: number | null;
  lastServiceOn: CalendarDay | null;
  expiresOn: CalendarDay | null;
  status: EquipmentStatus;
  /** The day it must next be serviced or replaced; null: never, or unknown (an interval without a recorded service). */
  dueOn: CalendarDay | null;
  statusChangesOn: CalendarDay | null;
}

type Row = { id: string; name: string; kind: string; ownerId: string | null; serviceIntervalDays: number | null; lastServiceOn: string | null; expiresOn: string | null };

function view(row: Row, owner: string | null, today: CalendarDay): EquipmentView {
  const s = equipmentStatus(row, today);
  return { ...row, owner, status: s.status, dueOn: s.dueOn, statusChangesOn: s.changesOn };
}

async function ownerNames(productionId: string, ids: (string | null)[]) {
  const db = await getDb();
  const people = await db.membership.findMany({ where: { productionId, userId: { in: ids.filter((i): i is string => i !== null) } }, select: { user: { select: { id: true, name: true } } } });
  return new Map(people.map((p) => [p.user.id, p.user.name]));
}

/** Every piece of equipment, most urgent first (overdue, due soonest). */
export async function listEquipment(scope: ProductionScope): Promise<EquipmentView[]> {
  requirePermission(scope, "production.view");
  const db = await getDb();
  const rows = await db.equipment.findMany({ where: { productionId: scope.production.id }, select, orderBy: [{ name: "asc" }, { id: "asc" }] });
  const names = await ownerNames(scope.production.id, rows.map((r) => r.ownerId));
  const rank = { overdue: 0, due_soon: 1, ok: 2 } as const;
  return rows
    .map((r) => view(r, r.ownerId ? (names.get(r.ownerId) ?? null) : null, scope.today))
    .sort((a, b) => rank[a.status] - rank[b.status] || (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999"));
}

async function checked(scope: ProductionScope, data: EquipmentInput) {
  if (data.lastServiceOn && data.lastServiceOn > scope.today) throw new ValidationError({ lastServiceOn: "Last service cannot be after today" });
  if (data.ownerId) {
    const db = await getDb();
    const member = await db.membership.findUnique({ where: { productionId_userId: { productionId: scope.production.id, userId: data.ownerId } }, select: { userId: true } });
    if (!member) throw new ValidationError({ ownerId: "The owner must be a member of this production" });
  }
  return {
    name: data.name,
    kind: data.kind,
    ownerId: data.ownerId ?? null,
    serviceIntervalDays: data.serviceIntervalDays ?? null,
    lastServiceOn: data.lastServiceOn ?? null,
    expiresOn: data.expiresOn ?? null,
  };
}

type Tx = Parameters<Parameters<Awaited<ReturnType<typeof getDb>>["$transaction"]>[0]>[0];

/** One change and its audit event, in one transaction; answers the row as written, for the screen. */
async function audited(scope: ProductionScope, action: string, before: Row | null, write: (tx: Tx) => Promise<Row | null>, id?: string): Promise<Row | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const after = await write(tx);
    const strip = (r: Row | null) => (r ? (({ id: _, ...rest }) => rest)(r) : null);
    await recordAudit(tx, auditorOf(scope), { subject: "equipment", subjectId: after?.id ?? id ?? before!.id, action, before: strip(before), after: strip(after) }, new Date());
    return after;
  });
}

async function viewWithOwner(scope: ProductionScope, row: Row): Promise<EquipmentView> {
  return view(row, row.ownerId ? ((await ownerNames(scope.production.id, [row.ownerId])).get(row.ownerId) ?? null) : null, scope.today);
}

export async function createEquipment(scope: ProductionScope, input: unknown): Promise<EquipmentView> {
  const data = parseOrThrow(equipmentSchema, input);
  requirePermission(scope, "equipment.manage");
  const fields = await checked(scope, data);
  const row = await audited(scope, "create", null, (tx) => tx.equipment.create({ data: { productionId: scope.production.id, ...fields }, select }));
  return viewWithOwner(scope, row!);
}

async function findEquipment(scope: ProductionScope, equipmentId: string): Promise<Row> {
  const db = await getDb();
  const row = await db.equipment.findFirst({ where: { id: equipmentId, productionId: scope.production.id }, select });
  if (!row) throw new NotFoundError("No such equipment in this production");
  return row;
}

/** Replace a piece of equipment's details (a service done: a new lastServiceOn). */
export async function updateEquipment(scope: ProductionScope, equipmentId: string, input: unknown): Promise<EquipmentView> {
  const data = parseOrThrow(equipmentSchema, input);
  requirePermission(scope, "equipment.manage");
  const before = await findEquipment(scope, equipmentId);
  const fields = await checked(scope, data);
  const row = await audited(scope, "edit", before, (tx) => tx.equipment.update({ where: { id: equipmentId }, data: fields, select }));
  return viewWithOwner(scope, row!);
}

/** A service done today: the interval starts again (coordinators). */
export async function markEquipmentServiced(scope: ProductionScope, equipmentId: string): Promise<EquipmentView> {
  requirePermission(scope, "equipment.manage");
  const before = await findEquipment(scope, equipmentId);
  const row = await audited(scope, "serviced", before, (tx) => tx.equipment.update({ where: { id: equipmentId }, data: { lastServiceOn: scope.today }, select }));
  return viewWithOwner(scope, row!);
}

export async function deleteEquipment(scope: ProductionScope, equipmentId: string): Promise<{ id: string; deleted: true }> {
  requirePermission(scope, "equipment.manage");
  const before = await findEquipment(scope, equipmentId);
  await audited(scope, "delete", before, async (tx) => {
    await tx.equipment.delete({ where: { id: equipmentId } });
    return null;
  }, equipmentId);
  return { id: equipmentId, deleted: true };
}

/** Equipment by id within a production, for go / no-go (unknown ids are left out). */
export async function equipmentByIds(productionId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const db = await getDb();
  return db.equipment.findMany({ where: { productionId, id: { in: [...ids] } }, select });
}
