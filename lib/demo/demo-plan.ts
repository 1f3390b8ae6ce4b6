// The demo production, as plain data: who is in it, their goals and months of
// daily training. Pure and deterministic for a given "today", so unit tests
// can check that the three performers really are ahead, behind and finished.

import { addDays, daysBetween, toEpochDay, type CalendarDay } from "../domain/calendar-day";
import type { Role } from "../domain/permissions";
import { CLIFF_JUMP_REGIMEN, type TemplateDiscipline } from "../domain/regimen-template";
import { seededRandom } from "./random";

export const DEMO_PASSWORD = "stuntbook-demo";

export interface DemoUser {
  key: string;
  email: string;
  name: string;
  role: Role;
  credential?: string;
}

export interface DemoSession {
  performerKey: string;
  disciplineName: string;
  date: CalendarDay;
  count: number;
  durationMinutes: number;
  /** Effort (RPE 0-10), on the entries of the last RATED_DAYS days only. */
  rpe?: number;
  location: string;
  notes?: string;
  status: "pending" | "verified" | "rejected";
  loggedByKey: string;
  verifiedByKey?: string;
  rejectionReason?: string;
}

export interface DemoGoal {
  performerKey: string;
  disciplineName: string;
  target: number;
  startDate: CalendarDay;
  deadline: CalendarDay;
  milestones: { name: string; count: number }[];
}

export interface DemoStunt {
  name: string;
  plannedDate: CalendarDay;
  description: string;
  performerKeys: string[];
  disciplineNames: string[];
  takes: { performerKey: string; outcome: "usable" | "no_good" | "aborted" | "safety_cut"; notes?: string; daysAgo: number }[];
}

export interface DemoCheckIn {
  performerKey: string;
  date: CalendarDay;
  sleep: number;
  soreness: number;
  fatigue: number;
  stress: number;
  mood: number;
}

export interface DemoIncident {
  performerKey: string;
  occurredOn: CalendarDay;
  severity: "near_miss" | "minor" | "lost_time" | "serious";
  description: string;
  followUp?: string;
  status: "open" | "closed";
  stuntName?: string;
}

export interface DemoPlan {
  production: { name: string; timeZone: string };
  users: DemoUser[];
  disciplines: TemplateDiscipline[];
  goals: DemoGoal[];
  sessions: DemoSession[];
  stunts: DemoStunt[];
  checkIns: DemoCheckIn[];
  incidents: DemoIncident[];
}

export const DEMO_USERS: DemoUser[] = [
  { key: "coordinator", email: "coordinator@demo.test", name: "Maren Dahl", role: "coordinator", credential: "USPA D-31337" },
  { key: "performer1", email: "performer1@demo.test", name: "Alex Rivera", role: "performer" },
  { key: "performer2", email: "performer2@demo.test", name: "Sam Okafor", role: "performer" },
  { key: "performer3", email: "performer3@demo.test", name: "Jo Lindqvist", role: "performer" },
  { key: "viewer", email: "viewer@demo.test", name: "Priya Nair (producer)", role: "viewer" },
];

/** How each performer trains: pace relative to what the goal needs, and days off injured. */
const PROFILES: Record<string, { pace: number; injuredDays?: [number, number]; takes: number }> = {
  performer1: { pace: 1.18, takes: 4 }, // ahead of schedule
  performer2: { pace: 0.62, injuredDays: [120, 146], takes: 0 }, // behind: slow, and a month out injured
  performer3: { pace: 1.75, takes: 6 }, // finished every goal
};

const LOCATIONS: Record<string, string> = {
  "Motorbike jump": "Ramp park, Hønefoss",
  Skydive: "Voss dropzone",
  "HALO jump": "Rygge airfield",
  "Take attempt": "Helsetkopp rehearsal site",
};

// Reps gathered before a session is worth logging: nobody drives to the
// dropzone for half a skydive.
const MIN_BATCH: Record<string, number> = { "Motorbike jump": 1, Skydive: 3, "HALO jump": 2 };

/** Training started this many days before today; the shot is a year after the start. */
export const DEMO_DAYS_IN = 240;

