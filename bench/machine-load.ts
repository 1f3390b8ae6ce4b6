// Benchmarks on a shared 2-core virtual machine mean little while a build or
// a test suite runs beside them, and the host's speed drifts from hour to hour
// (the same no-op route was seen at 1,000 and at 460 requests/s): the output
// says what else was running and how fast a fixed piece of work ran.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { loadavg } from "node:os";
import { median } from "./timing";

function busyProcesses(): string[] {
  try {
    return execFileSync("pgrep", ["-af", "next build|vitest|playwright"], { encoding: "utf8" })
      .split("\n")
      // A `flock` (or the `timeout` around it) waiting for the shared heavy-command lock runs nothing yet;
      // once it holds the lock, the build or test run it started is listed on its own line.
      .filter((line) => line && !line.includes("pgrep") && !/^\d+ (timeout \S+ )?flock /.test(line));
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** Milliseconds to SHA-256 32 MiB, median of 5: compare across runs to tell a slow host from a slow app. */
export function cpuCalibrationMs(): number {
  const block = Buffer.alloc(32 * 1024 * 1024, 7);
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    createHash("sha256").update(block).digest();
    return performance.now() - start;
  });
  return median(times);
}

export function describeMachineLoad(): string {
  const busy = busyProcesses();
  const load = loadavg().map((n) => n.toFixed(2)).join(" ");
  const beside = busy.length ? `WARNING, running beside: ${busy.map((l) => l.slice(0, 80)).join(" | ")}` : "no build or test run beside";
  return `load average ${load}; ${beside}; CPU calibration (SHA-256 of 32 MiB) ${cpuCalibrationMs().toFixed(0)} ms`;
}
