// `npm test`: every suite, in the order that fails fastest.
// 1. lint, with the walls between layers (eslint.config.mjs)
// 2. unit + integration (vitest; integration uses a real SQLite file per worker)
// 3. end to end (Playwright in a real Chromium against a production build)

import { buildIfStale } from "./lib/build";
import { ensureChromium } from "./lib/ensure-chromium";
import { binPath, run } from "./lib/run";

const e2eOnly = process.argv.includes("--e2e-only");

async function main() {
  const started = Date.now();
  if (!e2eOnly) {
    console.log("▸ Lint and layer walls (eslint)");
    await run(process.execPath, [binPath("eslint"), "."]);
    console.log("\n▸ Unit and integration tests (vitest)");
    await run(process.execPath, [binPath("vitest"), "run"], { env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" } });
  }
  console.log("\n▸ End-to-end tests (Playwright, Chromium)");
  const chromium = await ensureChromium();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(chromium ? { CHROMIUM_PATH: chromium } : {}) };
  await buildIfStale(env);
  await run(process.execPath, [binPath("playwright"), "test"], { env });
  console.log(`\n✔ All suites passed in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
