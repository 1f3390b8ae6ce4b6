import { z } from "zod";

// zod -> JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) with zod's
// own generator. Named schemas (`.meta({ id })`) become components; the rest
// is inlined. Requests are described as they are sent (io "input": what a
// preprocess accepts before it runs), responses as they are returned.

export type JsonSchema = Record<string, unknown>;

export function toOpenApiSchema(schema: z.ZodType, io: "input" | "output", components: Record<string, JsonSchema>): JsonSchema {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  const { $schema: _dialect, $defs, ...rest } = generated;
  for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) components[name] = rebaseRefs(def);
  return rebaseRefs(rest);
}

/** `#/$defs/X` inside a lone schema is `#/components/schemas/X` in the document. */
function rebaseRefs(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
}

/** The properties of an object schema, following `allOf` (an intersection such as the logbook's query). */
export function objectProperties(schema: JsonSchema): { properties: Record<string, JsonSchema>; required: string[] } {
  const properties = { ...((schema.properties ?? {}) as Record<string, JsonSchema>) };
  const required = [...((schema.required ?? []) as string[])];
  for (const part of (schema.allOf ?? []) as JsonSchema[]) {
    const inner = objectProperties(part);
    Object.assign(properties, inner.properties);
    required.push(...inner.required);
  }
  return { properties, required };
}
