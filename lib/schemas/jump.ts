import { z } from "zod";
import { MAX_ALTITUDE_FT, MAX_FREEFALL_SECONDS, MAX_JUMP_NUMBER, MAX_LANDING_DISTANCE_M, repeatedJumpNumbers } from "../domain/jumps";
import { MAX_REPS_PER_SESSION } from "../domain/session-bounds";
import { optionalText, optionalWholeNumber, wholeNumber } from "./fields";

// One row per jump of a session of a jump discipline (lib/domain/jumps.ts).
// Altitudes in feet, landing distance in metres: the labels say so, and so
// does every error message.

export const jumpSchema = z
  .object({
    jumpNumber: wholeNumber("Jump number", 1, MAX_JUMP_NUMBER),
    exitAltitudeFt: optionalWholeNumber("Exit altitude (ft)", 0, MAX_ALTITUDE_FT),
    deploymentAltitudeFt: optionalWholeNumber("Deployment altitude (ft)", 0, MAX_ALTITUDE_FT),
    freefallSeconds: optionalWholeNumber("Freefall (s)", 0, MAX_FREEFALL_SECONDS),
    jumpType: optionalText("Jump type", 60),
    aircraft: optionalText("Aircraft", 60),
    dropzone: optionalText("Dropzone", 120),
    equipment: optionalText("Equipment", 120),
    landingDistanceM: optionalWholeNumber("Landing distance (m)", 0, MAX_LANDING_DISTANCE_M),
    notes: optionalText("Notes", 500, { multiline: true }),
  })
  .superRefine((jump, ctx) => {
    if (jump.exitAltitudeFt !== undefined && jump.deploymentAltitudeFt !== undefined && jump.deploymentAltitudeFt >= jump.exitAltitudeFt) {
      ctx.addIssue({ code: "custom", path: ["deploymentAltitudeFt"], message: "Deployment altitude (ft) must be below the exit altitude" });
    }
  });

export type JumpInput = z.infer<typeof jumpSchema>;

/** A form posts its rows as one JSON text field; an empty one means none. */
function jsonText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (value.trim() === "") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value; // left for zod: "must be a list"
  }
}

/** The rows of a session: at most one per rep, jump numbers unique within them. */
export const jumpsSchema = z.preprocess(
  jsonText,
  z
    .array(jumpSchema, { error: "Jumps must be a list of jumps" })
    .max(MAX_REPS_PER_SESSION, { error: `At most ${MAX_REPS_PER_SESSION.toLocaleString("en-US")} jumps per session` })
    .superRefine((rows, ctx) => {
      for (const i of repeatedJumpNumbers(rows)) {
        ctx.addIssue({ code: "custom", path: [i, "jumpNumber"], message: `Jump number ${rows[i]!.jumpNumber} is used twice in this session` });
      }
    })
    .optional(),
);
