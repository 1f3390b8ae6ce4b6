import "server-only";
import { openApiDocument, type OpenApiOperation } from "../schemas/openapi/document";
import { API_AREAS } from "../schemas/openapi/operation";
import { fieldOf, schemaFields, typeName, type FieldView, type JsonSchema } from "./api-schema-fields";

// The API reference page (/api-docs): the OpenAPI document, as the plain
// object the page renders. Everything shown comes from the document, so the
// page and /api/v1/openapi.json cannot disagree.

export interface BodyView {
  mediaType: string;
  type: string;
  fields: FieldView[];
}

export interface OperationView {
  anchor: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  who: string;
  authentication: string;
  parameters: (FieldView & { in: string })[];
  requestBody?: BodyView & { description?: string };
  responses: { status: string; description: string; bodies: BodyView[] }[];
  /** Refusals answered with the shared error shape: status and why. */
  refusals: { status: string; description: string }[];
}

export interface ApiDocsView {
  title: string;
  version: string;
  description: string;
  documentUrl: string;
  errorFields: FieldView[];
  areas: { name: string; anchor: string; operations: OperationView[] }[];
}

const ERROR_REF = "#/components/schemas/Error";
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function bodyOf(mediaType: string, schema: JsonSchema, components: Record<string, JsonSchema>): BodyView {
  return { mediaType, type: typeName(schema, components), fields: schemaFields(schema, components) };
}

function authentication(op: OpenApiOperation): string {
  if (op.security.length === 0) return "none";
  return op.security.length === 1 ? "session cookie only" : "session cookie or API token";
}

function operationView(method: string, path: string, op: OpenApiOperation, components: Record<string, JsonSchema>): OperationView {
  const responses: OperationView["responses"] = [];
  const refusals: OperationView["refusals"] = [];
  for (const [status, response] of Object.entries(op.responses)) {
    const contents = Object.entries(response.content ?? {});
    const sharedError = contents.length === 1 && contents[0]![1].schema.$ref === ERROR_REF;
    if (sharedError) refusals.push({ status, description: response.description });
    else responses.push({ status, description: response.description, bodies: contents.map(([type, media]) => bodyOf(type, media.schema, components)) });
  }
  const bodyEntry = Object.entries(op.requestBody?.content ?? {})[0];
  return {
    anchor: op.operationId,
    method: method.toUpperCase(),
    path,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    who: op["x-who"],
    authentication: authentication(op),
    parameters: op.parameters.map((p) => ({ ...fieldOf(p.name, { ...p.schema, ...(p.description ? { description: p.description } : {}) }, p.required, components), in: p.in })),
    ...(bodyEntry ? { requestBody: { ...bodyOf(bodyEntry[0], bodyEntry[1].schema, components), ...(op.requestBody?.description ? { description: op.requestBody.description } : {}) } } : {}),
    responses,
    refusals,
  };
}

/** The reference, grouped by area in the registry's order. Built from the document, which is built once per process. */
export function loadApiDocsView(): ApiDocsView {
  const doc = openApiDocument();
  const components = doc.components.schemas;
  const byArea = new Map<string, OperationView[]>(API_AREAS.map((a) => [a, []]));
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) byArea.get(op.tags[0]!)?.push(operationView(method, path, op, components));
  }
  return {
    title: doc.info.title,
    version: doc.info.version,
    description: doc.info.description,
    documentUrl: "/api/v1/openapi.json",
    errorFields: schemaFields({ $ref: ERROR_REF }, components),
    areas: [...byArea].filter(([, ops]) => ops.length > 0).map(([name, operations]) => ({ name, anchor: slug(name), operations })),
  };
}
