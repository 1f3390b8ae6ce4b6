import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer walls in eslint.config.mjs must really refuse what they say they
// refuse: lint a one-line file placed in each layer and look for the error.

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function wallErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = 1;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "boundaries/dependencies").map((m) => m.message);
}

describe("the lint walls between layers", () => {
  it.each([
    ["the pure core reaching for the database", "lib/domain/probe.ts", 'import { getDb } from "../server/db";'],
    ["the pure core using a library", "lib/domain/probe.ts", 'import { z } from "zod";'],
    ["the data layer using Next.js", "lib/data/probe.ts", 'import { redirect } from "next/navigation";'],
    ["the data layer writing sessions around the writer", "lib/data/probe.ts", 'import { writeSessions } from "./sessions/transaction";'],
    ["a view loader bypassing the writer", "lib/views/probe.ts", 'import { writeSessions } from "../data/sessions/transaction";'],
    ["a page calling the data layer instead of its view loader", "app/(app)/probe/page.tsx", 'import { listDisciplines } from "@/lib/data/disciplines";'],
    ["a component reaching the database", "components/probe.tsx", 'import { getDb } from "@/lib/server/db";'],
    ["a component importing a data-layer row type", "components/probe.tsx", 'import type { TrainingSessionRow } from "@/lib/data/sessions";'],
    ["a schema importing the data layer", "lib/schemas/probe.ts", 'import { findPerformer } from "../data/access";'],
  ])("refuse %s", async (_what, file, code) => {
    expect(await wallErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ["the writer's own operations using its transaction", "lib/data/sessions/probe.ts", 'import { writeSessions } from "./transaction";'],
    ["a view loader reading through the data layer", "lib/views/probe.ts", 'import { listDisciplines } from "../data/disciplines";'],
    ["a page rendering its view loader", "app/(app)/probe/page.tsx", 'import { loadDashboardView } from "@/lib/views/dashboard";'],
    ["a route handler calling the data layer", "app/api/probe/route.ts", 'import { listDisciplines } from "@/lib/data/disciplines";'],
    ["a component using the pure core", "components/probe.tsx", 'import { formatCount } from "@/lib/domain/format";'],
  ])("allow %s", async (_what, file, code) => {
    expect(await wallErrors(file, code)).toEqual([]);
  });
});
