import { z } from "zod";
import type { DashboardFilter } from "../domain/dashboard";

export const GOAL_STATUSES = ["behind", "no_data", "on_track", "done"] as const;

/** The dashboard's filters, from its URL. Anything unknown is ignored rather than refused: it is a view, not a write. */
export const dashboardFilterSchema: z.ZodType<DashboardFilter, unknown> = z.object({
  discipline: z.string().trim().max(60).optional().catch(undefined),
  status: z.enum(GOAL_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type { DashboardFilter };
