// The go / no-go verdict for a stunt: is every performer in it prepared? Pure,
// so that every rule is unit-tested and the page can show why, not a colour.

import { formatDay } from "./calendar-day";

export type Verdict = "ready" | "not_ready" | "ready_with_warnings";

export const REASON_KINDS = [
  "unavailable",
  "goal_unreachable",
  "high_load",
  "goal_not_done",
  "goal_not_verified",
  "no_goal",
  "pending_entries",
  "open_incident",
  "serious_incident",
  "low_readiness",
  "no_check_in",
  "limit_overridden",
  "currency_lapsed",
  "currency_lapses_before_shoot",
  "credential_expired",
  "credential_expires_before_shoot",
  "equipment_overdue",
  "equipment_due_before_shoot",
  "equipment_missing",
  "discipline_archived",
] as const;

export type ReasonKind =
  | "unavailable"
  | "goal_unreachable"
  | "high_load"
  | "credential_expired"
  | "credential_expires_before_shoot"
  | "equipment_overdue"
  | "equipment_due_before_shoot"
  | "equipment_missing"
  | "discipline_archived"
  | "currency_lapsed"
  | "currency_lapses_before_shoot"
  | "goal_not_done"
  | "goal_not_verified"
  | "no_goal"
  | "pending_entries"
  | "open_incident"
  | "serious_incident"
  | "low_readiness"
  | "no_check_in"
  | "limit_overridden";

export interface Reason {
  /** null: a reason of the stunt itself (its equipment), not of one performer. */
  performerId: string | null;
  kind: ReasonKind;
  /** Blocking reasons make the verdict not_ready; the others are warnings. */
  blocking: boolean;
  message: string;
}

export interface PerformerEvidence {
  performerId: string;
  name: string;
  /** The performer's goals in the stunt's preparing disciplines. */
  goals: { discipline: string; target: number; done: number; verified: number }[];
  /** Disciplines preparing the stunt for which the performer has no goal. */
  disciplinesWithoutGoal: string[];
  pendingEntries: number;
  openIncidents: { severity: string; description: string }[];
  /** The latest check-in within the recent window, or null. */
  latestCheckIn: { date: string; average: number } | null;
  overridesRecently: number;
  /**
   * The performer's medicals and licences, one per kind and name, with the
   * latest expiry among them (a renewed medical replaces the old one); null: no expiry.
   */
  credentials?: { kind: string; name: string; expiresOn: string | null }[];
  /** Currency in the stunt's preparing disciplines that have a rule (absent: none). */
  currency?: { discipline: string; count: number; days: number; current: boolean; currentUntil: string | null }[];
  /** Kept off training (a lost-time incident) on the stunt's day — the planned date, or today when none is set. */
  unavailable?: { until: string; description: string } | null;
  /** Goals that can no longer be reached by their deadline within the hard dose limits, with why. */
  unreachableGoals?: { discipline: string; reason: string }[];
  /** Days within the 7 before the planned date whose acute:chronic load ratio was over 1.5. */
  highLoadDays?: { date: string; ratio: number }[];
}

const n = (value: number) => value.toLocaleString("en-US");

/** Average readiness below this is a warning (1 worst, 5 best). */
export const LOW_READINESS = 3;

/** A piece of equipment the stunt depends on, with the day it must next be serviced (null: never, or overdue with no service on record). */
export interface StuntEquipment {
  name: string;
  overdue: boolean;
  dueOn: string | null;
}

