import { z } from "zod";
import { optionalText, requiredText } from "./fields";

/** What a person may change about themselves: the name others see and the credential shown with their sign-offs. */
export const profileSchema = z.object({
  name: requiredText("Name", 80),
  credential: optionalText("Credential", 80),
});

export const MIN_PASSWORD_LENGTH = 12;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password" }).min(1, { error: "Enter your current password" }),
    newPassword: z
      .string({ error: "Enter a new password" })
      .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters` })
      .max(200, { error: "Use at most 200 characters" }),
  })
  .refine((p) => p.currentPassword !== p.newPassword, { path: ["newPassword"], message: "Choose a password different from the current one" });