export function buildDemoPlan(today: CalendarDay): DemoPlan {
  const startDate = addDays(today, -DEMO_DAYS_IN);
  const deadline = addDays(startDate, CLIFF_JUMP_REGIMEN.durationDays - 1);
  const random = seededRandom(toEpochDay(today));
  const performers = DEMO_USERS.filter((u) => u.role === "performer");

  const goals: DemoGoal[] = performers.flatMap((p) =>
    CLIFF_JUMP_REGIMEN.disciplines.map((d) => ({
      performerKey: p.key,
      disciplineName: d.name,
      target: d.target,
      startDate,
      deadline,
      // The demo logs no per-jump rows, so its milestones keep the count part
      // only (a freefall part could never be reached in the demo).
      milestones: d.milestones.map(({ name, count }) => ({ name, count })),
    })),
  );

  const sessions: DemoSession[] = [];
  for (const performer of performers) {
    const profile = PROFILES[performer.key]!;
    for (const discipline of CLIFF_JUMP_REGIMEN.disciplines) {
      if (discipline.name === "Take attempt") {
        sessions.push(...rehearsalTakes(performer.key, profile.takes, today));
        continue;
      }
      const perDay = (discipline.target / CLIFF_JUMP_REGIMEN.durationDays) * profile.pace;
      let carry = 0;
      let total = 0;
      for (let i = 0; i < DEMO_DAYS_IN && total < discipline.target; i++) {
        const date = addDays(startDate, i);
        const injured = profile.injuredDays && i >= profile.injuredDays[0] && i <= profile.injuredDays[1];
        // Weekends are lighter; about one day in twelve is lost to weather.
        const weekday = (((toEpochDay(date) + 3) % 7) + 7) % 7; // 0 = Monday
        const dayFactor = weekday >= 5 ? 0.45 : 1.22;
        carry += perDay * dayFactor * (0.7 + 0.6 * random());
        if (injured || random() < 1 / 12) continue;
        const batch = Math.floor(carry);
        if (batch < (MIN_BATCH[discipline.name] ?? 1)) continue;
        const count = Math.min(batch, discipline.target - total);
        carry -= batch;
        total += count;
        sessions.push(trainingEntry(performer.key, discipline.name, date, count, today, random));
      }
    }
  }

  // One entry the coordinator sent back, so the rejected state is visible.
  const rejectedDay = addDays(today, -5);
  sessions.push({
    performerKey: "performer2",
    disciplineName: "Skydive",
    date: rejectedDay,
    count: 12,
    durationMinutes: 300,
    location: LOCATIONS.Skydive!,
    notes: "Logged from memory",
    status: "rejected",
    loggedByKey: "performer2",
    rejectionReason: "The manifest shows 2 loads that day, not 12 jumps. Please re-log from your altimeter.",
  });

  // Ten days of check-ins; Sam's are low after the injury comeback.
  const checkIns: DemoCheckIn[] = [];
  for (const performer of performers) {
    const base = performer.key === "performer2" ? 2 : 4;
    for (let i = 9; i >= 0; i--) {
      const jitter = () => Math.min(5, Math.max(1, base + Math.round(random() * 2 - 0.8)));
      checkIns.push({ performerKey: performer.key, date: addDays(today, -i), sleep: jitter(), soreness: jitter(), fatigue: jitter(), stress: jitter(), mood: jitter() });
    }
  }

  return {
    production: { name: "Cliff Jump — Unit A", timeZone: "Europe/Oslo" },
    users: DEMO_USERS,
    disciplines: CLIFF_JUMP_REGIMEN.disciplines,
    goals,
    sessions,
    stunts: [
      {
        name: "Motorbike off the cliff",
        plannedDate: deadline,
        description: "Ramp launch off the cliff edge, release from the bike in free fall, parachute to the valley floor.",
        performerKeys: ["performer1", "performer2", "performer3"],
        disciplineNames: ["Motorbike jump", "Skydive", "Take attempt"],
        takes: [],
      },
      {
        name: "HALO rehearsal jump",
        plannedDate: addDays(today, -3),
        description: "Night HALO exit from 25,000 ft over the drop zone, shot from a chase camera.",
        performerKeys: ["performer3"],
        disciplineNames: ["HALO jump", "Skydive"],
        takes: [
          { performerKey: "performer3", outcome: "aborted", notes: "Camera jumper's rig fault, exit called off", daysAgo: 3 },
          { performerKey: "performer3", outcome: "no_good", notes: "Out of frame after exit", daysAgo: 3 },
          { performerKey: "performer3", outcome: "no_good", daysAgo: 3 },
          { performerKey: "performer3", outcome: "usable", daysAgo: 3 },
          { performerKey: "performer3", outcome: "no_good", notes: "Cloud layer", daysAgo: 3 },
          { performerKey: "performer3", outcome: "usable", notes: "Director's pick", daysAgo: 3 },
        ],
      },
    ],
    checkIns,
    incidents: [
      {
        performerKey: "performer2",
        occurredOn: addDays(startDate, 119),
        severity: "lost_time",
        description: "Heavy landing off the 40 ft ramp; ankle sprain, four weeks off.",
        followUp: "Physio cleared a return; ramp landing zone lengthened.",
        status: "closed",
      },
      {
        performerKey: "performer2",
        occurredOn: addDays(today, -6),
        severity: "near_miss",
        description: "Late canopy deployment on a hop-and-pop at 3,500 ft.",
        status: "open",
        stuntName: "Motorbike off the cliff",
      },
    ],
  };
}

