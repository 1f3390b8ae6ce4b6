import { z } from "zod";
import { CREDENTIAL_KINDS } from "../domain/credentials";

// The production's sign-off policy, a safety setting: a request changes only
// what it names, and an unknown key is refused rather than ignored (a typo
// such as `verifierCredentialKin` must never read as "no rule").

export const productionSettingsSchema = z
  .strictObject({
    /** Whether a coordinator's entry for someone else counts as their signature. */
    coordinatorLogsAreVerified: z
      .preprocess((v) => (v === "on" || v === "true" ? true : v === "off" || v === "false" ? false : v), z.boolean({ error: "Choose yes or no" }))
      .optional(),
    /** When set, a coordinator verifies only while holding a valid credential of this kind; null: anyone who may verify. */
    verifierCredentialKind: z
      .enum(CREDENTIAL_KINDS, { error: `Choose one of ${CREDENTIAL_KINDS.join(", ")}, or null for anyone who may verify` })
      .nullable()
      .optional()
      .describe("Verifiers must hold a valid credential of this kind (licence, rating, medical, insurance, other); null: anyone who may verify"),
  })
  .refine((settings) => settings.coordinatorLogsAreVerified !== undefined || settings.verifierCredentialKind !== undefined, {
    error: "Send coordinatorLogsAreVerified, verifierCredentialKind, or both",
  });

export type ProductionSettingsInput = z.infer<typeof productionSettingsSchema>;
