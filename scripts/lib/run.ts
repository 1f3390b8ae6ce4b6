import { spawn, type SpawnOptions } from "node:child_process";

/** Run a command to completion, inheriting the terminal; reject with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`));
    });
  });
}

/** The local binary of an installed package, run with this Node. */
export function binPath(pkg: "next" | "prisma" | "vitest" | "playwright" | "eslint"): string {
  const bins = {
    next: "node_modules/next/dist/bin/next",
    prisma: "node_modules/prisma/build/index.js",
    vitest: "node_modules/vitest/vitest.mjs",
    playwright: "node_modules/@playwright/test/cli.js",
    eslint: "node_modules/eslint/bin/eslint.js",
  } as const;
  return bins[pkg];
}

/** Run a command with its output captured; the output is shown only if it fails. */
export function runQuietly(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) return resolve();
      reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}:\n${output}`));
    });
  });
}
