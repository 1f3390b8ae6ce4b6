// Runs a measuring script of a bench in a child process (same Node flags as
// this one) against one database: the app's modules read DATABASE_URL once
// and keep one client per process, so each database needs its own process.
// The child prints one line, `BENCH_RESULT <json>`, on stdout.

import { spawn } from "node:child_process";
import path from "node:path";
import { RESULT_PREFIX } from "./progress-case";

export function measureInChild<T>(script: string, url: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, path.join("bench", script)], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = output.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) return reject(new Error(`${script} exited with ${code}:\n${output}`));
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as T);
    });
  });
}
