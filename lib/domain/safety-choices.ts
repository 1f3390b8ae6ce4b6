// The fixed choices of the safety forms (check-in, take, incident), apart from
// their zod schemas: the forms' menus need only these lists, and importing
// them from lib/schemas would put zod (30 KiB of script) on every page that
// shows a check-in or incident form.

export const CHECK_IN_SCALES = ["sleep", "soreness", "fatigue", "stress", "mood"] as const;

export const TAKE_OUTCOMES = ["usable", "no_good", "aborted", "safety_cut"] as const;

export const INCIDENT_SEVERITIES = ["near_miss", "minor", "lost_time", "serious"] as const;
