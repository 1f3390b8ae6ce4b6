import "server-only";
import type { ProductionScope } from "../domain/scope";
import { listPendingInvitations } from "../data/invitations";
import { listDoseLimits } from "../data/limits";
import { listMembers } from "../data/members";
import { listSettingChanges } from "../data/setting-changes";
import { describeSettingChange } from "../domain/setting-change";

/**
 * The production's settings page: disciplines with their dose limits, the
 * members, the invitations not yet answered, and the latest changes to the
 * safety settings, described for people.
 */
export async function loadSettingsView(scope: ProductionScope) {
  const [disciplines, members, invitations, changes] = await Promise.all([
    listDoseLimits(scope),
    listMembers(scope),
    listPendingInvitations(scope),
    listSettingChanges(scope, 20),
  ]);
  return {
    disciplines,
    members,
    invitations,
    changes: changes.map((c) => ({ id: c.id, at: c.at, actor: c.actor, what: c.subject === "discipline-currency" ? `${c.subjectName}: currency rule` : c.subjectName, change: describeSettingChange(c.before, c.after) })),
  };
}
