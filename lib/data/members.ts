import "server-only";
import { randomBytes } from "node:crypto";
import type { ProductionScope } from "../domain/scope";
import { getDb } from "../server/db";
import { ConflictError } from "../domain/errors";
import { hashPassword } from "../server/password";
import { addMemberSchema } from "../schemas/member";
import { requirePermission } from "./scope";
import { parseOrThrow } from "../schemas/parse";

export async function listMembers(scope: ProductionScope) {
  requirePermission(scope, "production.manageSettings");
  const productionId = scope.production.id;
  const db = await getDb();
  const members = await db.membership.findMany({
    where: { productionId },
    select: { role: true, performs: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
  });
  return members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, performs: m.performs }));
}

/**
 * Add a member (coordinators). Someone new gets an account and a one-time
 * password, returned once for the coordinator to hand over: Stuntbook sends
 * no email. An existing account keeps its name and password.
 */
export async function addMember(scope: ProductionScope, input: unknown) {
  const data = parseOrThrow(addMemberSchema, input);
  requirePermission(scope, "production.manageSettings");
  const productionId = scope.production.id;
  const db = await getDb();
  const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true, name: true } });
  if (existing && (await db.membership.count({ where: { productionId, userId: existing.id } }))) {
    throw new ConflictError(`${data.email} is already a member of this production`);
  }
  const temporaryPassword = existing ? null : randomBytes(9).toString("base64url");
  const passwordHash = temporaryPassword ? await hashPassword(temporaryPassword) : null;
  const user = await db.$transaction(async (tx) => {
    const row = existing ?? (await tx.user.create({ data: { email: data.email, name: data.name, passwordHash: passwordHash! }, select: { id: true, name: true } }));
    await tx.membership.create({ data: { productionId, userId: row.id, role: data.role, performs: data.role === "coordinator" && data.performs } });
    return row;
  });
  return { userId: user.id, name: user.name, email: data.email, role: data.role, temporaryPassword };
}
