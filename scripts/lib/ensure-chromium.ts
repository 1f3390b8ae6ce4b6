import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./chromium";
import { binPath, run } from "./run";

/**
 * Find a Chromium for the browser tests, installing one when we may: Debian's
 * package as root, else Playwright's own download (which works where the
 * internet is reachable). Returns its path, or "" for Playwright's own build.
 */
export async function ensureChromium(): Promise<string> {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("▸ No Chromium found: installing Debian's chromium (apt-get)…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    const installed = findChromium();
    if (installed) return installed;
  }
  try {
    await run(process.execPath, [binPath("playwright"), "install", "chromium"]);
    return "";
  } catch {
    throw new Error("No Chromium for the browser tests. Run: sudo apt-get install chromium (or set CHROMIUM_PATH=/path/to/chrome)");
  }
}
