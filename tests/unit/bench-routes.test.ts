import { readdirSync } from "node:fs";
import path from "node:path";
import { createValidFileMatcher } from "next/dist/server/lib/find-page-file";
import type { NextConfig } from "next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BENCH_BUILD_ENV, BENCH_DIST_DIR } from "@/bench/bench-build";

// Benchmark-only routes (the HTTP bench's no-op floor) must not ship: a
// normal build's route tree holds none of them, while the benchmark's own
// build still has its no-op route. The route tree is computed the way Next 16
// computes it, from next.config's resolved pageExtensions: Turbopack (the
// default builder) splits a file name at its first dot and takes `page` or
// `route` with an extension from pageExtensions; Next's own file matcher
// (webpack builds, type generation) must agree.

const APP_DIR = path.resolve("app");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

async function loadNextConfig(env: Record<string, string>): Promise<NextConfig> {
  vi.resetModules();
  vi.stubEnv("STUNTBOOK_BENCH_BUILD", "");
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return (await import("@/next.config")).default;
}

/** The app's route and page files for a configuration, as "api/health/route.ts" paths. */
function routeTree(config: NextConfig): string[] {
  const extensions = config.pageExtensions ?? ["tsx", "ts", "jsx", "js"];
  const matcher = createValidFileMatcher(extensions, APP_DIR);
  return filesUnder(APP_DIR)
    .filter((file) => !matcher.isMetadataFile(file)) // favicon.ico and the like: static, never code
    .filter((file) => {
      const name = path.basename(file);
      const dot = name.indexOf(".");
      const turbopack = dot > 0 && ["page", "route"].includes(name.slice(0, dot)) && extensions.includes(name.slice(dot + 1));
      expect(matcher.isAppRouterPage(file), `Next's matcher and Turbopack disagree on ${file}`).toBe(turbopack);
      return turbopack;
    })
    .map((file) => path.relative(APP_DIR, file).split(path.sep).join("/"))
    .sort();
}

const isBenchRoute = (route: string) => route.split("/").includes("bench") || /\.bench\./.test(route);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("benchmark-only routes", () => {
  it("are not in a normal build's route tree", async () => {
    const config = await loadNextConfig({});
    const routes = routeTree(config);
    expect(routes).toContain("api/health/route.ts"); // the tree is really the app's
    expect(routes.filter(isBenchRoute)).toEqual([]);
    expect(config.distDir ?? ".next").toBe(".next");
  });

  it("are in the benchmark's own build, which goes to its own folder", async () => {
    const config = await loadNextConfig(BENCH_BUILD_ENV);
    expect(routeTree(config).filter(isBenchRoute)).toEqual(["api/bench/noop/route.bench.ts"]);
    expect(config.distDir).toBe(BENCH_DIST_DIR);
    expect(BENCH_DIST_DIR).not.toBe(".next");
  });
});
