import "server-only";
import type { ProductionScope } from "../domain/scope";
import { listPendingInvitations } from "../data/invitations";
import { listDoseLimits } from "../data/limits";
import { listMembers } from "../data/members";
import { listSettingChanges } from "../data/setting-changes";
import { listCredentials } from "../data/credentials";
import { listEquipment } from "../data/equipment";
import { describeSettingChange } from "../domain/setting-change";

/**
 * The production's settings page: disciplines with their dose limits, the
 * members, the invitations not yet answered, and the latest changes to the
 * safety settings, described for people.
 */
export async function loadSettingsView(scope: ProductionScope) {
  const [disciplines, members, invitations, changes, credentials, equipment] = await Promise.all([
    listDoseLimits(scope),
    listMembers(scope),
    listPendingInvitations(scope),
    listSettingChanges(scope, 20),
    listCredentials(scope),
    listEquipment(scope),
  ]);
  return {
    credentials,
    equipment,
    people: members.map((m) => ({ id: m.userId, name: m.name })).sort((a, b) => a.name.localeCompare(b.name)),
    self: { id: scope.actor.userId, name: members.find((m) => m.userId === scope.actor.userId)?.name ?? "You" },
    disciplines,
    members,
    invitations,
    changes: changes.map((c) => ({ id: c.id, at: c.at, actor: c.actor, what: c.subject === "discipline-currency" ? `${c.subjectName}: currency rule` : c.subjectName, change: describeSettingChange(c.before, c.after) })),
  };
}
