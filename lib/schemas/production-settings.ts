import { z } from "zod";

export const productionSettingsSchema = z.object({
  coordinatorLogsAreVerified: z.preprocess(
    (v) => (v === "on" || v === "true" ? true : v === "off" || v === "false" ? false : v),
    z.boolean({ error: "Choose yes or no" }),
  ),
});
