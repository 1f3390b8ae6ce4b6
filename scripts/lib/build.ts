import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { binPath, run } from "./run";

// `npm start` builds only when the sources changed since the last build: a
// restart should take seconds, not a full `next build`.
const SOURCES = ["app", "components", "lib", "types", "public", "generated"];
const FILES = ["next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const STAMP_FILE = "stuntbook-source-hash";

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

export function sourceHash(cwd = process.cwd()): string {
  const hash = createHash("sha256");
  const files = [...SOURCES.flatMap((d) => listFiles(path.join(cwd, d))), ...FILES.map((f) => path.join(cwd, f))]
    .filter((f) => existsSync(f) && statSync(f).isFile())
    .sort();
  for (const file of files) {
    hash.update(path.relative(cwd, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** Builds into `distDir`, which must be the distDir next.config.ts gives for `env` (the benchmark builds into its own). */
export async function buildIfStale(env: NodeJS.ProcessEnv = process.env, distDir = ".next"): Promise<void> {
  const current = sourceHash();
  const stamp = path.join(distDir, STAMP_FILE);
  const built = existsSync(stamp) && existsSync(path.join(distDir, "BUILD_ID")) ? readFileSync(stamp, "utf8") : "";
  if (built === current) {
    console.log("▸ The build is up to date.");
    return;
  }
  console.log("▸ Building the app (next build)…");
  await run(process.execPath, [binPath("next"), "build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(stamp, current);
}
