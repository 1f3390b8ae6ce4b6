import { ID_PATTERN } from "../fields";
import { IDEMPOTENCY_HEADER, MAX_KEY_LENGTH, REPLAYED_HEADER } from "../../domain/idempotency";
import { errorResponse } from "../responses/common";
import { objectProperties, toOpenApiSchema, type JsonSchema } from "./json-schema";
import type { ApiOperation } from "./operation";
import { API_OPERATIONS } from "./registry";

// The OpenAPI 3.1 document of /api/v1, built from the registry: request
// bodies and query strings from the zod schemas the data layer parses with,
// answers from the response schemas. Served at GET /api/v1/openapi.json and
// rendered at /api-docs; built once per process.

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  tags: { name: string }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
}

export interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  "x-who": string;
  security: Record<string, string[]>[];
  parameters: OpenApiParameter[];
  requestBody?: { required: true; description?: string; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
}

export const SESSION_COOKIE_SCHEME = "sessionCookie";
export const BEARER_TOKEN_SCHEME = "bearerToken";

/** Why each refusal happens, where an operation does not say more. */
const STANDARD_ERRORS: Record<number, string> = {
  400: "Refused input: `fields` names each field that needs attention; nothing is written",
  401: "No valid session cookie or API token",
  403: "Not allowed for the caller's role, or a write with a read-only API token",
  404: "No such production for the caller (outsiders get 404, not 403), or no such item in it",
  413: "The request body is too large",
  415: "The body is not of the media type this operation takes",
};

function operationId(op: ApiOperation): string {
  const words = op.path
    .replace(/^\/api\/v1\//, "")
    .split(/[/{}.-]+/)
    .filter(Boolean);
  return op.method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}

function pathParameters(op: ApiOperation): OpenApiParameter[] {
  return [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
    const special = op.pathPatterns?.[name!];
    return {
      name: name!,
      in: "path" as const,
      required: true,
      ...(special ? { description: special.description } : {}),
      schema: { type: "string", pattern: (special?.pattern ?? ID_PATTERN).source },
    };
  });
}

function queryParameters(op: ApiOperation, components: Record<string, JsonSchema>): OpenApiParameter[] {
  if (!op.query) return [];
  const { properties, required } = objectProperties(toOpenApiSchema(op.query, "input", components));
  return Object.entries(properties).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return { name, in: "query" as const, required: required.includes(name), ...(typeof description === "string" ? { description } : {}), schema: rest };
  });
}

const IDEMPOTENCY_ERRORS = {
  409: `A request with this ${IDEMPOTENCY_HEADER} is still being processed: retry in a moment`,
  422: `This ${IDEMPOTENCY_HEADER} was already used for a different request`,
} as const;

const IDEMPOTENCY_PARAMETER: OpenApiParameter = {
  name: IDEMPOTENCY_HEADER,
  in: "header",
  required: false,
  description:
    `Optional, 1 to ${MAX_KEY_LENGTH} visible ASCII characters (a UUID): the server keeps the answer for 24 hours, per caller and key, and a repeat of the same request gets it again, ` +
    `with \`${REPLAYED_HEADER}: true\`, without running twice. The same key for a different request is a 422; while its first request runs, a 409.`,
  schema: { type: "string", pattern: `^[\\x21-\\x7E]{1,${MAX_KEY_LENGTH}}$` },
};

