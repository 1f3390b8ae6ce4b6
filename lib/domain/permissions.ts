// Who may do what in a production. One table, one `can()`: the server decides
// with it in every data function; the UI only uses it to hide buttons.

export const ROLES = ["coordinator", "performer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "production.view", // see that the production exists, its name, members, disciplines
  "team.viewProgress", // the team dashboard: every performer's progress
  "performer.viewAny", // any performer's page
  "performer.viewOwn", // one's own performer page
  "session.logForAnyone",
  "session.logForSelf",
  "session.import", // import a logbook file into a performer's logbook
  "session.verify",
  "session.readHistory",
  "goal.manage",
  "discipline.manage",
  "production.manageSettings",
  "limits.override",
  "stunt.view",
  "stunt.manage",
  "take.log",
  "incident.report",
  "incident.manage",
  "checkIn.logForAnyone",
  "checkIn.logForSelf",
  "credential.viewAny", // everyone's credentials (an insurer checks medicals)
  "credential.manageAny", // add, change, remove anyone's credentials
  "credential.manageOwn", // one's own credentials
  "equipment.manage", // add, change, remove equipment (everyone sees it)
  "dossier.seal", // freeze a stunt's evidence as a sealed dossier
  "dossier.read", // list and download sealed dossiers: they hold every performer's evidence
] as const;
export type Action = (typeof ACTIONS)[number];

// Every grant is spelled out, the coordinator's too, although today that list
// is all of ACTIONS: a new action is then granted to nobody until someone
// writes it here, and the role x operation matrix test makes them decide.
const ALLOWED = {
  coordinator: [
    "production.view",
    "team.viewProgress",
    "performer.viewAny",
    "performer.viewOwn",
    "session.logForAnyone",
    "session.logForSelf",
    "session.import",
    "session.verify",
    "session.readHistory",
    "goal.manage",
    "discipline.manage",
    "production.manageSettings",
    "limits.override",
    "stunt.view",
    "stunt.manage",
    "take.log",
    "incident.report",
    "incident.manage",
    "checkIn.logForAnyone",
    "checkIn.logForSelf",
    "credential.viewAny",
    "credential.manageAny",
    "credential.manageOwn",
    "equipment.manage",
    "dossier.seal",
    "dossier.read",
  ],
  performer: ["production.view", "performer.viewOwn", "session.logForSelf", "stunt.view", "incident.report", "checkIn.logForSelf", "credential.manageOwn"],
  viewer: ["production.view", "team.viewProgress", "performer.viewAny", "stunt.view", "credential.viewAny", "dossier.read"],
} as const satisfies Record<Role, readonly Action[]>;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, action: Action): boolean {
  return (ALLOWED[role] as readonly Action[]).includes(action);
}

/** A member's view of one performer's page and progress. */
export function canViewPerformer(role: Role, actorId: string, performerId: string): boolean {
  return can(role, "performer.viewAny") || (actorId === performerId && can(role, "performer.viewOwn"));
}

/** Logging a session for `performerId`; the target must also be a performer (checked by the data layer). */
export function canLogSessionFor(role: Role, actorId: string, performerId: string): boolean {
  return (
    can(role, "session.logForAnyone") || (actorId === performerId && can(role, "session.logForSelf"))
  );
}

/** Sign-off rule of logbooks: nobody signs their own entry, whatever their role. */
export function canVerifySession(role: Role, actorId: string, session: { performerId: string }): boolean {
  return can(role, "session.verify") && session.performerId !== actorId;
}

/**
 * The status a new session starts in. A coordinator's entry for someone else
 * is their signature when the production's policy says so; anything a
 * performer logs for themself waits for a coordinator.
 */
export function initialSessionStatus(
  role: Role,
  actorId: string,
  performerId: string,
  coordinatorLogsAreVerified: boolean,
): "pending" | "verified" {
  return coordinatorLogsAreVerified && canVerifySession(role, actorId, { performerId })
    ? "verified"
    : "pending";
}

export interface SessionState {
  performerId: string;
  status: string;
}

export type Refusal = { status: 403 | 409; message: string };

const LOCKED: Record<string, string> = {
  verified: "This entry is verified and locked. Log a correction instead",
  rejected: "A rejected entry is kept as it was. Log a new entry instead",
  superseded: "This entry was replaced by a correction and is locked",
};

/**
 * Editing or deleting an entry: only while it is pending (signed entries
 * lock, as in a skydiving logbook), and only by a coordinator or the
 * performer it belongs to. Returns why not, or null when allowed.
 */
export function refuseChange(role: Role, actorId: string, session: SessionState): Refusal | null {
  if (!canLogSessionFor(role, actorId, session.performerId)) {
    return { status: 403, message: role === "performer" ? "Performers change their own entries only" : "Your role does not allow changing entries" };
  }
  if (session.status !== "pending") return { status: 409, message: LOCKED[session.status] ?? "This entry can no longer be changed" };
  return null;
}

/** A correction replaces a verified entry; anything else is edited directly or left as it is. */
export function refuseCorrection(role: Role, actorId: string, original: SessionState): Refusal | null {
  if (!canLogSessionFor(role, actorId, original.performerId)) {
    return { status: 403, message: "You may only correct entries you could have logged" };
  }
  if (original.status === "pending") return { status: 409, message: "This entry is still pending: edit it instead of correcting it" };
  if (original.status !== "verified") return { status: 409, message: LOCKED[original.status] ?? "Only verified entries are corrected" };
  return null;
}

/** Editing an entry (who could log it, while it waits for sign-off), or logging a rejected one again (who could log it, once it is rejected). */
export function refuseEntryChange(role: Role, actorId: string, entry: SessionState, change: "edit" | "again"): Refusal | null {
  if (!canLogSessionFor(role, actorId, entry.performerId)) return { status: 403, message: "You may only change entries you could have logged" };
  if (change === "edit" && entry.status !== "pending") {
    return { status: 409, message: entry.status === "verified" ? "This entry is verified and locked: correct it instead" : "Only an entry waiting for sign-off is edited" };
  }
  if (change === "again" && entry.status !== "rejected") return { status: 409, message: "Only a rejected entry is logged again" };
  return null;
}

/** A readiness check-in for `performerId`: a coordinator for anyone, a performer for themself. */
export function canCheckInFor(role: Role, actorId: string, performerId: string): boolean {
  return can(role, "checkIn.logForAnyone") || (actorId === performerId && can(role, "checkIn.logForSelf"));
}
