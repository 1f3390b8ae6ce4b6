// JSON Schema (as the OpenAPI document holds it) -> a list of fields a person
// reads: name, type, required, notes, and nested fields. Pure and recursive;
// the reference page renders what this returns.

export type JsonSchema = Record<string, unknown>;

export interface FieldView {
  name: string;
  type: string;
  required: boolean;
  description?: string;
  notes: string[];
  children: FieldView[];
}

const MAX_DEPTH = 6;

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const name = ref.replace("#/components/schemas/", "");
  const { $ref: _ref, ...rest } = schema;
  return { ...resolve(components[name] ?? {}, components), ...rest, "x-name": name };
}

/** Non-null branches of `anyOf` / `oneOf`, and whether null is one of them. */
function branches(schema: JsonSchema): { options: JsonSchema[]; nullable: boolean } | null {
  const list = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (!list) return null;
  return { options: list.filter((s) => s.type !== "null"), nullable: list.some((s) => s.type === "null") };
}

/** A short type name: `string`, `integer | null`, `array of Take`, `"read" | "write"`. */
export function typeName(input: JsonSchema, components: Record<string, JsonSchema>): string {
  const schema = resolve(input, components);
  const union = branches(schema);
  if (union) {
    const names = union.options.map((o) => typeName(o, components));
    return [...names, ...(union.nullable ? ["null"] : [])].join(" | ");
  }
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : [];
  const named = typeof schema["x-name"] === "string" ? (schema["x-name"] as string) : null;
  const main = types.map((t) => {
    if (t === "array") return `array of ${typeName((schema.items ?? {}) as JsonSchema, components)}`;
    if (t === "object") return named ?? (schema.additionalProperties && typeof schema.additionalProperties === "object" && !schema.properties ? `map of ${typeName(schema.additionalProperties as JsonSchema, components)}` : "object");
    if (t === "string" && schema.format) return `string (${schema.format as string})`;
    return t;
  });
  return main.length ? main.join(" | ") : "any";
}

function notesOf(schema: JsonSchema): string[] {
  const notes: string[] = [];
  const range = (min: unknown, max: unknown, unit: string) => {
    const big = (n: unknown) => typeof n === "number" && Math.abs(n) >= Number.MAX_SAFE_INTEGER;
    const lo = big(min) ? undefined : min;
    const hi = big(max) ? undefined : max;
    if (unit === " characters" && lo === 1 && hi === undefined) return notes.push("not empty");
    if (lo !== undefined && hi !== undefined) notes.push(`${String(lo)}–${String(hi)}${unit}`);
    else if (lo !== undefined) notes.push(`at least ${String(lo)}${unit}`);
    else if (hi !== undefined) notes.push(`at most ${String(hi)}${unit}`);
  };
  range(schema.minimum, schema.maximum, "");
  range(schema.minLength, schema.maxLength, " characters");
  range(schema.minItems, schema.maxItems, " items");
  if (typeof schema.pattern === "string" && schema.pattern.length <= 40 && !schema.format) notes.push(`matches ${schema.pattern}`);
  if ("default" in schema) notes.push(`default ${JSON.stringify(schema.default)}`);
  if (schema.additionalProperties === false && schema.properties) notes.push("no other keys");
  return notes;
}

/** The nested fields of a schema: an object's properties, an array's item's, a nullable's value's. */
export function schemaFields(input: JsonSchema, components: Record<string, JsonSchema>, depth = 0): FieldView[] {
  if (depth > MAX_DEPTH) return [];
  const schema = resolve(input, components);
  const union = branches(schema);
  if (union) {
    if (union.options.length === 1) return schemaFields(union.options[0]!, components, depth);
    return union.options.map((option, i) => ({ name: `option ${i + 1}`, type: typeName(option, components), required: false, notes: [], children: schemaFields(option, components, depth + 1) }));
  }
  if (schema.type === "array" && schema.items) return schemaFields(schema.items as JsonSchema, components, depth);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const fields: FieldView[] = [];
  for (const [name, property] of Object.entries(properties)) fields.push(fieldOf(name, property, required.has(name), components, depth));
  for (const part of (schema.allOf ?? []) as JsonSchema[]) fields.push(...schemaFields(part, components, depth));
  return fields;
}

export function fieldOf(name: string, input: JsonSchema, required: boolean, components: Record<string, JsonSchema>, depth = 0): FieldView {
  const schema = resolve(input, components);
  const union = branches(schema);
  const description = typeof schema.description === "string" ? schema.description : undefined;
  const valueSchema = union && union.options.length === 1 ? resolve(union.options[0]!, components) : schema;
  return {
    name,
    type: typeName(input, components),
    required,
    ...(description ? { description } : {}),
    notes: notesOf(valueSchema),
    children: schemaFields(input, components, depth + 1),
  };
}