function toOperation(op: ApiOperation, components: Record<string, JsonSchema>, errorSchema: JsonSchema): OpenApiOperation {
  const responses: OpenApiOperation["responses"] = {};
  for (const [status, response] of Object.entries(op.responses)) {
    const content: Record<string, { schema: JsonSchema }> = {};
    const media = { [response.mediaType ?? "application/json"]: response.schema, ...response.alternatives };
    for (const [type, schema] of Object.entries(media)) content[type] = { schema: schema ? toOpenApiSchema(schema, "output", components) : {} };
    responses[status] = { description: response.description, content };
  }
  const hasBody = Boolean(op.body || op.csvBody || op.fileBody);
  // Every signed-in write takes an Idempotency-Key (decision 0017); a link's signature has no caller to key it by.
  const keyed = op.method !== "get" && op.auth !== "none";
  const refusals: Partial<Record<number, string>> = {
    ...(hasBody || op.query || keyed ? { 400: STANDARD_ERRORS[400]! } : {}),
    ...(op.auth === "none" ? {} : { 401: STANDARD_ERRORS[401]!, 403: STANDARD_ERRORS[403]! }),
    ...(op.path.includes("{") ? { 404: STANDARD_ERRORS[404]! } : {}),
    ...(hasBody ? { 413: STANDARD_ERRORS[413]!, 415: STANDARD_ERRORS[415]! } : {}),
    ...(keyed ? { 409: IDEMPOTENCY_ERRORS[409], 422: IDEMPOTENCY_ERRORS[422] } : {}),
    ...op.errors,
  };
  // An operation's own 409 keeps its meaning; the key's is added to it.
  if (keyed && op.errors?.[409]) refusals[409] = `${op.errors[409]}; or: ${IDEMPOTENCY_ERRORS[409]}`;
  if (op.auth === "session-only") refusals[403] = `${STANDARD_ERRORS[403]}; an API token cannot do this (session cookie only)`;
  for (const [status, description] of Object.entries(refusals)) {
    if (responses[status]) continue; // the operation describes this refusal itself (an import's preview)
    responses[status] = { description: description!, content: { "application/json": { schema: errorSchema } } };
  }
  const cookie: Record<string, string[]> = { [SESSION_COOKIE_SCHEME]: [] };
  const bearer: Record<string, string[]> = { [BEARER_TOKEN_SCHEME]: [] };
  const security = op.auth === "none" ? [] : op.auth === "session-only" ? [cookie] : [cookie, bearer];
  return {
    operationId: operationId(op),
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.area],
    "x-who": op.who,
    security,
    parameters: [...pathParameters(op), ...queryParameters(op, components), ...(keyed ? [IDEMPOTENCY_PARAMETER] : [])],
    ...(op.body
      ? { requestBody: { required: true as const, content: { "application/json": { schema: toOpenApiSchema(op.body, "input", components) } } } }
      : op.csvBody
        ? {
            requestBody: {
              required: true as const,
              description: `${op.csvBody.description}; at most ${op.csvBody.maxBytes.toLocaleString("en-US")} bytes`,
              content: {
                "text/csv": { schema: { type: "string" } },
                ...(op.csvBody.plainText ? { "text/plain": { schema: { type: "string", description: op.csvBody.plainText } } } : {}),
              },
            },
          }
        : op.fileBody
          ? {
              requestBody: {
                required: true as const,
                description: `${op.fileBody.description}; at most ${op.fileBody.maxBytes.toLocaleString("en-US")} bytes`,
                content: Object.fromEntries(op.fileBody.mediaTypes.map((type) => [type, { schema: { type: "string", contentMediaType: type } }])),
              },
            }
          : {}),
    responses,
  };
}

export function buildOpenApiDocument(operations: readonly ApiOperation[] = API_OPERATIONS): OpenApiDocument {
  const components: Record<string, JsonSchema> = {};
  const errorSchema = toOpenApiSchema(errorResponse, "output", components);
  const paths: OpenApiDocument["paths"] = {};
  for (const op of operations) {
    const path = (paths[op.path] ??= {});
    if (path[op.method]) throw new Error(`${op.method.toUpperCase()} ${op.path} is registered twice`);
    path[op.method] = toOperation(op, components, errorSchema);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Stuntbook API",
      version: "1",
      description:
        "The JSON API of Stuntbook: the same sign-in and permission rules as the pages. Authenticate with the session cookie or a personal API token from /profile (`Authorization: Bearer sbk_…`); a `read` token may only make GET requests. Errors are `{ error, fields? }`. Dates are YYYY-MM-DD.",
    },
    tags: [...new Set(operations.map((op) => op.area))].map((name) => ({ name })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        [SESSION_COOKIE_SCHEME]: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The web app's session (`__Secure-next-auth.session-token` over HTTPS). Writes must be same-origin." },
        [BEARER_TOKEN_SCHEME]: { type: "http", scheme: "bearer", bearerFormat: "sbk_…", description: "A personal API token from /profile; a read token may only GET." },
      },
    },
  };
}

let built: OpenApiDocument | undefined;

/** The document, built on first use and kept for the life of the process (it depends on code only). */
export function openApiDocument(): OpenApiDocument {
  return (built ??= buildOpenApiDocument());
}
