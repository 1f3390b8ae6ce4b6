// Rules for changing someone else's membership or account. Pure: the data
// layer reads the memberships and asks these.

import type { Role } from "./permissions";

export interface Refusal {
  status: 403 | 409;
  message: string;
}

export interface MembershipOf {
  productionId: string;
  role: string;
}

/**
 * Removing a member (coordinators): anyone, themself included, as long as the
 * production keeps at least one coordinator. `coordinators` counts the
 * production's coordinators, the member included.
 */
export function memberRemovalRefusal(memberRole: string, coordinators: number): Refusal | null {
  if (memberRole === "coordinator" && coordinators <= 1) {
    return { status: 409, message: "A production needs a coordinator: add another coordinator before removing the last one" };
  }
  return null;
}

/**
 * Changing a member's role (coordinators): anyone's, themself included, as
 * long as the production keeps at least one coordinator. `coordinators`
 * counts the production's coordinators, the member included.
 */
export function roleChangeRefusal(from: string, to: string, coordinators: number): Refusal | null {
  if (from === "coordinator" && to !== "coordinator" && coordinators <= 1) {
    return { status: 409, message: "A production needs a coordinator: make someone else a coordinator before changing the last one's role" };
  }
  return null;
}

/**
 * A coordinator resetting a member's password to a one-time password. The
 * new password opens the whole account, so a reset must never give the
 * coordinator more than they already have: it is refused for their own
 * account (the profile page changes it, with the current password), for a
 * coordinator anywhere (it would let them act as a fellow coordinator), and
 * for a member who also belongs to a production the resetter does not
 * coordinate (it would open that production to them).
 */
export function passwordResetRefusal(input: {
  actorId: string;
  /** Productions the actor coordinates. */
  coordinates: ReadonlySet<string>;
  targetId: string;
  /** Every membership of the target, in every production, and every open invitation to one (role "invited"): the new password could accept it. */
  targetMemberships: readonly MembershipOf[];
}): Refusal | null {
  if (input.targetId === input.actorId) {
    return { status: 403, message: "Change your own password on your profile page" };
  }
  if (input.targetMemberships.some((m) => m.role === ("coordinator" satisfies Role))) {
    return { status: 403, message: "Only coordinators themselves change a coordinator's password (on their profile page)" };
  }
  if (input.targetMemberships.some((m) => !input.coordinates.has(m.productionId))) {
    return { status: 403, message: "This person also belongs to a production you do not coordinate; only they can change their password (on their profile page)" };
  }
  return null;
}
