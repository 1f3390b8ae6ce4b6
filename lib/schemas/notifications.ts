import { z } from "zod";
import { text } from "./fields";

/** `{ keys: [...] }` marks those reminders read; `{ all: true }` every current one. */
export const markReadSchema = z
  .strictObject({
    keys: z.array(text("Key", 300), { error: "keys must be a list of reminder keys" }).min(1, { error: "Give at least one key" }).max(500).optional(),
    all: z.literal(true, { error: "all must be true" }).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.keys === !v.all) ctx.addIssue({ code: "custom", path: ["keys"], message: "Give either keys or all: true" });
  });
