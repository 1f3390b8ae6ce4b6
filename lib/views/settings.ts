import "server-only";
import type { ProductionScope } from "../domain/scope";
import { listDoseLimits } from "../data/limits";
import { listMembers } from "../data/members";

/** The production's settings page: disciplines with their dose limits, and the members. */
export async function loadSettingsView(scope: ProductionScope) {
  const [disciplines, members] = await Promise.all([listDoseLimits(scope), listMembers(scope)]);
  return { disciplines, members };
}