// The team has rated effort (RPE) for ten weeks: every day of the performer
// pages' six weeks of training load is 28 days or more after the first rating,
// so each has an acute:chronic ratio.
const RATED_DAYS = 70;
const BASE_RPE: Record<string, number> = { "Motorbike jump": 6, Skydive: 4, "HALO jump": 7, "Take attempt": 8 };

/** A plausible rating, 3 to 9, without drawing on `random` (the rest of the plan stays as it was). */
function demoRpe(disciplineName: string, date: CalendarDay, count: number, today: CalendarDay): number | undefined {
  if (daysBetween(date, today) >= RATED_DAYS) return undefined;
  return (BASE_RPE[disciplineName] ?? 5) + ((toEpochDay(date) + count) % 3) - 1;
}

function trainingEntry(
  performerKey: string,
  disciplineName: string,
  date: CalendarDay,
  count: number,
  today: CalendarDay,
  random: () => number,
): DemoSession {
  const minutesPerRep: Record<string, number> = { "Motorbike jump": 4, Skydive: 25, "HALO jump": 45 };
  const durationMinutes = Math.min(600, Math.max(20, Math.round(count * (minutesPerRep[disciplineName] ?? 10))));
  // The last few days are partly self-logged and still waiting for sign-off.
  const recent = daysBetween(date, today) <= 4;
  const selfLogged = recent ? random() < 0.6 : random() < 0.15;
  return {
    performerKey,
    disciplineName,
    date,
    count,
    durationMinutes,
    rpe: demoRpe(disciplineName, date, count, today),
    location: LOCATIONS[disciplineName] ?? "Training ground",
    status: selfLogged && recent ? "pending" : "verified",
    loggedByKey: selfLogged ? performerKey : "coordinator",
    verifiedByKey: selfLogged && recent ? undefined : "coordinator",
  };
}

/** Full rehearsals of the shot, recent and one per day. */
function rehearsalTakes(performerKey: string, takes: number, today: CalendarDay): DemoSession[] {
  return Array.from({ length: takes }, (_, i) => ({
    performerKey,
    disciplineName: "Take attempt",
    date: addDays(today, -(2 * (takes - i))),
    count: 1,
    durationMinutes: 90,
    rpe: demoRpe("Take attempt", addDays(today, -(2 * (takes - i))), 1, today),
    location: LOCATIONS["Take attempt"]!,
    notes: i === 0 ? "First full rehearsal off the ramp onto the crash mat line" : undefined,
    status: "verified" as const,
    loggedByKey: "coordinator",
    verifiedByKey: "coordinator",
  }));
}
