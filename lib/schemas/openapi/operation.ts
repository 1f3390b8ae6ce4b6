import type { z } from "zod";

// One /api/v1 operation as the OpenAPI document describes it. The request
// schemas are the very ones the data layer parses with; the response schemas
// (lib/schemas/responses) describe what the handlers return.

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export const API_AREAS = ["Productions", "Training sessions", "Progress", "People and access", "Stunts and safety", "Credentials and equipment", "Documentation"] as const;
export type ApiArea = (typeof API_AREAS)[number];

export interface ApiResponse {
  description: string;
  /** The body's schema; omitted for a body the document only names by media type (a file, a stream). */
  schema?: z.ZodType;
  /** application/json unless said otherwise. */
  mediaType?: string;
  /** More media types for the same status (the export answers CSV or JSON). */
  alternatives?: Record<string, z.ZodType | undefined>;
}

export interface ApiOperation {
  method: HttpMethod;
  /** The path template, with `{name}` for each dynamic segment of the route's folder. */
  path: string;
  area: ApiArea;
  summary: string;
  description?: string;
  /** Who may call it, as README's table says. */
  who: string;
  /** How the caller authenticates: cookie or token (the default), the session cookie only, or no one. */
  auth?: "session-or-token" | "session-only" | "none";
  /** The query string, as the data layer parses it (every property a query parameter). */
  query?: z.ZodType;
  /** A JSON body, parsed by the data layer with this schema. */
  body?: z.ZodType;
  /** A CSV file as the body (the import). */
  csvBody?: { description: string; maxBytes: number; /** Also taken as text/plain (with an API token): what it is then. */ plainText?: string };
  /** A binary file as the body (a credential's scan), in one of these media types. */
  fileBody?: { description: string; maxBytes: number; mediaTypes: readonly string[] };
  /** Path parameters that are not ids (a file name, a hash): their own pattern. */
  pathPatterns?: Record<string, { pattern: RegExp; description: string }>;
  /** Success answers by status. */
  responses: Record<number, ApiResponse>;
  /** Refusals beyond the ones every operation of its kind gets (401, 403, 404 with path ids, 400/413/415 with a body). */
  errors?: Partial<Record<number, string>>;
}
