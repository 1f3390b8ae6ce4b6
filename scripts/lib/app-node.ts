// Starts one Stuntbook app node (`next start` on the current build) as a child
// process, for the multi-node test and the benchmarks. The caller migrates the
// database first; every node of a deployment shares DATABASE_URL and
// NEXTAUTH_SECRET, and nothing else.

import { spawn, type ChildProcess } from "node:child_process";
import { binPath } from "./run";

export interface AppNode {
  url: string;
  stop(): Promise<void>;
}

export interface AppNodeOptions {
  port: number;
  databaseUrl: string;
  authSecret: string;
  extraEnv?: Record<string, string>;
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The app node on ${url} exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The app node on ${url} did not answer within ${timeoutMs / 1000} s:\n${output()}`);
}

export async function startAppNode(options: AppNodeOptions): Promise<AppNode> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [binPath("next"), "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: options.authSecret,
      NEXTAUTH_URL: url,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  try {
    await waitUntilServing(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
