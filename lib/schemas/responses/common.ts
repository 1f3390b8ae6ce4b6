import { z } from "zod";

// Building blocks of the response schemas. Responses are not parsed at run
// time: these schemas exist for the OpenAPI document (lib/api/openapi) and
// the conformance test that checks real answers against it.

export const id = z.string().describe("An id (cuid)");
/** A calendar day, YYYY-MM-DD, in the production's time zone. */
export const day = z.iso.date();
/** An instant, ISO 8601 in UTC. */
export const instant = z.iso.datetime();
export const count = z.number().int().min(0);
export const nullableText = z.string().nullable();

/** Every refusal: `{ error, fields? }` (fields on a 400 only, field name -> message). */
export const errorResponse = z
  .object({
    error: z.string().describe("What went wrong, for a person to read"),
    fields: z.record(z.string(), z.string()).optional().describe("On a 400: each field that needs attention, with its message"),
  })
  .meta({ id: "Error" });
