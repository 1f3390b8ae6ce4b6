// SQL shared by the progress queries and the goal-reach upkeep. No
// "server-only" marker: the seed scripts (plain Node) write reach days too.

import { Prisma } from "@/generated/prisma/client";
import type { CalendarDay } from "../calendar-day";

/**
 * Sessions that count toward a goal: same performer and discipline, from its
 * start (to asOf when given), verified or pending. Never rejected or
 * superseded; and a correction counts only once verified, since until then
 * the entry it corrects still does (the two must never count together).
 */
export const countingJoin = (asOf?: CalendarDay) => Prisma.sql`
  "TrainingSession" s
    ON s."productionId" = g."productionId"
   AND s."performerId" = g."performerId"
   AND s."disciplineId" = g."disciplineId"
   AND s."date" >= g."startDate"
   ${asOf ? Prisma.sql`AND s."date" <= ${asOf}` : Prisma.empty}
   AND (s."status" = 'verified' OR (s."status" = 'pending' AND s."correctsId" IS NULL))`;
