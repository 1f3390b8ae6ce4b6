import type { Role } from "./permissions";
import { can } from "./permissions";

/** Where a member lands in a production: the team dashboard, or a performer's own page. */
export function homePathFor(production: { id: string; role: Role }, userId: string): string {
  return can(production.role, "team.viewProgress")
    ? `/productions/${production.id}`
    : `/productions/${production.id}/performers/${userId}`;
}
