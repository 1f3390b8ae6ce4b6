// What one training session may hold. Plain numbers, so that forms can show
// them without loading the schema library (lib/schemas/training-session.ts
// enforces them).

// The busiest reported day of the regimen was about 30 skydives; a motorbike
// ramp session runs to a few dozen jumps. 1,000 reps in one sitting is
// certainly a typo (an extra zero), so it is refused rather than counted.
export const MAX_REPS_PER_SESSION = 1000;
export const MAX_SESSION_MINUTES = 24 * 60;

// Effort on the Borg CR-10 scale used for session-RPE: 0 (rest) to 10 (maximal).
export const MAX_RPE = 10;

/** The scale's verbal anchors (Foster's session-RPE version of CR-10), for the log form; 6, 8 and 9 have none. */
export const RPE_ANCHORS: readonly (string | null)[] = ["rest", "very, very easy", "easy", "moderate", "somewhat hard", "hard", null, "very hard", null, null, "maximal"];
