// Who is asking, in which production, with which role: resolved once per
// request (lib/auth/scope.ts for pages and actions, lib/api/handler.ts for
// the API) and handed to every data call of that request. Pure types.

import type { Actor } from "./actor";
import type { CalendarDay } from "./calendar-day";
import type { CredentialKind } from "./credentials";
import type { Role } from "./permissions";

export interface ScopedProduction {
  id: string;
  name: string;
  timeZone: string;
  coordinatorLogsAreVerified: boolean;
  /** The verifier-credential rule, as read when the request began (the session writer reads it again in its transaction). */
  verifierCredentialKind: CredentialKind | null;
}

export interface ProductionScope {
  actor: Actor;
  role: Role;
  production: ScopedProduction;
  /** The production's calendar day when the request began (its own time zone). */
  today: CalendarDay;
}
