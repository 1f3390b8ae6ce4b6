// The API reference page's data (lib/views/api-docs.ts) and the page itself,
// rendered to HTML: every operation of the document, with fields from the schemas.

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ApiDocsPage from "@/app/(docs)/api-docs/page";
import { openApiDocument } from "@/lib/schemas/openapi/document";
import { loadApiDocsView } from "@/lib/views/api-docs";

describe("the API reference", () => {
  const view = loadApiDocsView();
  const operations = view.areas.flatMap((a) => a.operations);
  const find = (method: string, path: string) => operations.find((op) => op.method === method && op.path === path)!;

  it("shows every operation of the document, grouped by area", () => {
    const count = Object.values(openApiDocument().paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    expect(operations).toHaveLength(count);
    expect(view.areas.map((a) => a.name)).toContain("Training sessions");
  });

  it("renders request fields from the zod schema, nested ones included", () => {
    const logSession = find("POST", "/api/v1/productions/{productionId}/sessions");
    expect(logSession.who).toMatch(/coordinator/);
    expect(logSession.requestBody!.fields.find((f) => f.name === "count")).toMatchObject({ type: "integer", required: true, notes: ["1–1000"] });
    const goal = find("POST", "/api/v1/productions/{productionId}/goals");
    const milestones = goal.requestBody!.fields.find((f) => f.name === "milestones")!;
    expect(milestones.children.map((f) => f.name)).toEqual(["name", "count", "freefallMinutes"]);
  });

  it("renders response fields through component references, and refusals as a list", () => {
    const list = find("GET", "/api/v1/productions/{productionId}/sessions");
    const entries = list.responses[0]!.bodies[0]!.fields.find((f) => f.name === "entries")!;
    expect(entries.type).toBe("array of TrainingSession");
    expect(entries.children.find((f) => f.name === "verifiedAt")!.type).toBe("string (date-time) | null");
    expect(list.parameters.map((p) => p.name)).toEqual(["productionId", "performerId", "disciplineId", "status", "from", "to", "cursor", "limit"]);
    expect(list.refusals.map((r) => r.status)).toEqual(expect.arrayContaining(["400", "401", "403", "404"]));
    expect(view.errorFields.map((f) => f.name)).toEqual(["error", "fields"]);
  });

  it("renders as HTML without client script", () => {
    const html = renderToStaticMarkup(ApiDocsPage());
    expect(html).toContain("/api/v1/productions/{productionId}/sessions");
    expect(html).toContain("/api/v1/openapi.json");
    expect(html).not.toContain("<script");
  });
});
