import { z } from "zod";

export const signInSchema = z.object({
  email: z.string({ error: "Enter the email address you were invited with" }).trim().toLowerCase().email({ error: "Enter the email address you were invited with" }),
  password: z.string({ error: "Enter your password" }).min(1, { error: "Enter your password" }).max(200, { error: "Password is too long" }),
});
