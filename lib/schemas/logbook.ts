import { z } from "zod";
import { decodeCursor } from "../domain/logbook-cursor";
import { calendarDay, requiredId } from "./fields";

export const SESSION_STATUSES = ["pending", "verified", "rejected", "superseded"] as const;
export const LOGBOOK_PAGE_SIZE = 25;

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * Which entries of a logbook to list (the performer page, `GET …/sessions`,
 * the export): filters, and for a list the page to start from. Query strings
 * carry strings; `limit` is read as a number.
 */
export const logbookFilterSchema = z
  .object({
    performerId: z.preprocess(blank, requiredId("Unknown performer").optional()),
    disciplineId: z.preprocess(blank, requiredId("Unknown discipline").optional()),
    status: z.preprocess(blank, z.enum(SESSION_STATUSES, { error: `Status must be one of ${SESSION_STATUSES.join(", ")}` }).optional()),
    from: z.preprocess(blank, calendarDay("From").optional()),
    to: z.preprocess(blank, calendarDay("To").optional()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: "From must be on or before To", path: ["to"] });

export const logbookQuerySchema = logbookFilterSchema.and(
  z.object({
    cursor: z.preprocess(
      blank,
      z
        .string()
        .max(400, { error: "Unknown cursor: start again from the first page" })
        .refine((c) => decodeCursor(c) !== null, { error: "Unknown cursor: start again from the first page" })
        .optional(),
    ),
    limit: z.preprocess(
      (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : blank(v)),
      z.number({ error: "Limit must be a number" }).int({ error: "Limit must be a whole number" }).min(1, { error: "Limit must be at least 1" }).max(200, { error: "Limit must be at most 200" }).optional(),
    ),
  }),
);

/** The export's query (`GET …/export`): the logbook's filters and the file format. */
export const exportQuerySchema = logbookFilterSchema.and(z.object({ format: z.enum(["csv", "json"], { error: "Format must be csv or json" }) }));

export type LogbookFilter = z.infer<typeof logbookFilterSchema>;
export type LogbookQuery = z.infer<typeof logbookQuerySchema>;

/** The logbook as a PDF: the logbook's filters (the performer from the path), and the paper. */
export const logbookPdfQuerySchema = logbookFilterSchema.and(
  z.object({ paper: z.preprocess(blank, z.enum(["a4", "letter"], { error: "Paper must be a4 or letter" }).optional()).transform((p) => p ?? "a4") }),
);
