// The benchmark productions. Each has its own PRNG seed, so a production's
// rows are the same whichever others are seeded with it, on SQLite or PostgreSQL.

export const BENCH_START = "2026-01-01";
/** The data's last day: progress "as of today" in the progress bench. */
export const BENCH_AS_OF = "2026-12-31";
/** Mid-history: progress must then subtract half a year of later sessions. */
export const BENCH_HISTORICAL_AS_OF = "2026-06-30";

export interface BenchScale {
  productionId: string;
  performers: number;
  sessions: number;
  /** Reps per session are drawn from 1 … 2 × meanCount − 1. */
  meanCount: number;
  seed: number;
}

/** The regimen at full scale: about 10 million reps. */
export const LARGE: BenchScale = { productionId: "bench-large", performers: 200, sessions: 700_000, meanCount: 14, seed: 20261125 };
/** The same team with a thousandth of the history: about 10 thousand reps. */
export const SMALL: BenchScale = { productionId: "bench-small", performers: 200, sessions: 700, meanCount: 14, seed: 20261126 };
/** Where the HTTP bench logs sessions: a few performers, no dose limits, so every request is a real insert. */
export const LOGGING: BenchScale = { productionId: "bench-logging", performers: 4, sessions: 400, meanCount: 14, seed: 20261127 };

/** BENCH_SCALE=small skips the 10 M production (smoke tests). */
export function smallOnly(): boolean {
  return process.env.BENCH_SCALE === "small";
}

export const coordinatorOf = (scale: BenchScale) => `${scale.productionId}-coordinator`;
export const viewerOf = (scale: BenchScale) => `${scale.productionId}-viewer`;
export const performerOf = (scale: BenchScale, i: number) => `${scale.productionId}-u${i}`;
export const disciplineOf = (scale: BenchScale, i: number) => `${scale.productionId}-d${i}`;
