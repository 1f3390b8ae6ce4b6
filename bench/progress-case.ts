// What progress-measure.ts (a child process) hands back to progress.bench.ts.

/** Marks the result line on the child's stdout, apart from anything else printed there. */
export const RESULT_PREFIX = "BENCH_RESULT ";

export interface ProgressCase {
  productionId: string;
  asOf: string;
  sessions: number;
  reps: number;
  progressMs: number;
  rawMs: number;
  /** The reps counted by progress and by the raw aggregate: equal, or one of the two measures something else. */
  progressReps: number;
  rawReps: number;
}