export function goNoGo(
  performers: readonly PerformerEvidence[],
  stunt: { plannedDate?: string | null; today?: string; equipment?: readonly StuntEquipment[]; missingEquipment?: number; archivedDisciplines?: readonly string[] } = {},
): { verdict: Verdict; reasons: Reason[] } {
  const reasons: Reason[] = [];
  // A discipline archived after the stunt was planned: nobody trains or sets a goal in it any more, so the
  // stunt cannot be judged ready on it. Said once, for the stunt, with what to do; not as a goal missing per performer.
  for (const name of stunt.archivedDisciplines ?? []) {
    reasons.push({ performerId: null, kind: "discipline_archived", blocking: true, message: `${name} is archived: take it off the stunt, or restore it in Settings` });
  }
  // Equipment the stunt was planned with that is no longer on record: nobody
  // can say it was serviced, so, like an interval without a recorded service,
  // it blocks rather than silently dropping out of the check.
  const missing = stunt.missingEquipment ?? 0;
  if (missing > 0) {
    const what = missing === 1 ? "A piece of equipment this stunt depends on was" : `${n(missing)} pieces of equipment this stunt depends on were`;
    reasons.push({ performerId: null, kind: "equipment_missing", blocking: true, message: `${what} removed from the records: service state unknown` });
  }
  // Equipment concerns the whole stunt, not one performer: no performer, no name prefix.
  for (const e of stunt.equipment ?? []) {
    if (e.overdue) {
      reasons.push({ performerId: null, kind: "equipment_overdue", blocking: true, message: `${e.name}: service overdue${e.dueOn ? ` since ${formatDay(e.dueOn)}` : " (no service on record)"}` });
    } else if (stunt.plannedDate && e.dueOn && e.dueOn < stunt.plannedDate) {
      reasons.push({ performerId: null, kind: "equipment_due_before_shoot", blocking: false, message: `${e.name}: service due ${formatDay(e.dueOn)}, before the planned date ${formatDay(stunt.plannedDate)}` });
    }
  }
  for (const p of performers) {
    const add = (kind: ReasonKind, blocking: boolean, message: string) =>
      reasons.push({ performerId: p.performerId, kind, blocking, message: `${p.name}: ${message}` });
    if (p.unavailable) {
      const when = stunt.plannedDate ? `on the planned date ${formatDay(stunt.plannedDate)}` : "today";
      add("unavailable", true, `unavailable ${when}: off training until ${formatDay(p.unavailable.until)} (${p.unavailable.description})`);
    }
    for (const discipline of p.disciplinesWithoutGoal) add("no_goal", true, `no ${discipline} goal set`);
    for (const g of p.unreachableGoals ?? []) add("goal_unreachable", true, `${g.discipline} goal can no longer be reached in time: ${g.reason}`);
    const peak = (p.highLoadDays ?? []).reduce<{ date: string; ratio: number } | null>((top, d) => (top === null || d.ratio > top.ratio ? d : top), null);
    if (peak) {
      // A warning, never a refusal: the thresholds are disputed in the literature.
      add("high_load", false, `training load spiked before the shot: acute:chronic ${peak.ratio.toFixed(2)} on ${formatDay(peak.date)} (over 1.5 on ${p.highLoadDays!.length} of the 7 days before)`);
    }
    for (const g of p.goals) {
      if (g.done < g.target) add("goal_not_done", true, `${g.discipline} ${n(g.done)} of ${n(g.target)} done`);
      else if (g.verified < g.target) add("goal_not_verified", true, `${g.discipline} done, but only ${n(g.verified)} of ${n(g.target)} verified`);
    }
    for (const c of p.credentials ?? []) {
      if (c.expiresOn === null) continue;
      if (stunt.today && c.expiresOn < stunt.today) add("credential_expired", true, `${c.kind} "${c.name}" expired on ${formatDay(c.expiresOn)}`);
      else if (stunt.plannedDate && c.expiresOn < stunt.plannedDate) {
        add("credential_expires_before_shoot", false, `${c.kind} "${c.name}" expires on ${formatDay(c.expiresOn)}, before the planned date ${formatDay(stunt.plannedDate)}`);
      }
    }
    for (const c of p.currency ?? []) {
      const rule = `${n(c.count)} in ${n(c.days)} days`;
      if (!c.current) {
        add("currency_lapsed", true, `${c.discipline} currency ${c.currentUntil ? `lapsed after ${formatDay(c.currentUntil)}` : "never met"} (${rule})`);
      } else if (stunt.plannedDate && c.currentUntil && c.currentUntil < stunt.plannedDate) {
        add("currency_lapses_before_shoot", true, `${c.discipline} currency lapses after ${formatDay(c.currentUntil)}, before the planned date ${formatDay(stunt.plannedDate)} (${rule})`);
      }
    }
    for (const incident of p.openIncidents) {
      const serious = incident.severity === "serious" || incident.severity === "lost_time";
      add(serious ? "serious_incident" : "open_incident", serious, `open ${incident.severity.replace("_", " ")} incident: ${incident.description}`);
    }
    if (p.pendingEntries > 0) add("pending_entries", false, `${p.pendingEntries} training ${p.pendingEntries === 1 ? "entry" : "entries"} awaiting sign-off`);
    if (!p.latestCheckIn) add("no_check_in", false, "no readiness check-in in the last 3 days");
    else if (p.latestCheckIn.average < LOW_READINESS) {
      add("low_readiness", false, `readiness ${p.latestCheckIn.average.toFixed(1)} of 5 on ${formatDay(p.latestCheckIn.date)}`);
    }
    if (p.overridesRecently > 0) add("limit_overridden", false, `${p.overridesRecently} dose limit override(s) in the last 14 days`);
  }
  const verdict: Verdict = reasons.some((r) => r.blocking) ? "not_ready" : reasons.length ? "ready_with_warnings" : "ready";
  // What blocks the shot first; otherwise in the order gathered (stable sort).
  return { verdict, reasons: [...reasons].sort((a, b) => Number(b.blocking) - Number(a.blocking)) };
}

/** One line per performer of a stunt: their own verdict from the reasons about them (reasons of the stunt itself are not theirs). */
export function performerVerdicts(performers: readonly { performerId: string; name: string }[], reasons: readonly Reason[]) {
  return performers.map((p) => {
    const own = reasons.filter((r) => r.performerId === p.performerId);
    const blocking = own.filter((r) => r.blocking).length;
    const warnings = own.length - blocking;
    const verdict: Verdict = blocking ? "not_ready" : warnings ? "ready_with_warnings" : "ready";
    return { performerId: p.performerId, name: p.name, verdict, blocking, warnings };
  });
}
