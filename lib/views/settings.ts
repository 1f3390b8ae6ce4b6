import "server-only";
import type { ProductionScope } from "../domain/scope";
import { listPendingInvitations } from "../data/invitations";
import { listDoseLimits } from "../data/limits";
import { listMembers } from "../data/members";

/** The production's settings page: disciplines with their dose limits, the members and the invitations not yet answered. */
export async function loadSettingsView(scope: ProductionScope) {
  const [disciplines, members, invitations] = await Promise.all([listDoseLimits(scope), listMembers(scope), listPendingInvitations(scope)]);
  return { disciplines, members, invitations };
}
