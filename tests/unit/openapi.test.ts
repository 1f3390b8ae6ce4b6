// The OpenAPI document: OpenAPI 3.1 in shape, and complete: every route file
// under app/api/v1 (read from the file tree, so a new route without a
// registry entry fails here) has its path and each exported method.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, openApiDocument } from "@/lib/schemas/openapi/document";
import { DOCUMENTED_MAX_IMPORT_BYTES } from "@/lib/schemas/openapi/operations/sessions";
import { MAX_IMPORT_BYTES } from "@/lib/data/sessions/import";

const API_ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every "METHOD /api/v1/…" that a route file exports, with `[name]` folders as `{name}`. */
function routesOnDisk(): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(API_ROOT, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== "route.ts") continue;
    const dir = path.relative(API_ROOT, entry.parentPath);
    const template = ["/api/v1", ...dir.split(path.sep).filter(Boolean)].join("/").replace(/\[(\w+)\]/g, "{$1}");
    const source = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
    for (const method of METHODS) {
      if (new RegExp(`export (const|async function|function) ${method}\\b`).test(source)) found.push(`${method} ${template}`);
    }
  }
  return found.sort();
}

describe("the OpenAPI document", () => {
  const doc = openApiDocument();

  it("is OpenAPI 3.1 with both ways to authenticate", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBeTruthy();
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearerToken", "sessionCookie"]);
  });

  it("documents every route file under app/api/v1, and nothing else", () => {
    const documented = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    const onDisk = routesOnDisk();
    expect(onDisk.length).toBeGreaterThan(40);
    expect(documented).toEqual(onDisk);
  });

  it("gives every operation a summary, who may call it, a success answer and the error shape", () => {
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const name = `${method} ${p}`;
        expect(op.summary, name).toBeTruthy();
        expect(op["x-who"], name).toBeTruthy();
        expect(Object.keys(op.responses).some((s) => s.startsWith("2")), name).toBe(true);
        for (const [status, response] of Object.entries(op.responses)) {
          expect(response.description, `${name} ${status}`).toBeTruthy();
          if (status.startsWith("2")) expect(Object.keys(response.content ?? {}).length, `${name} ${status}`).toBeGreaterThan(0);
        }
        if (op.security.length > 0) expect(op.responses["401"], name).toBeDefined();
        const pathNames = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(op.parameters.filter((x) => x.in === "path").map((x) => x.name), name).toEqual(pathNames);
        if (op.requestBody) expect(op.responses["400"], name).toBeDefined();
      }
    }
  });

  it("only references schemas it defines, and every schema compiles as JSON Schema 2020-12", () => {
    const text = JSON.stringify(doc);
    for (const [, name] of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) expect(doc.components.schemas[name!], name).toBeDefined();
    expect(text).not.toContain("#/$defs/");
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: "openapi", components: doc.components } as object);
    const rebase = (s: unknown) => JSON.parse(JSON.stringify(s).replaceAll('"#/components/', '"openapi#/components/')) as object;
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        for (const response of Object.values(op.responses)) for (const media of Object.values(response.content ?? {})) ajv.compile(rebase(media.schema));
        for (const media of Object.values(op.requestBody?.content ?? {})) ajv.compile(rebase(media.schema));
      }
    }
  });

  it("describes request bodies from the same zod schemas the data layer parses", () => {
    const logSession = doc.paths["/api/v1/productions/{productionId}/sessions"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(logSession).toMatchObject({ type: "object", required: expect.arrayContaining(["performerId", "disciplineId", "date", "count"]) });
    const limits = doc.paths["/api/v1/productions/{productionId}/disciplines/{disciplineId}/limits"]!.put!.requestBody!.content["application/json"]!.schema;
    expect(limits).toMatchObject({ additionalProperties: false, required: ["maxPerDay", "maxPer7Days", "minRestDays", "hard"] });
    expect(doc.paths["/api/v1/tokens"]!.post!.security).toEqual([{ sessionCookie: [] }]);
    expect(doc.paths["/api/v1/openapi.json"]!.get!.security).toEqual([]);
  });

  it("offers an Idempotency-Key on every signed-in write, with its 409 and 422, and on nothing else", () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const keyed = op.parameters.some((p) => p.in === "header" && p.name === "Idempotency-Key");
        const write = method !== "get" && op.security.length > 0;
        expect(keyed, `${method} ${path}`).toBe(write);
        if (write) expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(["400", "409", "422"]));
      }
    }
    expect(doc.paths["/api/v1/witness/{token}"]!.post!.parameters.some((p) => p.in === "header")).toBe(false);
  });

  it("states the import's body limit as the server enforces it", () => {
    expect(DOCUMENTED_MAX_IMPORT_BYTES).toBe(MAX_IMPORT_BYTES);
  });

  it("is the same document on every build", () => {
    expect(JSON.stringify(buildOpenApiDocument())).toBe(JSON.stringify(doc));
  });
});
