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

const formBoolean = (v: unknown) => (v === "on" || v === "true" ? true : v === undefined || v === "" || v === "false" ? false : v);

/** Change a member's role; `performs` only for a coordinator who also trains (a performer always does, a viewer never). */
export const changeRoleSchema = z
  .strictObject({
    role: z.enum(ROLES, { error: "Choose a role: coordinator, performer or viewer" }),
    performs: z.preprocess(formBoolean, z.boolean({ error: "performs must be true or false" })).optional(),
  })
  .superRefine((change, ctx) => {
    if (change.performs && change.role !== "coordinator") ctx.addIssue({ code: "custom", path: ["performs"], message: "Only a coordinator is marked as also performing: a performer always does, a viewer never" });
  });
