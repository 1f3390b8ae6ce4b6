import { z } from "zod";
import { id, instant } from "./common";

/** A new witness link: shown once (only its hash is kept). */
export const witnessRequestCreated = z
  .object({
    id,
    url: z.string().describe("The absolute link to send the witness (/witness/{token}): works once, without an account, until expiresAt"),
    expiresAt: instant,
  })
  .meta({ id: "WitnessRequestCreated" });

/** The entry, verified by the outside witness. */
export const witnessSigned = z
  .object({
    id: id.describe("The entry's id"),
    status: z.literal("verified"),
    verifiedBy: z.string().describe("The witness's name"),
    verifierCredential: z.string().describe("The licence or membership number they gave"),
    verifiedAt: instant,
  })
  .meta({ id: "WitnessSignature" });
