import { z } from "zod";
import { optionalWholeNumber } from "./fields";

export const doseLimitsSchema = z.object({
  maxPerDay: optionalWholeNumber("Maximum per day", 1, 100_000).nullable().default(null),
  maxPer7Days: optionalWholeNumber("Maximum per 7 days", 1, 700_000).nullable().default(null),
  minRestDays: optionalWholeNumber("Minimum rest", 0, 365).nullable().default(null),
  hard: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
