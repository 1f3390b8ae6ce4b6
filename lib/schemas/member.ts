import { z } from "zod";
import { ROLES } from "../domain/permissions";
import { requiredText } from "./fields";

/** Add someone to a production; a new email gets an account with a one-time password. */
export const addMemberSchema = z.object({
  email: z.string({ error: "Enter an email address" }).trim().toLowerCase().max(254, { error: "Enter a valid email address" }).email({ error: "Enter a valid email address" }),
  name: requiredText("Name", 80),
  role: z.enum(ROLES, { error: "Choose a role" }),
  performs: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
});
