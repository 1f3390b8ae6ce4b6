import { z } from "zod";
import { requiredText } from "./fields";

// Outside witnesses (lib/domain/witness.ts): asking one to sign an entry, and
// their signature. One schema per payload, used by the data layer, the forms
// and the OpenAPI document.

const email = z
  .string({ error: "Enter a valid email address" })
  .trim()
  .toLowerCase()
  .max(254, { error: "Enter a valid email address" })
  .email({ error: "Enter a valid email address" });

/** `POST …/sessions/{sessionId}/witness-requests`: who is asked. The email is kept for the record; Stuntbook sends no mail. */
export const createWitnessRequestSchema = z.object({
  name: requiredText("Witness name", 80),
  // A form's empty field means "no email".
  email: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), email.optional()),
});
export type CreateWitnessRequestInput = z.infer<typeof createWitnessRequestSchema>;

/**
 * `POST /api/v1/witness/{token}`: the witness's signature. Strict: the
 * confirmation must be a real `true`, and an unknown key is refused rather
 * than ignored (a signature says exactly what it signs).
 */
export const witnessSignatureSchema = z.strictObject({
  name: requiredText("Your name", 80),
  licenceNumber: requiredText("Licence or membership number", 40),
  confirm: z.literal(true, { error: "Confirm that you saw this training and that it is recorded correctly" }),
});
export type WitnessSignatureInput = z.infer<typeof witnessSignatureSchema>;
