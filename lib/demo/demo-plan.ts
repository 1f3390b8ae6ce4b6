// The demo production, as plain data: who is in it, their goals and months of
// daily training. Pure and deterministic for a given "today", so unit tests
// can check that the three performers really are ahead, behind and finished.

import { addDays, daysBetween, toEpochDay, type CalendarDay } from "../calendar-day";
import type { Role } from "../permissions";
import { CLIFF_JUMP_REGIMEN, type TemplateDiscipline } from "../regimen-template";
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

export interface DemoPlan {
  production: { name: string; timeZone: string };
  users: DemoUser[];
  disciplines: TemplateDiscipline[];
  goals: DemoGoal[];
  sessions: DemoSession[];
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
      milestones: d.milestones,
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

  return {
    production: { name: "Cliff Jump — Unit A", timeZone: "Europe/Oslo" },
    users: DEMO_USERS,
    disciplines: CLIFF_JUMP_REGIMEN.disciplines,
    goals,
    sessions,
  };
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
    location: LOCATIONS["Take attempt"]!,
    notes: i === 0 ? "First full rehearsal off the ramp onto the crash mat line" : undefined,
    status: "verified" as const,
    loggedByKey: "coordinator",
    verifiedByKey: "coordinator",
  }));
}
