import { z } from "zod";
import { WALL_PAGE_SECONDS, WALL_PAGE_SECONDS_MAX, WALL_PAGE_SECONDS_MIN } from "../domain/wall";

/**
 * The wall screen's URL: `?every=` seconds between pages of goals. Anything
 * else, or out of bounds, falls back to the default: it is a view, not a write.
 */
export const wallQuerySchema = z.object({
  every: z.coerce.number().int().min(WALL_PAGE_SECONDS_MIN).max(WALL_PAGE_SECONDS_MAX).catch(WALL_PAGE_SECONDS),
});

export type WallQuery = z.infer<typeof wallQuerySchema>;
