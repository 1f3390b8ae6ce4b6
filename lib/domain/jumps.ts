// Pure rules of per-jump detail (a jump logbook row, USPA SIM 3-1). Plain
// numbers and functions: the schema (lib/schemas/jump.ts), the writer and the
// log form all use them. Altitudes are in feet (skydiving's convention),
// landing distance in metres.

export const MAX_ALTITUDE_FT = 40_000;
export const MAX_FREEFALL_SECONDS = 600;
export const MAX_JUMP_NUMBER = 100_000;
export const MAX_LANDING_DISTANCE_M = 10_000;

export interface JumpDetail {
  jumpNumber: number;
  exitAltitudeFt?: number | null;
  deploymentAltitudeFt?: number | null;
  freefallSeconds?: number | null;
  jumpType?: string | null;
  aircraft?: string | null;
  dropzone?: string | null;
  equipment?: string | null;
  landingDistanceM?: number | null;
  notes?: string | null;
}

/** The indexes of rows whose jump number an earlier row already uses. */
export function repeatedJumpNumbers(rows: readonly Pick<JumpDetail, "jumpNumber">[]): number[] {
  const seen = new Set<number>();
  const repeated: number[] = [];
  rows.forEach((row, i) => {
    if (seen.has(row.jumpNumber)) repeated.push(i);
    seen.add(row.jumpNumber);
  });
  return repeated;
}

/**
 * The next row of a day's jumps: the previous row's values carried over with
 * the jump number one higher; the notes and landing distance are per jump and
 * start empty. With no previous row, jump number `firstNumber`.
 */
export function nextJumpRow<T extends JumpDetail>(previous: T | undefined, firstNumber = 1): JumpDetail {
  if (!previous) return { jumpNumber: firstNumber };
  return {
    jumpNumber: Math.min(previous.jumpNumber + 1, MAX_JUMP_NUMBER),
    exitAltitudeFt: previous.exitAltitudeFt ?? null,
    deploymentAltitudeFt: previous.deploymentAltitudeFt ?? null,
    freefallSeconds: previous.freefallSeconds ?? null,
    jumpType: previous.jumpType ?? null,
    aircraft: previous.aircraft ?? null,
    dropzone: previous.dropzone ?? null,
    equipment: previous.equipment ?? null,
    landingDistanceM: null,
    notes: null,
  };
}

/** "2 h 14 min", "45 min", "30 s", "0 min": freefall as a person reads it (seconds past a minute are dropped once over one). */
export function formatFreefall(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s > 0 && s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
