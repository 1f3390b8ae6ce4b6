// The regimen a new production starts from, modelled on the widely reported
// preparation for a motorbike-off-a-cliff shot: a year of training with
// 13,000 motorbike jumps and 500 skydives, 100+ HALO jumps for an earlier
// HALO sequence, and the shot itself done in 6 takes. Editable once copied.

export interface TemplateDiscipline {
  name: string;
  unit: string;
  target: number;
  milestones: { name: string; count: number; freefallMinutes?: number }[];
  /** A jump kind: its sessions may carry one row per jump (jump number, altitudes, freefall...). */
  recordsJumps?: boolean;
  /** Takes recorded on set count as its reps. */
  fromTakes?: boolean;
}

export interface RegimenTemplate {
  name: string;
  durationDays: number;
  disciplines: TemplateDiscipline[];
}

export const CLIFF_JUMP_REGIMEN: RegimenTemplate = {
  name: "Cliff jump (one-year regimen)",
  durationDays: 365,
  disciplines: [
    {
      name: "Motorbike jump",
      unit: "jump",
      target: 13_000,
      milestones: [
        { name: "1,000 jumps", count: 1_000 },
        { name: "5,000 jumps", count: 5_000 },
        { name: "10,000 jumps", count: 10_000 },
      ],
    },
    {
      name: "Skydive",
      unit: "jump",
      target: 500,
      recordsJumps: true,
      // The skydiving licence ladder (USPA A/B/C/D by cumulative jumps; B and D
      // also by cumulative freefall: 30 min and 3 h).
      milestones: [
        { name: "A licence", count: 25 },
        { name: "B licence", count: 50, freefallMinutes: 30 },
        { name: "C licence", count: 200 },
        { name: "D licence", count: 500, freefallMinutes: 180 },
      ],
    },
    {
      name: "HALO jump",
      unit: "jump",
      target: 100,
      recordsJumps: true,
      milestones: [{ name: "First 10 HALO", count: 10 }],
    },
    { name: "Take attempt", unit: "take", target: 6, milestones: [], fromTakes: true },
  ],
};
